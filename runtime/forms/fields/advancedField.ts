import type { FieldType } from './fieldTypes';
import { applyCommon, compact, createPropertiesForm, readCommon } from './commonProperties';

/**
 * Any other JSON Schema (a list of free texts, `oneOf` of objects, `if`/`then`): its labels are edited like
 * every field's, the rest as JSON Schema text. Offered only in advanced mode; every schema is one of these
 * at worst, so nothing in an opened definition is ever unknown to the builder.
 */
export const advancedField: FieldType = {
  id: 'advanced',
  palette: {
    label: { da: 'Avanceret (JSON Schema)', en: 'Advanced (JSON Schema)' },
    icon: '{}',
    group: 'advanced',
    advanced: true,
  },
  detect: () => true,
  create: () => ({
    schema: {
      type: 'array',
      title: 'Liste af tekster',
      items: { type: 'string', maxLength: 200 },
      maxItems: 20,
    },
    ui: {},
    required: false,
    translation: { title: 'List of texts' },
  }),
  properties: createPropertiesForm(
    ['label', 'labelEn', 'help', 'helpEn', 'required', 'messageRequired', 'messageRequiredEn'],
    { schemaJson: { type: 'string', title: 'JSON Schema for feltet (uden titel)', maxLength: 100000 } },
    { schemaJson: { title: 'JSON Schema of the field (without title)' } },
    { schemaJson: { 'ui:widget': 'textarea', 'ui:options': { rows: 8 } } },
  ),
  read: (node) => {
    const { title: _title, ...rest } = node.schema;
    return compact({ ...readCommon(node), schemaJson: JSON.stringify(rest, null, 2) });
  },
  apply: (node, properties) => {
    let schema = node.schema;
    try {
      const parsed = JSON.parse(String(properties.schemaJson)) as unknown;
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
        schema = {
          ...(parsed as Record<string, unknown>),
          ...('title' in node.schema ? { title: node.schema.title } : {}),
        };
    } catch {
      // Half-typed JSON: the field keeps its schema until the text parses.
    }
    return applyCommon({ ...node, schema }, properties);
  },
};
