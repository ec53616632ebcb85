import type { ValidateFunction } from 'ajv';
import type Ajv2020 from 'ajv/dist/2020';
import type { FormDefinition } from '../definitions/types';
import { toDefaults } from '../definitions/toDefaults';

export interface CompiledForm {
  key: string;
  definition: FormDefinition;
  /** ajv validator of the data schema, compiled once per form version. */
  validate: ValidateFunction;
  /** Parameter values with the definition's defaults. */
  defaultParams: Record<string, unknown>;
}

export function toFormKey(id: string, version: number): string {
  return `${id}@${version}`;
}

/**
 * Compiles a form version's validator once. `lazy` defers the compilation to the first use: for
 * definitions that were fully checked when they were stored, so a server with a large library starts fast.
 */
export function compileForm(
  definition: FormDefinition,
  ajv: Ajv2020,
  options: { lazy?: boolean } = {},
): CompiledForm {
  const { $schema: _ignored, $id: _id, ...schema } = definition.schema;
  const base = {
    key: toFormKey(definition.id, definition.version),
    definition,
    defaultParams: toDefaults(definition.parameters),
  };
  if (!options.lazy) return { ...base, validate: ajv.compile(schema) };
  let validate: ValidateFunction | undefined;
  return Object.defineProperty(base, 'validate', {
    enumerable: true,
    get: () => (validate ??= ajv.compile(schema)),
  }) as CompiledForm;
}
