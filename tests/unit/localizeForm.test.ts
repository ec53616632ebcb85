import { describe, expect, it } from 'vitest';
import type { FormDefinition, JsonSchema } from '../../runtime';
import { localizeForm } from '../../runtime/rendering/localizeForm';

const form: FormDefinition = {
  kind: 'form',
  formatVersion: 1,
  id: 'localize-test',
  version: 1,
  title: { da: 'Besøg', en: 'Visit' },
  subject: 'child',
  schema: {
    type: 'object',
    properties: {
      visit: {
        type: 'object',
        title: 'Besøget',
        properties: {
          held: {
            type: 'string',
            title: 'Blev besøget holdt?',
            oneOf: [
              { const: 'ja', title: 'Ja' },
              { const: 'nej', title: 'Nej' },
            ],
          },
          themes: { type: 'array', title: 'Temaer', items: { type: 'string', enum: ['sovn', 'mad'] } },
          note: { type: 'string', title: 'Bemærkning' },
        },
      },
      other: { type: 'object', title: 'Andet', properties: { a: { type: 'string', title: 'A' } } },
    },
  },
  uiSchema: { visit: { note: { 'ui:help': 'Skriv kort' } }, other: { a: { 'ui:widget': 'textarea' } } },
  translations: {
    en: {
      'visit.held': { title: 'Was the visit held?', options: { ja: 'Yes', nej: 'No' } },
      'visit.themes': { title: 'Themes', options: { sovn: 'Sleep', mad: 'Food' } },
      'visit.note': { title: 'Note', description: 'Write briefly' },
    },
  },
};

// The nodes looked at, loosely typed: what matters is their content and identity.
const propertiesOf = (schema: JsonSchema) => schema.properties as Record<string, any>;

describe('a form in the language asked for', () => {
  it('is the definition itself in Danish', () => {
    const danish = localizeForm(form, 'da');
    expect(danish.schema).toBe(form.schema);
    expect(danish.uiSchema).toBe(form.uiSchema);
    expect(danish.title).toBe('Besøg');
  });

  it('applies the English translations: titles, choice labels, enum names and help text', () => {
    const english = localizeForm(form, 'en');
    const visit = propertiesOf(english.schema).visit;
    expect(english.title).toBe('Visit');
    expect(visit.properties.held.title).toBe('Was the visit held?');
    expect(visit.properties.held.oneOf).toEqual([
      { const: 'ja', title: 'Yes' },
      { const: 'nej', title: 'No' },
    ]);
    expect(visit.properties.themes.title).toBe('Themes');
    expect((english.uiSchema.visit as any).themes.items['ui:enumNames']).toEqual({
      sovn: 'Sleep',
      mad: 'Food',
    });
    expect((english.uiSchema.visit as any).note['ui:help']).toBe('Write briefly');
    expect(visit.title).toBe('Besøget'); // not translated: left in Danish
  });

  it('never changes the definition, and keeps every node no translation touched', () => {
    const before = structuredClone(form);
    const english = localizeForm(form, 'en');
    expect(form).toEqual(before);
    expect(english.schema).not.toBe(form.schema);
    expect(propertiesOf(english.schema).other).toBe(propertiesOf(form.schema).other);
    expect(english.uiSchema.other).toBe(form.uiSchema!.other);
    const visit = propertiesOf(english.schema).visit;
    const original = propertiesOf(form.schema).visit;
    expect(visit).not.toBe(original);
    expect(visit.properties.held).not.toBe(original.properties.held);
    expect(localizeForm(form, 'en')).toEqual(english);
  });
});
