import type { FieldTranslation, JsonSchema } from '../../definitions/types';
import type { FieldNode, FieldType } from './fieldTypes';
import {
  applyCommon,
  applyNumbers,
  asNode,
  compact,
  createPropertiesForm,
  readCommon,
  readNumbers,
  setOrDelete,
  text,
} from './commonProperties';

type Node = Record<string, unknown>;
interface OptionProperty {
  code: string;
  label?: string;
  labelEn?: string;
}

/** The rating scale of Rambøll's surveys, as the seed forms (F21, F33) write it. */
export const DEGREE_SCALE: { code: string; da: string; en: string }[] = [
  { code: 'high', da: 'I høj grad', en: 'To a high degree' },
  { code: 'some', da: 'I nogen grad', en: 'To some degree' },
  { code: 'little', da: 'I mindre grad', en: 'To a lesser degree' },
  { code: 'notAtAll', da: 'Slet ikke', en: 'Not at all' },
];

const OPTIONS_PROPERTY: JsonSchema = {
  type: 'array',
  title: 'Svarmuligheder',
  minItems: 1,
  items: {
    type: 'object',
    required: ['code', 'label'],
    properties: {
      code: {
        type: 'string',
        title: 'Kode (fast, gemmes i data)',
        pattern: '^[A-Za-z0-9_-]+$',
        maxLength: 100,
      },
      label: { type: 'string', title: 'Tekst (dansk)', minLength: 1, maxLength: 500 },
      labelEn: { type: 'string', title: 'Tekst (engelsk)', maxLength: 500 },
    },
  },
};
const OPTIONS_EN: Record<string, FieldTranslation> = {
  options: { title: 'Answer options' },
  'options[].code': { title: 'Code (fixed, stored in the data)' },
  'options[].label': { title: 'Text (Danish)' },
  'options[].labelEn': { title: 'Text (English)' },
};
const COMMON = [
  'label',
  'labelEn',
  'help',
  'helpEn',
  'required',
  'messageRequired',
  'messageRequiredEn',
] as const;

const hasConstOptions = (schema: Node | undefined) =>
  Array.isArray(schema?.oneOf) &&
  (schema.oneOf as unknown[]).every((option) => asNode(option) && 'const' in asNode(option)!);

const codesOf = (schema: Node) => (schema.oneOf as Node[]).map((option) => String(option.const));

/** Options as properties: stable code, Danish label from the schema, English from the translation. */
function readOptions(choice: Node, translation: FieldTranslation | undefined): OptionProperty[] {
  return (choice.oneOf as Node[]).map((option) => {
    const code = String(option.const);
    return compact({
      code,
      label: text(option.title),
      labelEn: text(translation?.options?.[code]),
    }) as unknown as OptionProperty;
  });
}

/** Writes options back; keys of an option the builder does not edit (a description) stay with its code. */
function applyOptions(choice: Node, translation: FieldTranslation, value: unknown): void {
  const options = (Array.isArray(value) ? value : []) as OptionProperty[];
  const existing = new Map(((choice.oneOf ?? []) as Node[]).map((option) => [String(option.const), option]));
  const codeType = choice.type;
  choice.oneOf = options
    .filter((option) => typeof option?.code === 'string' && option.code !== '')
    .map((option) => {
      const code =
        codeType === 'integer' || codeType === 'number'
          ? Number(option.code)
          : codeType === 'boolean'
            ? option.code === 'true'
            : option.code;
      return compact({ ...existing.get(option.code), const: code, title: text(option.label) });
    });
  const english = Object.fromEntries(
    options.filter((option) => text(option?.labelEn)).map((option) => [option.code, option.labelEn!]),
  );
  setOrDelete(translation as Node, 'options', Object.keys(english).length > 0 ? english : undefined);
}

function withTranslation(node: FieldNode, translation: FieldTranslation): FieldNode {
  return { ...node, translation: Object.keys(translation).length > 0 ? translation : undefined };
}

function createSingleChoiceType(id: 'singleChoice' | 'ratingScale'): FieldType {
  const scale = id === 'ratingScale';
  return {
    id,
    palette: scale
      ? { label: { da: 'Vurderingsskala', en: 'Rating scale' }, icon: '◔', group: 'choice' }
      : { label: { da: 'Ét valg', en: 'Single choice' }, icon: '◉', group: 'choice' },
    detect: (schema) =>
      (schema.type === 'string' || schema.type === 'integer') &&
      hasConstOptions(schema) &&
      (codesOf(schema).join() === DEGREE_SCALE.map((step) => step.code).join()) === scale,
    create: () =>
      scale
        ? {
            schema: {
              type: 'string',
              title: 'Vurderingsskala',
              oneOf: DEGREE_SCALE.map((step) => ({ const: step.code, title: step.da })),
            },
            ui: { 'ui:widget': 'radio' },
            required: false,
            translation: {
              title: 'Rating scale',
              options: Object.fromEntries(DEGREE_SCALE.map((step) => [step.code, step.en])),
            },
          }
        : {
            schema: {
              type: 'string',
              title: 'Ét valg',
              oneOf: [
                { const: 'option1', title: 'Svarmulighed 1' },
                { const: 'option2', title: 'Svarmulighed 2' },
              ],
            },
            ui: { 'ui:widget': 'radio' },
            required: false,
            translation: { title: 'Single choice', options: { option1: 'Option 1', option2: 'Option 2' } },
          },
    properties: createPropertiesForm(
      [...COMMON],
      {
        widget: {
          type: 'string',
          title: 'Visning',
          oneOf: [
            { const: 'radio', title: 'Radioknapper' },
            { const: 'select', title: 'Rulleliste' },
          ],
        },
        options: OPTIONS_PROPERTY,
      },
      {
        widget: { title: 'Display', options: { radio: 'Radio buttons', select: 'Drop-down list' } },
        ...OPTIONS_EN,
      },
      { widget: { 'ui:widget': 'radio' } },
    ),
    read: (node) =>
      compact({
        ...readCommon(node),
        widget: node.ui['ui:widget'],
        options: readOptions(node.schema, node.translation),
      }),
    apply: (node, properties) => {
      const next = applyCommon(node, properties);
      setOrDelete(next.ui, 'ui:widget', text(properties.widget));
      const translation = { ...next.translation };
      applyOptions(next.schema, translation, properties.options);
      return withTranslation(next, translation);
    },
  };
}

export const singleChoiceField = createSingleChoiceType('singleChoice');
export const ratingScaleField = createSingleChoiceType('ratingScale');

const COUNTS = ['minItems', 'maxItems'];

/** Several codes from a list, as checkboxes: an array of unique codes. */
export const multipleChoiceField: FieldType = {
  id: 'multipleChoice',
  palette: { label: { da: 'Flere valg', en: 'Multiple choice' }, icon: '☑', group: 'choice' },
  detect: (schema) => schema.type === 'array' && hasConstOptions(asNode(schema.items)),
  create: () => ({
    schema: {
      type: 'array',
      title: 'Flere valg',
      uniqueItems: true,
      items: {
        type: 'string',
        oneOf: [
          { const: 'option1', title: 'Svarmulighed 1' },
          { const: 'option2', title: 'Svarmulighed 2' },
        ],
      },
    },
    ui: { 'ui:widget': 'checkboxes' },
    required: false,
    translation: { title: 'Multiple choice', options: { option1: 'Option 1', option2: 'Option 2' } },
  }),
  properties: createPropertiesForm(
    [...COMMON],
    {
      minItems: { type: 'integer', title: 'Mindste antal valg', minimum: 0 },
      maxItems: { type: 'integer', title: 'Højeste antal valg', minimum: 1 },
      options: OPTIONS_PROPERTY,
    },
    {
      minItems: { title: 'Minimum number of choices' },
      maxItems: { title: 'Maximum number of choices' },
      ...OPTIONS_EN,
    },
  ),
  read: (node) =>
    compact({
      ...readCommon(node),
      ...readNumbers(node.schema, COUNTS),
      options: readOptions(asNode(node.schema.items)!, node.translation),
    }),
  apply: (node, properties) => {
    const next = applyCommon(node, properties);
    applyNumbers(next.schema, properties, COUNTS);
    const items = { ...asNode(next.schema.items) };
    const translation = { ...next.translation };
    applyOptions(items, translation, properties.options);
    next.schema.items = items;
    return withTranslation(next, translation);
  },
};
