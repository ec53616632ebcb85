import { evaluateExpression, isTruthy } from '../expressions/evaluate';
import type { Language } from '../i18n/text';
import { toFieldErrors, type FieldError } from '../validation/toFieldErrors';
import { applyCustomMessages } from './applyCustomMessages';
import type { CompiledForm } from './compileForm';

export type SubmissionCheck =
  | { ok: true; data: Record<string, unknown>; computed: Record<string, unknown> }
  | { ok: false; errors: FieldError[] };

export interface CheckOptions {
  params?: Record<string, unknown>;
  language?: Language;
}

/**
 * Validates one submission of a form: hidden fields are dropped (and so are their errors), the data is
 * validated against the form version's schema, and the computed fields are evaluated on what remains.
 */
export function checkSubmission(
  form: CompiledForm,
  input: unknown,
  options: CheckOptions = {},
): SubmissionCheck {
  const language = options.language ?? 'da';
  if (!isPlainObject(input)) {
    return {
      ok: false,
      errors: [
        {
          path: '',
          keyword: 'type',
          message: language === 'da' ? 'Skal være en formular' : 'Must be a form',
        },
      ],
    };
  }
  const params = { ...form.defaultParams, ...options.params };
  const hidden = getHiddenPaths(form, input, params);
  // Validation itself never changes the data; dropping hidden fields copies only the objects on their way.
  const data = hidden.length > 0 ? withoutPaths(input, hidden) : input;

  const valid = form.validate(data);
  const errors = valid
    ? []
    : applyCustomMessages(
        toFieldErrors(form.validate.errors, language).filter((e) => !isUnder(e.path, hidden)),
        form.definition,
        language,
      );
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, data, computed: computeFields(form, data, params) };
}

/** The fields whose visibility rule is false for `data`: not shown, not validated, not stored. */
export function getHiddenPaths(
  form: CompiledForm,
  data: Record<string, unknown>,
  params?: Record<string, unknown>,
): string[] {
  const rules = form.definition.visibility ?? {};
  const scope = { data, params: { ...form.defaultParams, ...params } };
  return Object.entries(rules)
    .filter(([, rule]) => !isVisible(rule, scope))
    .map(([path]) => path);
}

export function computeFields(
  form: CompiledForm,
  data: Record<string, unknown>,
  params?: Record<string, unknown>,
): Record<string, unknown> {
  const computed: Record<string, unknown> = {};
  const scope = { data, params: { ...form.defaultParams, ...params }, computed };
  for (const [name, field] of Object.entries(form.definition.computed ?? {})) {
    computed[name] = evaluateExpression(field.expr, scope) ?? null;
  }
  return computed;
}

/**
 * The rules run on data that is not validated yet, so a wrongly typed answer can make an operator fail
 * (`in` on a number). Such a field stays visible: it is validated, and the wrong answer is rejected as
 * a field error instead of a crash (found by the submission fuzzer, tests/fuzz).
 */
function isVisible(rule: unknown, scope: Record<string, unknown>): boolean {
  try {
    return isTruthy(evaluateExpression(rule, scope));
  } catch {
    return true;
  }
}

function isUnder(path: string, hidden: string[]): boolean {
  return hidden.some((h) => path === h || path.startsWith(`${h}.`));
}

/**
 * `data` without the fields at `paths`, the input untouched. Only the objects on the way to a dropped field
 * are copied (a deep clone per submission was half the cost of a step); the rest is shared, as it is when
 * nothing is hidden.
 */
function withoutPaths(data: Record<string, unknown>, paths: string[]): Record<string, unknown> {
  const result = { ...data };
  const copies = new Set<object>([result]);
  for (const path of paths) {
    const parts = path.split('.');
    const last = parts.pop();
    let node: Record<string, unknown> | undefined = result;
    for (const part of parts) {
      const child: unknown = Object.hasOwn(node, part) ? node[part] : undefined;
      if (!isPlainObject(child)) {
        node = undefined;
        break;
      }
      const copy = copies.has(child) ? child : { ...child };
      copies.add(copy);
      node[part] = copy;
      node = copy;
    }
    if (last && node) delete node[last];
  }
  return result;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
