import { ROOT_SCHEMA_PREFIX, withIdRefPrefix, type RJSFSchema } from '@rjsf/utils';
import standaloneCode from 'ajv/dist/standalone';
import { createAjv, type JsonSchema } from '../../runtime';
import { toValidatorSchemas } from '../../runtime/forms/toValidatorSchemas';

/**
 * A form's validators as an ES module the browser imports from the same origin, so the app runs under
 * `script-src 'self'` without 'unsafe-eval' (issue #10). ajv writes the code (its standalone mode escapes
 * every schema value it embeds); the module's default export takes `require` for ajv's few runtime helpers
 * (runtime/validation/validatorRequire.ts) and returns `validate`, `s0…sN` and `subschemaKeys`
 * (runtime/forms/FormValidators.ts). Schemas reach here only after the definition checks (allow-listed
 * keywords, local `$ref`s, safe patterns).
 */
export function toValidatorModule(schema: JsonSchema): string {
  const { root, subschemas } = toValidatorSchemas(schema);
  const ajv = createAjv({ source: true });
  ajv.addSchema({ ...root, $id: ROOT_SCHEMA_PREFIX });
  const refs: Record<string, string> = { validate: ROOT_SCHEMA_PREFIX };
  const keys: string[] = [];
  for (const [key, sub] of subschemas) {
    const id = `forloeb-subschema-${keys.length}`;
    // As rjsf does: a sub-schema's `#/…` refs point into the root, under the root's id.
    const prefixed = withIdRefPrefix<RJSFSchema>(sub) as JsonSchema;
    ajv.addSchema({ ...prefixed, $id: id });
    refs[`s${keys.length}`] = id;
    keys.push(key);
  }
  const code = standaloneCode(ajv, refs).replace(/^"use strict";/, '');
  return [
    'export default function loadValidators(require) {',
    '"use strict";',
    'const exports = {};',
    code,
    // JSON is a JavaScript expression; JSON.stringify escapes quotes, and U+2028/9 are legal in strings.
    `exports.subschemaKeys = ${JSON.stringify(keys)};`,
    'return exports;',
    '}',
    '',
  ].join('\n');
}
