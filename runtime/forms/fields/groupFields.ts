import type { JsonSchema } from '../../definitions/types';
import type { FieldNode, FieldType } from './fieldTypes';
import {
  applyCommon,
  applyNumbers,
  asNode,
  compact,
  createPropertiesForm,
  number,
  readCommon,
  readNumbers,
} from './commonProperties';

type Node = Record<string, unknown>;

const isScoreItem = (schema: unknown) => {
  const item = asNode(schema);
  return item?.type === 'integer' && !('oneOf' in item) && !('enum' in item);
};

/** An object whose every property is a whole-number score: an instrument's items (ADBB, a scale's items). */
const isInstrument = (schema: Node) => {
  const properties = asNode(schema.properties);
  const items = properties ? Object.values(properties) : [];
  return schema.type === 'object' && items.length > 0 && items.every(isScoreItem);
};

/** A section groups fields under a heading (a fieldset); its fields are the object's properties. */
export const sectionField: FieldType = {
  id: 'section',
  palette: { label: { da: 'Sektion', en: 'Section' }, icon: '▤', group: 'layout' },
  container: 'object',
  detect: (schema) => schema.type === 'object' && !isInstrument(schema),
  create: () => ({
    schema: { type: 'object', title: 'Sektion', properties: {}, additionalProperties: false },
    ui: {},
    required: false,
    translation: { title: 'Section' },
  }),
  properties: createPropertiesForm(['label', 'labelEn', 'help', 'helpEn']),
  read: (node) => {
    const { required: _required, ...rest } = readCommon(node);
    return rest;
  },
  apply: (node, properties) => applyCommon(node, { ...properties, required: node.required }),
};

const ITEM_LIMITS = ['itemMinimum', 'itemMaximum'] as const;

function readItemLimits(schema: Node): Record<string, number | undefined> {
  const items = Object.values(asNode(schema.properties) ?? {}).map((item) => asNode(item) ?? {});
  const shared = (key: string) => {
    const values = new Set(items.map((item) => item[key]));
    const [only] = values;
    return values.size === 1 ? number(only) : undefined;
  };
  return { itemMinimum: shared('minimum'), itemMaximum: shared('maximum') };
}

/**
 * An instrument's items: each item a whole-number score, with a computed total (added by the builder in
 * `computed`). The items are child fields on the canvas; the score range is set for all items at once.
 */
export const instrumentField: FieldType = {
  id: 'instrument',
  palette: {
    label: { da: 'Instrument (items med score)', en: 'Instrument (scored items)' },
    icon: 'Σ',
    group: 'number',
  },
  container: 'object',
  detect: (schema) => isInstrument(schema),
  create: () => ({
    schema: { type: 'object', title: 'Instrument', properties: {}, additionalProperties: false },
    ui: {},
    required: false,
    translation: { title: 'Instrument' },
  }),
  createChildren: () =>
    Object.fromEntries(
      [1, 2, 3].map((index): [string, FieldNode] => [
        `item${index}`,
        {
          schema: { type: 'integer', title: `Item ${index}`, minimum: 0, maximum: 3 },
          ui: {},
          required: false,
          translation: { title: `Item ${index}` },
        },
      ]),
    ),
  properties: createPropertiesForm(
    ['label', 'labelEn', 'help', 'helpEn'],
    {
      itemMinimum: { type: 'integer', title: 'Laveste score pr. item' },
      itemMaximum: { type: 'integer', title: 'Højeste score pr. item' },
    },
    { itemMinimum: { title: 'Lowest score per item' }, itemMaximum: { title: 'Highest score per item' } },
  ),
  read: (node) => {
    const { required: _required, ...rest } = readCommon(node);
    return compact({ ...rest, ...readItemLimits(node.schema) });
  },
  apply: (node, properties) => {
    const next = applyCommon(node, { ...properties, required: node.required });
    const before = readItemLimits(node.schema);
    const properties_ = { ...(asNode(next.schema.properties) as Record<string, JsonSchema>) };
    // Only a changed range is written to the items, so items with their own ranges keep them.
    for (const key of ITEM_LIMITS) {
      const value = number(properties[key]);
      if (value === before[key]) continue;
      const keyword = key === 'itemMinimum' ? 'minimum' : 'maximum';
      for (const [name, item] of Object.entries(properties_)) {
        const updated = { ...item };
        if (value === undefined) delete updated[keyword];
        else updated[keyword] = value;
        properties_[name] = updated;
      }
    }
    next.schema.properties = properties_;
    return next;
  },
};

const COUNTS = ['minItems', 'maxItems'];

/** A repeating group: a list of entries with the same fields (several contact attempts). */
export const repeatingGroupField: FieldType = {
  id: 'repeatingGroup',
  palette: { label: { da: 'Gentagen gruppe', en: 'Repeating group' }, icon: '⟳', group: 'layout' },
  container: 'array',
  detect: (schema) => schema.type === 'array' && asNode(schema.items)?.type === 'object',
  create: () => ({
    schema: {
      type: 'array',
      title: 'Gentagen gruppe',
      maxItems: 50,
      items: { type: 'object', properties: {}, additionalProperties: false },
    },
    ui: {},
    required: false,
    translation: { title: 'Repeating group' },
  }),
  properties: createPropertiesForm(
    ['label', 'labelEn', 'help', 'helpEn', 'required', 'messageRequired', 'messageRequiredEn'],
    {
      minItems: { type: 'integer', title: 'Mindste antal', minimum: 0 },
      maxItems: { type: 'integer', title: 'Højeste antal', minimum: 1 },
    },
    { minItems: { title: 'Minimum number' }, maxItems: { title: 'Maximum number' } },
  ),
  read: (node) => compact({ ...readCommon(node), ...readNumbers(node.schema, COUNTS) }),
  apply: (node, properties) => {
    const next = applyCommon(node, properties);
    applyNumbers(next.schema, properties, COUNTS);
    return next;
  },
};
