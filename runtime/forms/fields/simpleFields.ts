import type { FieldType } from './fieldTypes';
import { applyCommon, createPropertiesForm, readCommon } from './commonProperties';

const COMMON = [
  'label',
  'labelEn',
  'help',
  'helpEn',
  'required',
  'messageRequired',
  'messageRequiredEn',
] as const;

export const dateField: FieldType = {
  id: 'date',
  palette: { label: { da: 'Dato', en: 'Date' }, icon: '📅', group: 'text' },
  detect: (schema) => schema.type === 'string' && schema.format === 'date',
  create: () => ({
    schema: { type: 'string', title: 'Dato', format: 'date' },
    ui: {},
    required: false,
    translation: { title: 'Date' },
  }),
  properties: createPropertiesForm([...COMMON]),
  read: readCommon,
  apply: applyCommon,
};

/** Yes/no as two radio buttons with the codes `true`/`false`, as the seed forms write it. */
export const yesNoField: FieldType = {
  id: 'yesNo',
  palette: { label: { da: 'Ja/nej', en: 'Yes/no' }, icon: '✓', group: 'choice' },
  detect: (schema) => schema.type === 'boolean',
  create: () => ({
    schema: {
      type: 'boolean',
      title: 'Ja/nej',
      oneOf: [
        { const: true, title: 'Ja' },
        { const: false, title: 'Nej' },
      ],
    },
    ui: { 'ui:widget': 'radio' },
    required: false,
    translation: { title: 'Yes/no', options: { true: 'Yes', false: 'No' } },
  }),
  properties: createPropertiesForm([...COMMON]),
  read: readCommon,
  apply: applyCommon,
};

/**
 * Information text: a heading and text shown in the form, no answer. Written as a `null`-typed property with
 * `ui:field: infoText` so that it keeps its place in the field order; the renderer shows it, nothing is stored.
 */
export const infoTextField: FieldType = {
  id: 'infoText',
  palette: { label: { da: 'Informationstekst', en: 'Information text' }, icon: 'i', group: 'layout' },
  detect: (schema, ui) => ui['ui:field'] === 'infoText',
  create: () => ({
    schema: { type: 'null', title: 'Information', description: 'Tekst til den, der udfylder skemaet.' },
    ui: { 'ui:field': 'infoText' },
    required: false,
    translation: { title: 'Information', description: 'Text for the person filling in the form.' },
  }),
  properties: createPropertiesForm(['label', 'labelEn', 'help', 'helpEn']),
  read: (node) => {
    const { required: _required, ...rest } = readCommon(node);
    return rest;
  },
  apply: (node, properties) => applyCommon(node, { ...properties, required: false }),
};
