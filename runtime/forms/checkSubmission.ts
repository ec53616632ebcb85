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
  // Copied only when hidden fields are dropped from it; validation itself never changes the data.
  const data = hidden.length > 0 ? structuredClone(input) : input;
  for (const path of hidden) deletePath(data, path);

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

function deletePath(data: Record<string, unknown>, path: string): void {
  const parts = path.split('.');
  const last = parts.pop();
  let node: unknown = data;
  for (const part of parts) node = isPlainObject(node) ? node[part] : undefined;
  if (last && isPlainObject(node)) delete node[last];
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
