import type { FormDefinition } from '../definitions/types';
import type { Language } from '../i18n/text';
import type { FieldError } from '../validation/toFieldErrors';

type Node = Record<string, unknown>;

const asNode = (value: unknown): Node | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Node) : undefined;

/**
 * A form's own validation messages replace the generic ones: `"ui:messages": { "required": { da, en } }`
 * on a field's uiSchema node, keyed by the failing JSON Schema keyword (written by the form builder).
 */
export function applyCustomMessages(
  errors: FieldError[],
  form: FormDefinition,
  language: Language,
): FieldError[] {
  const uiSchema = form.uiSchema;
  if (!uiSchema || errors.length === 0) return errors;
  return errors.map((error) => {
    let ui: Node | undefined = uiSchema;
    for (const segment of error.path ? error.path.split('.') : []) {
      ui = /^\d+$/.test(segment) ? asNode(ui?.items) : asNode(ui?.[segment]);
      if (!ui) return error;
    }
    const message = asNode(asNode(ui?.['ui:messages'])?.[error.keyword]);
    const text = message?.[language] ?? message?.da;
    return typeof text === 'string' && text ? { ...error, message: text } : error;
  });
}
