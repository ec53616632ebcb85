import { SCHEMA_KEYWORDS, SCHEMA_LIST_KEYWORDS, SCHEMA_MAP_KEYWORDS } from '../validation/schemaKeywords';

type Node = Record<string, unknown>;

/** Keywords that never change whether data is valid: localisation and the builder change only these. */
const ANNOTATIONS = new Set([
  'title',
  'description',
  'examples',
  'default',
  '$comment',
  'readOnly',
  'writeOnly',
  'deprecated',
  '$schema',
  '$id',
]);
// The 2020-12 places plus the older ones a hand-written schema may still use (rjsf's samples do).
const ONE_SCHEMA = new Set([...SCHEMA_KEYWORDS, 'additionalItems']);
const SCHEMA_LISTS = new Set([...SCHEMA_LIST_KEYWORDS, 'items']);
const SCHEMA_MAPS = new Set([...SCHEMA_MAP_KEYWORDS, 'definitions']);

/** The key of a (sub-)schema, as the browser looks it up when rjsf asks `isValid(schema, …)`. */
export function toValidatorKey(schema: unknown): string {
  return toStableJson(stripAnnotations(schema));
}

/** A copy of a schema without annotation keywords in any schema position (a property named `title` stays). */
export function stripAnnotations(schema: unknown): unknown {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) return schema;
  const out: Node = {};
  for (const [keyword, value] of Object.entries(schema as Node)) {
    if (ANNOTATIONS.has(keyword)) continue;
    if (SCHEMA_LISTS.has(keyword) && Array.isArray(value)) out[keyword] = value.map(stripAnnotations);
    else if (ONE_SCHEMA.has(keyword)) out[keyword] = stripAnnotations(value);
    else if ((SCHEMA_MAPS.has(keyword) || keyword === 'dependencies') && isNode(value)) {
      // `dependencies` maps a name to a list of names (left as is) or to a schema.
      out[keyword] = Object.fromEntries(
        Object.entries(value).map(([name, child]) => [name, stripAnnotations(child)]),
      );
    } else out[keyword] = value;
  }
  return out;
}

/** JSON with object keys sorted, so equal schemas give equal keys whatever order they were written in. */
export function toStableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => toStableJson(item ?? null)).join(',')}]`;
  if (isNode(value)) {
    const entries = Object.keys(value)
      .filter((key) => value[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${toStableJson(value[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
