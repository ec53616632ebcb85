import type { PropertyChange } from './types';

/** Deep equality of JSON values; key order does not matter. */
export function isSameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, index) => isSameJson(item, b[index]));
  const aRecord = a as Record<string, unknown>;
  const bRecord = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(aRecord), ...Object.keys(bRecord)]);
  for (const key of keys) if (!isSameJson(aRecord[key], bRecord[key])) return false;
  return true;
}

/** The listed properties whose values differ between `before` and `after`. */
export function toPropertyChanges<T extends object>(
  before: T,
  after: T,
  properties: readonly (keyof T & string)[],
): PropertyChange[] {
  return properties
    .filter((property) => !isSameJson(before[property], after[property]))
    .map((property) => ({ property, before: before[property], after: after[property] }));
}

/** Merges two keyed lists into added / removed / kept pairs, in the order of `after` then removed ones. */
export function pairByKey<T>(
  before: T[],
  after: T[],
  keyOf: (item: T) => string,
): { key: string; before?: T; after?: T }[] {
  const beforeByKey = new Map(before.map((item) => [keyOf(item), item]));
  const afterKeys = new Set(after.map(keyOf));
  const pairs: { key: string; before?: T; after?: T }[] = after.map((item) => ({
    key: keyOf(item),
    before: beforeByKey.get(keyOf(item)),
    after: item,
  }));
  for (const item of before) if (!afterKeys.has(keyOf(item))) pairs.push({ key: keyOf(item), before: item });
  return pairs;
}
