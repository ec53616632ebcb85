import type { JsonSchema } from '../definitions/types';

/** One page of a multi-page form: the top-level fields on it and its title (the section's). */
export interface FormPage {
  names: string[];
  title: string;
}

/**
 * A form whose uiSchema says `"ui:options": { "pages": true }` is shown a page at a time: every top-level
 * section is a page, and top-level fields between sections share a page. `undefined` for a one-page form.
 */
export function toPages(schema: JsonSchema, uiSchema: Record<string, unknown>): FormPage[] | undefined {
  const options = uiSchema['ui:options'] as { pages?: unknown } | undefined;
  if (options?.pages !== true) return undefined;
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const pages: (FormPage & { section: boolean })[] = [];
  for (const name of toOrder(Object.keys(properties), uiSchema['ui:order'])) {
    const property = properties[name];
    const last = pages.at(-1);
    if (property?.type === 'object') {
      const title = typeof property.title === 'string' ? property.title : name;
      pages.push({ names: [name], title, section: true });
    } else if (last && !last.section) {
      last.names.push(name);
    } else {
      pages.push({ names: [name], title: '', section: false });
    }
  }
  return pages.length > 1 ? pages.map(({ names, title }) => ({ names, title })) : undefined;
}

/** rjsf's `ui:order`: listed names first, `*` standing for the rest in schema order. */
function toOrder(names: string[], order: unknown): string[] {
  if (!Array.isArray(order)) return names;
  const listed = order.filter((n): n is string => typeof n === 'string' && n !== '*' && names.includes(n));
  const rest = names.filter((n) => !listed.includes(n));
  const star = order.indexOf('*');
  if (star < 0) return [...listed, ...rest];
  const before = order.slice(0, star).filter((n): n is string => listed.includes(n as string));
  const after = order.slice(star + 1).filter((n): n is string => listed.includes(n as string));
  return [...before, ...rest, ...after];
}
