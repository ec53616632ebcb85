import {
  createErrorHandler,
  deepEquals,
  ErrorSchemaBuilder,
  hashForSchema,
  ROOT_SCHEMA_PREFIX,
  unwrapErrorHandler,
  validationDataMerge,
  withIdRefPrefix,
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
import type { Language } from '../i18n/text';
import { createAjv } from '../validation/createAjv';
import { toValidationData } from './toValidationData';

type Data = Record<string, unknown>;

export interface CheckValidatorOptions {
  language: Language;
  params?: Record<string, unknown>;
}

/**
 * rjsf's validator built on the runtime's `checkSubmission`: the browser validates exactly as the server does
 * (hidden fields dropped, the same schema, the same Danish messages). `isValid`, which rjsf uses to pick
 * `oneOf`/`anyOf` branches and resolve `if`/`then`, runs on the runtime's ajv configuration.
 */
export function createCheckValidator(
  form: CompiledForm,
  options: CheckValidatorOptions,
): ValidatorType<Data> {
  const ajv = createAjv();
  const compiled = new Map<string, ValidateFunction>();
  let root: RJSFSchema | undefined;

  function compile(schema: RJSFSchema, rootSchema?: RJSFSchema): ValidateFunction {
    if (rootSchema && !(root && (root === rootSchema || deepEquals(root, rootSchema)))) {
      // Sub-schemas may `$ref` into the root, so the root is registered under the id rjsf rewrites refs to.
      const { $id: _id, $schema: _schema, ...plain } = rootSchema;
      ajv.removeSchema(ROOT_SCHEMA_PREFIX);
      ajv.addSchema(plain, ROOT_SCHEMA_PREFIX);
      compiled.clear();
      root = rootSchema;
    }
    // withIdRefPrefix returns the node it was given, rewritten; its declared type is wider.
    const prefixed = rootSchema ? (withIdRefPrefix<RJSFSchema>(schema) as RJSFSchema) : schema;
    const { $id: _id, $schema: _schema, ...plain } = prefixed;
    const key = hashForSchema(plain);
    const existing = compiled.get(key);
    if (existing) return existing;
    const validate = ajv.compile(plain);
    compiled.set(key, validate);
    return validate;
  }

  return {
    validateFormData(
      formData: Data | undefined,
      _schema: RJSFSchema,
      customValidate?: CustomValidator<Data>,
      transformErrors?: ErrorTransformer<Data>,
      uiSchema?: UiSchema<Data>,
    ): ValidationData<Data> {
      const check = checkSubmission(form, formData ?? {}, options);
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
    isValid(schema: RJSFSchema, formData: Data | undefined, rootSchema: RJSFSchema): boolean {
      try {
        return compile(schema, rootSchema)(formData) === true;
      } catch {
        // rjsf asks about arbitrary sub-schemas; one ajv cannot compile simply does not match.
        return false;
      }
    },
    rawValidation<Result = unknown>(
      schema: RJSFSchema,
      formData?: Data,
    ): { errors?: Result[]; validationError?: Error } {
      try {
        const validate = compile(schema);
        validate(formData);
        return { errors: (validate.errors ?? undefined) as Result[] | undefined };
      } catch (error) {
        return { validationError: error instanceof Error ? error : new Error(String(error)) };
      }
    },
  };
}
