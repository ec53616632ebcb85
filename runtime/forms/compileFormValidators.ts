import type { ValidateFunction } from 'ajv';
import type Ajv2020 from 'ajv/dist/2020';
import { ROOT_SCHEMA_PREFIX, withIdRefPrefix, type RJSFSchema } from '@rjsf/utils';
import type { JsonSchema } from '../definitions/types';
import { createAjv } from '../validation/createAjv';
import type { FormValidators } from './FormValidators';
import { toValidatorSchemas } from './toValidatorSchemas';

/**
 * The same validators the server generates as a module, compiled in this process instead: for Node (tests,
 * benchmarks), where compiling is allowed. The browser loads the generated module (no eval there).
 */
export function compileFormValidators(schema: JsonSchema, ajv: Ajv2020 = createAjv()): FormValidators {
  const { root, subschemas } = toValidatorSchemas(schema);
  // Sub-schemas may `$ref` into the root: rjsf rewrites such refs to the root's id, and so does the generator.
  ajv.addSchema(root, ROOT_SCHEMA_PREFIX);
  const compiled = new Map<string, ValidateFunction>();
  for (const [key, sub] of subschemas) {
    compiled.set(key, ajv.compile(withIdRefPrefix<RJSFSchema>(sub as RJSFSchema) as JsonSchema));
  }
  return { validate: ajv.compile(root), subschemas: compiled };
}
