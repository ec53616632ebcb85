import type { ValidateFunction } from 'ajv';
import kpiSchema from '../../definitions/schemas/kpi.schema.json';
import type { DefinitionIssue } from '../definitions/DefinitionError';
import { describeSchemaError } from '../definitions/describeSchemaError';
import { createAjv } from '../validation/createAjv';

let validate: ValidateFunction | undefined;

/** Checks a KPI definition against `definitions/schemas/kpi.schema.json`. */
export function checkKpiMetaSchema(content: unknown, source: string): DefinitionIssue[] {
  validate ??= createAjv().compile(kpiSchema);
  if (validate(content)) return [];
  const errors = validate.errors ?? [];
  // `oneOf`/`anyOf`/`if` only say that a branch failed; the branch's own error names the problem.
  const specific = errors.filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'anyOf' && e.keyword !== 'if');
  return (specific.length > 0 ? specific : errors).map((error) => ({
    source,
    path: error.instancePath || '/',
    // A property a branch forbids (`workflow` on a record KPI) comes as a `false schema` error.
    message: error.keyword === 'false schema' ? 'is not allowed here' : describeSchemaError(error),
  }));
}
