import type { FormDefinition } from '../../../runtime';

/** A new form: no fields yet, the title the user gave (Danish; English to be written in the builder). */
export function createEmptyForm(id: string, title: string): FormDefinition {
  return {
    kind: 'form',
    formatVersion: 1,
    id,
    version: 1,
    title: { da: title || id, en: title || id },
    subject: 'child',
    schema: { type: 'object', properties: {}, additionalProperties: false, required: [] },
    uiSchema: { 'ui:order': [] },
    translations: { en: {} },
  };
}
