import type { JsonSchema } from '../definitions/types';

export interface FieldInfo {
  /** Dotted path; array items as `list[].field`. */
  path: string;
  schema: JsonSchema;
}

/** Every field a form schema declares, nested objects and array items included (local `$ref`s are not followed). */
export function listFieldPaths(schema: JsonSchema, prefix = ''): FieldInfo[] {
  const fields: FieldInfo[] = [];
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  for (const [name, child] of Object.entries(properties)) {
    const path = prefix ? `${prefix}.${name}` : name;
    fields.push({ path, schema: child });
    if (child.type === 'object') fields.push(...listFieldPaths(child, path));
    const items = child.items as JsonSchema | undefined;
    if (child.type === 'array' && items && items.type === 'object')
      fields.push(...listFieldPaths(items, `${path}[]`));
  }
  return fields;
}
