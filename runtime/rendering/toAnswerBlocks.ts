import type { JsonSchema } from '../definitions/types';

type Node = Record<string, unknown>;

/** One answered field, as a reader sees it: its label and its value in words. */
export interface Answer {
  kind: 'answer';
  path: string;
  label: string;
  /** One entry per chosen option or line of a list; a single value has one. */
  values: string[];
  /** Free text keeps its line breaks. */
  multiline: boolean;
}

/** A group of answers under a heading: an object field, or one item of a list of objects. */
export interface AnswerSection {
  kind: 'section';
  path: string;
  title: string;
  blocks: AnswerBlock[];
}

export type AnswerBlock = Answer | AnswerSection;

export interface AnswerFormat {
  yes: string;
  no: string;
  item: (n: number) => string;
  date: (isoDate: string) => string;
  number: (value: number) => string;
}

/**
 * A submission's data as blocks to read, in the form's order (`ui:order`), labelled and with option codes
 * turned into their titles, from the localized schema and uiSchema. Fields without an answer are left out.
 */
export function toAnswerBlocks(
  schema: JsonSchema,
  uiSchema: Node,
  data: unknown,
  format: AnswerFormat,
  path = '',
): AnswerBlock[] {
  const values = asNode(data);
  if (!values) return [];
  const properties = asNode(schema.properties) ?? {};
  return toOrder(Object.keys(properties), uiSchema['ui:order']).flatMap((name): AnswerBlock[] => {
    const value = values[name];
    const field = asNode(properties[name]);
    if (!field || isEmpty(value)) return [];
    const ui = asNode(uiSchema[name]) ?? {};
    const fieldPath = path ? `${path}.${name}` : name;
    const label = typeof ui['ui:title'] === 'string' ? ui['ui:title'] : titleOf(field, name);
    if (field.type === 'object') {
      const blocks = toAnswerBlocks(field, ui, value, format, fieldPath);
      return blocks.length > 0 ? [{ kind: 'section', path: fieldPath, title: label, blocks }] : [];
    }
    const items = asNode(field.items);
    if (Array.isArray(value) && items?.type === 'object') {
      const itemUi = asNode(ui.items) ?? {};
      return value.map((item, index) => ({
        kind: 'section',
        path: `${fieldPath}.${index}`,
        title: `${label}: ${format.item(index + 1)}`,
        blocks: toAnswerBlocks(items, itemUi, item, format, `${fieldPath}.${index}`),
      }));
    }
    const list = Array.isArray(value) ? value : [value];
    const choice = Array.isArray(value) ? (items ?? {}) : field;
    const choiceUi = Array.isArray(value) ? (asNode(ui.items) ?? ui) : ui;
    return [
      {
        kind: 'answer',
        path: fieldPath,
        label,
        values: list.map((v) => toWords(choice, choiceUi, v, format)),
        multiline: ui['ui:widget'] === 'textarea',
      },
    ];
  });
}

/** A value in words: an option's title, a date as people write it, yes/no, a number in the locale. */
function toWords(schema: Node, ui: Node, value: unknown, format: AnswerFormat): string {
  for (const key of ['oneOf', 'anyOf'] as const) {
    const options = schema[key];
    if (!Array.isArray(options)) continue;
    const option = options.map(asNode).find((o) => o && 'const' in o && o.const === value);
    if (option && typeof option.title === 'string') return option.title;
  }
  const enumNames = asNode(ui['ui:enumNames']);
  if (enumNames && typeof enumNames[String(value)] === 'string') return enumNames[String(value)] as string;
  if (typeof value === 'boolean') return value ? format.yes : format.no;
  if (typeof value === 'number') return format.number(value);
  if (typeof value === 'string') return schema.format === 'date' ? format.date(value) : value;
  return JSON.stringify(value);
}

/** rjsf's `ui:order`: the named fields first, `*` standing for the rest in schema order. */
function toOrder(names: string[], order: unknown): string[] {
  if (!Array.isArray(order)) return names;
  const listed = order.filter((n): n is string => typeof n === 'string' && n !== '*');
  const rest = names.filter((n) => !listed.includes(n));
  const star = order.indexOf('*');
  if (star < 0) return [...listed.filter((n) => names.includes(n)), ...rest];
  const before = order.slice(0, star).filter((n): n is string => typeof n === 'string' && names.includes(n));
  const after = order.slice(star + 1).filter((n): n is string => typeof n === 'string' && names.includes(n));
  return [...before, ...rest, ...after];
}

function titleOf(schema: Node, name: string): string {
  return typeof schema.title === 'string' ? schema.title : name;
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.values(value).every(isEmpty);
  return false;
}

function asNode(value: unknown): Node | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Node) : undefined;
}
