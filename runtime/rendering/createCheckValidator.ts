import {
  createErrorHandler,
  ErrorSchemaBuilder,
  unwrapErrorHandler,
  validationDataMerge,
  type CustomValidator,
  type ErrorTransformer,
  type RJSFSchema,
  type UiSchema,
  type ValidationData,
  type ValidatorType,
} from '@rjsf/utils';
import type { ValidateFunction } from 'ajv';
import type { CompiledForm } from '../forms/compileForm';
import { checkSubmission } from '../forms/checkSubmission';
import { isValidFor, type FormValidators } from '../forms/FormValidators';
import { toValidatorKey } from '../forms/toValidatorKey';
import type { Language } from '../i18n/text';
import { toValidationData } from './toValidationData';

type Data = Record<string, unknown>;

let created = 0;

export interface CheckValidatorOptions {
  /** The form validated, read at each validation: a form changed in the builder keeps the same validator. */
  form: CompiledForm;
  language: Language;
  params?: Record<string, unknown>;
  /** The form's precompiled validators (FormValidatorsContext); until they are loaded nothing matches. */
  validators?: FormValidators;
}

/**
 * rjsf's validator built on the runtime's `checkSubmission`: the browser validates exactly as the server does
 * (hidden fields dropped, the same schema, the same Danish messages). `isValid`, which rjsf uses to pick
 * `oneOf`/`anyOf` branches and resolve `if`/`then`, runs the sub-schema validators generated with the form's
 * (runtime/forms/toValidatorSchemas.ts): nothing is compiled in the browser.
 */
export function createCheckValidator(
  options: CheckValidatorOptions,
): ValidatorType<Data> & { serial: number } {
  return {
    // rjsf compares its props deeply, functions counting as equal: without this it would keep the validator
    // it has, and not render again the fields that ask it (conditions) when the form's validators load.
    serial: ++created,
    validateFormData(
      formData: Data | undefined,
      _schema: RJSFSchema,
      customValidate?: CustomValidator<Data>,
      transformErrors?: ErrorTransformer<Data>,
      uiSchema?: UiSchema<Data>,
    ): ValidationData<Data> {
      const check = checkSubmission(options.form, formData ?? {}, options);
      let result = toValidationData(check.ok ? [] : check.errors);
      if (transformErrors) {
        const errors = transformErrors(result.errors, uiSchema);
        const builder = new ErrorSchemaBuilder<Data>();
        for (const error of errors) {
          builder.addErrors(error.message ?? error.stack, (error.property ?? '').split('.').filter(Boolean));
        }
        result = { errors, errorSchema: builder.ErrorSchema };
      }
      if (!customValidate) return result;
      const handler = customValidate(formData, createErrorHandler<Data>(formData ?? {}), uiSchema);
      const custom = unwrapErrorHandler(handler);
      return validationDataMerge<Data>(result, custom);
    },
    isValid(schema: RJSFSchema, formData: Data | undefined): boolean {
      return options.validators ? isValidFor(options.validators, schema, formData) : false;
    },
    rawValidation<Result = unknown>(
      schema: RJSFSchema,
      formData?: Data,
    ): { errors?: Result[]; validationError?: Error } {
      const validate = options.validators?.subschemas.get(toValidatorKey(schema));
      if (!validate) return { validationError: new Error('No validator was generated for this schema') };
      validate(formData);
      return { errors: (validate.errors ?? undefined) as Result[] | undefined };
    },
  };
}

/**
 * The form's whole-submission validator for `checkSubmission`, read from `options` at each call, so one
 * compiled form (and one rjsf validator) serves while the generated validators load or are replaced.
 */
export function toLoadedValidate(options: CheckValidatorOptions): ValidateFunction {
  const validate = ((data: unknown) => {
    const loaded = options.validators?.validate;
    if (!loaded) throw new Error("The form's validators are not loaded yet");
    const valid = loaded(data) === true;
    validate.errors = loaded.errors;
    return valid;
  }) as ValidateFunction;
  return validate;
}
