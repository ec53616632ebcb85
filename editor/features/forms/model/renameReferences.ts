import type { FormDefinition } from '../../../../runtime';

/** True when `path` is `base` or lies under it (`base.x`, `base[].x`). */
export function isAtOrUnder(path: string, base: string): boolean {
  return path === base || path.startsWith(`${base}.`) || path.startsWith(`${base}[]`);
}

function renamePath(path: string, from: string, to: string): string {
  return isAtOrUnder(path, from) ? to + path.slice(from.length) : path;
}

function renameKeys<T>(
  record: Record<string, T> | undefined,
  from: string,
  to: string,
  prefix = '',
): Record<string, T> | undefined {
  if (!record) return record;
  let changed = false;
  const entries = Object.entries(record).map(([key, value]): [string, T] => {
    const bare = prefix && key.startsWith(prefix) ? key.slice(prefix.length) : key;
    if (prefix && !key.startsWith(prefix)) return [key, value];
    const renamed = renamePath(bare, from, to);
    if (renamed !== bare) changed = true;
    return [prefix + renamed, value];
  });
  return changed ? Object.fromEntries(entries) : record;
}

/** Rewrites `{"var": "data.<from>…"}` to the new path; other nodes are shared, not copied. */
export function renameVariables(expression: unknown, from: string, to: string): unknown {
  if (Array.isArray(expression)) {
    const mapped = expression.map((item: unknown) => renameVariables(item, from, to));
    return mapped.some((item, index) => item !== expression[index]) ? mapped : expression;
  }
  if (!expression || typeof expression !== 'object') return expression;
  const entries = Object.entries(expression as Record<string, unknown>);
  if (entries.length === 1 && entries[0]![0] === 'var') {
    const argument = entries[0]![1];
    const path = Array.isArray(argument) ? (argument as unknown[])[0] : argument;
    if (typeof path === 'string' && path.startsWith('data.')) {
      const renamed = `data.${renamePath(path.slice(5), from, to)}`;
      if (renamed !== path)
        return { var: Array.isArray(argument) ? [renamed, ...(argument as unknown[]).slice(1)] : renamed };
    }
    return expression;
  }
  let changed = false;
  const mapped = entries.map(([key, value]): [string, unknown] => {
    const next = renameVariables(value, from, to);
    if (next !== value) changed = true;
    return [key, next];
  });
  return changed ? Object.fromEntries(mapped) : expression;
}

/**
 * A field moved or renamed: every place that names it by path follows (visibility keys and rules,
 * computed expressions, translations, gaps), so a rename never leaves a rule pointing at nothing.
 */
export function renameReferences(doc: FormDefinition, from: string, to: string): FormDefinition {
  if (from === to) return doc;
  const next: FormDefinition = { ...doc };
  const visibility = renameKeys(doc.visibility, from, to);
  if (visibility) next.visibility = mapValues(visibility, (rule) => renameVariables(rule, from, to));
  if (doc.computed)
    next.computed = mapValues(doc.computed, (field) => {
      const expr = renameVariables(field.expr, from, to);
      return expr === field.expr ? field : { ...field, expr };
    });
  const en = renameKeys(doc.translations?.en, from, to);
  if (en && en !== doc.translations?.en) next.translations = { ...doc.translations, en };
  if (doc.gaps)
    next.gaps = doc.gaps.map((gap) => {
      if (!gap.path) return gap;
      const path = renamePath(gap.path, from, to);
      return path === gap.path ? gap : { ...gap, path };
    });
  return next;
}

function mapValues<T>(record: Record<string, T>, map: (value: T) => T): Record<string, T> {
  let changed = false;
  const entries = Object.entries(record).map(([key, value]): [string, T] => {
    const next = map(value);
    if (next !== value) changed = true;
    return [key, next];
  });
  return changed ? Object.fromEntries(entries) : record;
}
