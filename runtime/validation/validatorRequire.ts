import ucs2length from 'ajv/dist/runtime/ucs2length';
import equal from 'ajv/dist/runtime/equal';
import { fullFormats } from 'ajv-formats/dist/formats';

/**
 * The helpers ajv's standalone code names with `require(…)` (server/validators/toValidatorModule.ts): the
 * browser has no `require`, so a generated validator module receives this one. Only these few modules are
 * handed out; anything else is a bug in the generator and fails loudly.
 */
const MODULES: Record<string, unknown> = {
  'ajv/dist/runtime/ucs2length': { default: unwrapDefault(ucs2length) },
  'ajv/dist/runtime/equal': { default: unwrapDefault(equal) },
  'ajv-formats/dist/formats': { fullFormats },
};

export function validatorRequire(name: string): unknown {
  const found = MODULES[name];
  if (!found) throw new Error(`A generated validator asks for the module '${name}', which is not provided`);
  return found;
}

/** Node's ESM loader hands out a CommonJS module's `exports` as the default; bundlers hand out `exports.default`. */
function unwrapDefault<T>(imported: T): T {
  const inner = (imported as { default?: T }).default;
  return typeof imported === 'function' ? imported : (inner ?? imported);
}
