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

export function compileForm(definition: FormDefinition, ajv: Ajv2020): CompiledForm {
  const { $schema: _ignored, $id: _id, ...schema } = definition.schema;
  return {
    key: toFormKey(definition.id, definition.version),
    definition,
    validate: ajv.compile(schema),
    defaultParams: toDefaults(definition.parameters),
  };
}
