import type Ajv2020 from 'ajv/dist/2020';
import type { ParameterDefinition } from '../definitions/types';
import type { Language } from '../i18n/text';
import { createAjv } from '../validation/createAjv';
import { toFieldErrors, type FieldError } from '../validation/toFieldErrors';

let ajv: Ajv2020 | undefined;

/** Checks parameter values (a municipality's overrides, a sub-pathway's params) against the declared parameters. */
export function checkParams(
  declared: Record<string, ParameterDefinition> | undefined,
  values: Record<string, unknown>,
  language: Language = 'da',
): FieldError[] {
  ajv ??= createAjv();
  const errors: FieldError[] = [];
  for (const [name, value] of Object.entries(values)) {
    const parameter = declared?.[name];
    if (!parameter) {
      const message =
        language === 'da' ? `Parameteren '${name}' findes ikke` : `There is no parameter '${name}'`;
      errors.push({ path: name, keyword: 'additionalProperties', message });
      continue;
    }
    if (!ajv.validate(parameter.schema, value)) {
      errors.push(
        ...toFieldErrors(ajv.errors, language).map((e) => ({
          ...e,
          path: e.path ? `${name}.${e.path}` : name,
        })),
      );
    }
  }
  return errors;
}
