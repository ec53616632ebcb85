import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { FormDefinition } from '../../runtime';

/**
 * An independent judge of a submission, not the code under test: a plain Ajv 2020 compile of the form's
 * schema (its own instance and settings, every ajv-formats format) and a small JSON Logic interpreter of
 * its own for the visibility rules — a field whose rule is false is not part of the submission.
 */
export function createSubmissionOracle(form: FormDefinition) {
  const ajv = new Ajv2020({ strict: false, allErrors: false });
  addFormats(ajv);
  // A hidden field is not required: required-ness of a field with a rule is checked below, when it is visible.
  const ruled = new Set(Object.keys(form.visibility ?? {}));
  const required = ((form.schema.required ?? []) as string[]).filter((name) => !ruled.has(name));
  const requiredWhenVisible = ((form.schema.required ?? []) as string[]).filter((name) => ruled.has(name));
  const validate = ajv.compile({ ...form.schema, required });
  const params = Object.fromEntries(
    Object.entries(form.parameters ?? {}).map(([name, p]) => [name, p.default]),
  );
  return (data: unknown): boolean => {
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
    const visible: Record<string, unknown> = { ...data };
    for (const [path, rule] of Object.entries(form.visibility ?? {})) {
      if (path.includes('.')) throw new Error(`the oracle knows only top-level visibility, not '${path}'`);
      if (!isShown(rule, { data, params })) delete visible[path];
      else if (requiredWhenVisible.includes(path) && !Object.hasOwn(visible, path)) return false;
    }
    return validate(visible);
  };
}

class CannotEvaluate extends Error {}

/** The rule as the product states it: a rule that cannot be evaluated on this data leaves the field shown. */
function isShown(rule: unknown, scope: Record<string, unknown>): boolean {
  try {
    return truthy(run(rule, scope));
  } catch (error) {
    if (error instanceof CannotEvaluate) return true;
    throw error;
  }
}

/** JSON Logic's truthiness: 0, '', [], null, false and undefined are false. */
function truthy(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  return Boolean(value);
}

/** The operators the seed forms' visibility rules use; anything else is an error, not a guess. */
function run(rule: unknown, scope: Record<string, unknown>): unknown {
  if (Array.isArray(rule)) return rule.map((r) => run(r, scope));
  if (!rule || typeof rule !== 'object') return rule;
  const [operator, raw] = Object.entries(rule)[0] ?? [];
  const args = Array.isArray(raw) ? raw : [raw];
  switch (operator) {
    case 'var': {
      const [path, fallback] = args as [string, unknown];
      let node: unknown = scope;
      for (const part of String(path).split('.')) {
        node =
          node && typeof node === 'object' && Object.hasOwn(node, part)
            ? (node as Record<string, unknown>)[part]
            : undefined;
      }
      return node === undefined || node === null ? (fallback ?? null) : node;
    }
    case '===':
      return run(args[0], scope) === run(args[1], scope);
    case '!==':
      return run(args[0], scope) !== run(args[1], scope);
    case '!!':
      return truthy(run(args[0], scope));
    case '!':
      return !truthy(run(args[0], scope));
    case 'and': {
      let last: unknown = true;
      for (const a of args) if (!truthy((last = run(a, scope)))) return last;
      return last;
    }
    case 'or': {
      let last: unknown = false;
      for (const a of args) if (truthy((last = run(a, scope)))) return last;
      return last;
    }
    case 'if': {
      for (let i = 0; i + 1 < args.length; i += 2)
        if (truthy(run(args[i], scope))) return run(args[i + 1], scope);
      return args.length % 2 === 1 ? run(args[args.length - 1], scope) : null;
    }
    case 'in': {
      const needle = run(args[0], scope);
      const haystack = run(args[1], scope);
      // A missing answer is an empty list: `other` is not among no topics.
      if (haystack === null || haystack === undefined) return false;
      if (Array.isArray(haystack)) return haystack.includes(needle);
      if (typeof haystack === 'string') return haystack.includes(String(needle));
      throw new CannotEvaluate(`'in' needs a list or a text`);
    }
    default:
      throw new Error(`the oracle does not know the operator '${operator}'`);
  }
}
