import type { ValidateFunction } from 'ajv';
import { toValidatorKey } from './toValidatorKey';

/**
 * A form's validators without compiling anything in the browser: `validate` checks a whole submission
 * (checkSubmission), `subschemas` answers rjsf's `isValid` questions (which `oneOf` option matches).
 * Generated on the server as an ES module (server/validators), or compiled in Node (compileFormValidators).
 */
export interface FormValidators {
  validate: ValidateFunction;
  subschemas: ReadonlyMap<string, ValidateFunction>;
}

/** What a generated validator module's factory returns: `validate`, `s0…sN` and the keys of `s0…sN`. */
export type ValidatorModuleExports = Record<string, unknown>;

/** The validators of a loaded module (its default export called with `validatorRequire`). */
export function toFormValidators(exports: ValidatorModuleExports): FormValidators {
  const { validate, subschemaKeys } = exports;
  if (typeof validate !== 'function' || !Array.isArray(subschemaKeys)) {
    throw new Error('A validator module must export validate and subschemaKeys');
  }
  const subschemas = new Map<string, ValidateFunction>();
  subschemaKeys.forEach((key, i) => {
    const fn = exports[`s${i}`];
    if (typeof key === 'string' && typeof fn === 'function') subschemas.set(key, fn as ValidateFunction);
  });
  return { validate: validate as ValidateFunction, subschemas };
}

/** rjsf's `isValid`: a sub-schema the generator did not foresee simply does not match (as before). */
export function isValidFor(validators: FormValidators, schema: unknown, data: unknown): boolean {
  const validate = validators.subschemas.get(toValidatorKey(schema));
  return validate ? validate(data) === true : false;
}
