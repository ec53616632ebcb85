import { ErrorSchemaBuilder, type ErrorSchema, type RJSFValidationError } from '@rjsf/utils';
import type { FieldError } from '../validation/toFieldErrors';

/** The runtime's field errors in rjsf's two shapes: a flat list (error summary) and a tree (inline errors). */
export function toValidationData(errors: readonly FieldError[]): {
  errors: RJSFValidationError[];
  errorSchema: ErrorSchema;
} {
  const builder = new ErrorSchemaBuilder();
  const list: RJSFValidationError[] = [];
  for (const error of errors) {
    const segments = error.path ? error.path.split('.') : [];
    builder.addErrors(error.message, segments);
    list.push({
      name: error.keyword,
      message: error.message,
      property: `.${segments.join('.')}`,
      stack: error.message,
    });
  }
  return { errors: list, errorSchema: builder.ErrorSchema };
}
