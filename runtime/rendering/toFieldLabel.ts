import type { JsonSchema } from '../definitions/types';

/**
 * A readable name for the field at a dotted data path (or definition path): the titles along the path, with list items numbered
 * (`Kontaktforsøg 2: Dato`), falling back to the property name where a schema has no title.
 */
export function toFieldLabel(schema: JsonSchema, dottedPath: string): string {
  const parts: string[] = [];
  let node: JsonSchema | undefined = schema;
  for (const segment of dottedPath.split('.').filter(Boolean)) {
    if (/^\d+$/.test(segment)) {
      // A list item is named by the items' own title when they have one ("Sprog 2"), else by the list's.
      node = asSchema(node?.items);
      const listLabel = parts.pop() ?? '';
      const itemLabel = typeof node?.title === 'string' ? node.title : listLabel;
      parts.push(`${itemLabel} ${Number(segment) + 1}`.trim());
      continue;
    }
    // Definition paths name list items as `list[]` (gaps, translations): descend into the items, unnumbered.
    const isItems = segment.endsWith('[]');
    const name = isItems ? segment.slice(0, -2) : segment;
    node = asSchema(asSchema(node?.properties)?.[name]);
    parts.push(typeof node?.title === 'string' ? node.title : name);
    if (isItems) node = asSchema(node?.items);
  }
  return parts.join(': ');
}

/** "Dato: Skal udfyldes", but "Hvilket tilbud? Skal udfyldes": no colon after a label that ends a sentence. */
export function withLabel(label: string, text: string): string {
  return /[?!.:]$/.test(label) ? `${label} ${text}` : `${label}: ${text}`;
}

function asSchema(value: unknown): JsonSchema | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as JsonSchema)
    : undefined;
}
