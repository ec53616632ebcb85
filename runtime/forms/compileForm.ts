import type { ValidateFunction } from 'ajv';
import type Ajv2020 from 'ajv/dist/2020';
import type { FormDefinition } from '../definitions/types';
import { toDefaults } from '../definitions/toDefaults';
import { getPrecompiledValidators } from './precompiledValidators';

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
  ajv: Ajv2020 | (() => Ajv2020),
  options: { lazy?: boolean } = {},
): CompiledForm {
  const { $schema: _ignored, $id: _id, ...schema } = definition.schema;
  const base = {
    key: toFormKey(definition.id, definition.version),
    definition,
    defaultParams: toDefaults(definition.parameters),
  };
  // In the browser, validators generated on the server (imported ahead) stand in for compiling (no eval).
  const compile = () =>
    getPrecompiledValidators(schema)?.validate ?? (typeof ajv === 'function' ? ajv() : ajv).compile(schema);
  if (!options.lazy) return { ...base, validate: compile() };
  let validate: ValidateFunction | undefined;
  return Object.defineProperty(base, 'validate', {
    enumerable: true,
    get: () => (validate ??= compile()),
  }) as CompiledForm;
}

/**
 * A form with a validator made elsewhere: generated on the server and imported by the browser (FormView),
 * where compiling is not allowed.
 */
export function toCompiledForm(definition: FormDefinition, validate: ValidateFunction): CompiledForm {
  return {
    key: toFormKey(definition.id, definition.version),
    definition,
    validate,
    defaultParams: toDefaults(definition.parameters),
  };
}
