import type { FormDefinition } from '../../../../runtime';
import type { FieldType } from '../../../../runtime/forms/fields';

/** Properties only advanced mode shows (regular expressions, raw JSON Schema). */
const ADVANCED = new Set(['pattern', 'messagePattern', 'messagePatternEn', 'schemaJson']);
const cache = new Map<string, FormDefinition>();

/**
 * A field type's properties form as a form definition, so the property panel is rendered by the same
 * FormView health visitors use. One object per type and mode: FormView compiles it once.
 */
export function toPropertiesForm(type: FieldType, advanced: boolean): FormDefinition {
  const key = `${type.id}:${advanced}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const { schema, uiSchema, translations } = type.properties;
  const properties = Object.fromEntries(
    Object.entries(schema.properties as Record<string, unknown>).filter(
      ([name]) => advanced || !ADVANCED.has(name),
    ),
  );
  const order = (uiSchema['ui:order'] as string[]).filter((name) => name in properties);
  const form: FormDefinition = {
    kind: 'form',
    formatVersion: 1,
    id: `builder-properties-${type.id}`,
    version: 1,
    title: { da: 'Egenskaber', en: 'Properties' },
    subject: 'family',
    schema: { ...schema, properties },
    uiSchema: { ...uiSchema, 'ui:order': order },
    translations: {
      en: Object.fromEntries(
        Object.entries(translations).filter(([path]) => path.split(/[.[]/)[0]! in properties),
      ),
    },
  };
  cache.set(key, form);
  return form;
}
