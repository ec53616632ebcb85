import type { FieldType } from './fieldTypes';
import {
  applyCommon,
  applyMessage,
  applyNumbers,
  compact,
  createPropertiesForm,
  number,
  readCommon,
  readMessage,
  readNumbers,
  setOrDelete,
} from './commonProperties';

const LIMITS = ['minimum', 'maximum'];

function createNumberType(id: 'number' | 'integer'): FieldType {
  const whole = id === 'integer';
  const step = whole ? 'integer' : 'number';
  return {
    id,
    palette: whole
      ? { label: { da: 'Heltal', en: 'Whole number' }, icon: '#', group: 'number' }
      : { label: { da: 'Tal', en: 'Number' }, icon: '1,5', group: 'number' },
    detect: (schema) => schema.type === id && !('oneOf' in schema) && !('enum' in schema),
    create: () => ({
      schema: { type: id, title: whole ? 'Heltal' : 'Tal', minimum: 0 },
      ui: {},
      required: false,
      translation: { title: whole ? 'Whole number' : 'Number' },
    }),
    properties: createPropertiesForm(
      ['label', 'labelEn', 'help', 'helpEn', 'required', 'messageRequired', 'messageRequiredEn'],
      {
        minimum: { type: step, title: 'Mindste værdi' },
        maximum: { type: step, title: 'Højeste værdi' },
        messageRange: { type: 'string', title: 'Fejlbesked uden for grænserne (dansk)', maxLength: 500 },
        messageRangeEn: { type: 'string', title: 'Fejlbesked uden for grænserne (engelsk)', maxLength: 500 },
        default: { type: step, title: 'Standardværdi' },
      },
      {
        minimum: { title: 'Minimum value' },
        maximum: { title: 'Maximum value' },
        messageRange: { title: 'Error message outside the limits (Danish)' },
        messageRangeEn: { title: 'Error message outside the limits (English)' },
        default: { title: 'Default value' },
      },
    ),
    read: (node) =>
      compact({
        ...readCommon(node),
        ...readNumbers(node.schema, LIMITS),
        messageRange: readMessage(node.ui, 'minimum').da,
        messageRangeEn: readMessage(node.ui, 'minimum').en,
        default: number(node.schema.default),
      }),
    apply: (node, properties) => {
      const next = applyCommon(node, properties);
      applyNumbers(next.schema, properties, LIMITS);
      setOrDelete(next.schema, 'default', number(properties.default));
      // One message for both limits: staff think of "outside the range", not of two keywords.
      applyMessage(next.ui, 'minimum', properties.messageRange, properties.messageRangeEn);
      applyMessage(next.ui, 'maximum', properties.messageRange, properties.messageRangeEn);
      return next;
    },
  };
}

export const numberField = createNumberType('number');
export const integerField = createNumberType('integer');
