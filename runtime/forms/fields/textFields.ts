import type { FieldType } from './fieldTypes';
import {
  applyCommon,
  applyMessage,
  applyNumbers,
  compact,
  createPropertiesForm,
  readCommon,
  readMessage,
  readNumbers,
  setOrDelete,
  text,
} from './commonProperties';

const isPlainString = (schema: Record<string, unknown>) =>
  schema.type === 'string' &&
  !('format' in schema) &&
  !('oneOf' in schema) &&
  !('enum' in schema) &&
  !('anyOf' in schema);

const LENGTHS = ['minLength', 'maxLength'];

const textProperties = (withPattern: boolean) =>
  createPropertiesForm(
    ['label', 'labelEn', 'help', 'helpEn', 'required', 'messageRequired', 'messageRequiredEn'],
    {
      minLength: { type: 'integer', title: 'Mindste antal tegn', minimum: 0 },
      maxLength: { type: 'integer', title: 'Højeste antal tegn', minimum: 1 },
      placeholder: { type: 'string', title: 'Pladsholdertekst (dansk)', maxLength: 500 },
      placeholderEn: { type: 'string', title: 'Pladsholdertekst (engelsk)', maxLength: 500 },
      ...(withPattern
        ? {
            pattern: { type: 'string', title: 'Mønster (regulært udtryk, avanceret)', maxLength: 500 },
            messagePattern: {
              type: 'string',
              title: 'Fejlbesked når mønsteret ikke passer (dansk)',
              maxLength: 500,
            },
            messagePatternEn: {
              type: 'string',
              title: 'Fejlbesked når mønsteret ikke passer (engelsk)',
              maxLength: 500,
            },
          }
        : {}),
    },
    {
      minLength: { title: 'Minimum number of characters' },
      maxLength: { title: 'Maximum number of characters' },
      placeholder: { title: 'Placeholder (Danish)' },
      placeholderEn: { title: 'Placeholder (English)' },
      pattern: { title: 'Pattern (regular expression, advanced)' },
      messagePattern: { title: 'Error message when the pattern does not match (Danish)' },
      messagePatternEn: { title: 'Error message when the pattern does not match (English)' },
    },
  );

function createTextType(id: 'shortText' | 'longText'): FieldType {
  const long = id === 'longText';
  return {
    id,
    palette: long
      ? { label: { da: 'Lang tekst', en: 'Long text' }, icon: '¶', group: 'text' }
      : { label: { da: 'Kort tekst', en: 'Short text' }, icon: 'Aa', group: 'text' },
    detect: (schema, ui) => isPlainString(schema) && (ui['ui:widget'] === 'textarea') === long,
    create: () => ({
      schema: { type: 'string', title: long ? 'Lang tekst' : 'Kort tekst', maxLength: long ? 4000 : 200 },
      ui: long ? { 'ui:widget': 'textarea' } : {},
      required: false,
      translation: { title: long ? 'Long text' : 'Short text' },
    }),
    properties: textProperties(!long),
    read: (node) =>
      compact({
        ...readCommon(node),
        ...readNumbers(node.schema, LENGTHS),
        placeholder: node.ui['ui:placeholder'],
        placeholderEn: node.translation?.placeholder,
        pattern: node.schema.pattern,
        messagePattern: readMessage(node.ui, 'pattern').da,
        messagePatternEn: readMessage(node.ui, 'pattern').en,
      }),
    apply: (node, properties) => {
      const next = applyCommon(node, properties);
      applyNumbers(next.schema, properties, LENGTHS);
      setOrDelete(next.ui, 'ui:placeholder', text(properties.placeholder));
      if (!long) {
        setOrDelete(next.schema, 'pattern', text(properties.pattern));
        applyMessage(next.ui, 'pattern', properties.messagePattern, properties.messagePatternEn);
      }
      const translation = { ...next.translation };
      setOrDelete(translation, 'placeholder', text(properties.placeholderEn));
      return { ...next, translation: Object.keys(translation).length > 0 ? translation : undefined };
    },
  };
}

export const shortTextField = createTextType('shortText');
export const longTextField = createTextType('longText');
