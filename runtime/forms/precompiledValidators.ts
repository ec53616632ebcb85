import type { FormValidators } from './FormValidators';
import { toValidatorKey } from './toValidatorKey';

/**
 * Validators the browser has imported (generated on the server), by schema: compileForm takes one from here
 * instead of compiling, so a pathway simulated in the designer validates its forms without eval. The same
 * schema (annotations aside) always has the same validators, so a hit is never stale.
 */
const byKey = new Map<string, FormValidators>();

export function addPrecompiledValidators(schema: unknown, validators: FormValidators): void {
  byKey.set(toValidatorKey(schema), validators);
}

export function getPrecompiledValidators(schema: unknown): FormValidators | undefined {
  return byKey.size === 0 ? undefined : byKey.get(toValidatorKey(schema));
}
