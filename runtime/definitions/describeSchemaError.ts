import type { ErrorObject } from 'ajv';

/** A schema error in words an editor of definitions can act on (ajv's own messages are off). */
export function describeSchemaError(error: ErrorObject): string {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return `missing required property '${String(p.missingProperty)}'`;
    case 'additionalProperties':
      return `unknown property '${String(p.additionalProperty)}'`;
    case 'enum':
      return `must be one of ${JSON.stringify(p.allowedValues)}`;
    case 'const':
      return `must be ${JSON.stringify(p.allowedValue)}`;
    case 'type':
      return `must be ${String(p.type)}`;
    case 'pattern':
      return `does not match ${String(p.pattern)}`;
    case 'propertyNames':
      return `has an invalid name '${String(p.propertyName)}'`;
    case 'not':
      return 'contains HTML, which is not allowed in labels';
    default:
      return `${error.keyword} ${JSON.stringify(p)}`;
  }
}
