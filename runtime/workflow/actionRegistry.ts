import type { JsonSchema, LocalizedText } from '../definitions/types';

/**
 * The one registry of named actions. Inside the pure runtime an action does nothing; `step()` returns it as
 * an effect and the server carries it out. Each entry declares the JSON Schema of its `params`, which the
 * loader checks and the designer uses to build the params form.
 */
export interface ActionEntry {
  title: LocalizedText;
  description: LocalizedText;
  params: JsonSchema;
}

const text = { type: 'object', required: ['da', 'en'], properties: { da: { type: 'string' }, en: { type: 'string' } } };

export const actionRegistry: Readonly<Record<string, ActionEntry>> = {
  flag: {
    title: { da: 'Markér til opfølgning', en: 'Flag for follow-up' },
    description: {
      da: 'Sætter et flag på forløbet, som fagpersonen ser på familiens side (fx screening over cut-off).',
      en: "Puts a flag on the pathway, shown on the family's page (e.g. a screening over the cut-off).",
    },
    params: {
      type: 'object',
      required: ['code'],
      additionalProperties: false,
      properties: { code: { type: 'string', pattern: '^[a-z0-9-]{1,64}$' }, message: text },
    },
  },
};

export function getAction(name: string): ActionEntry | undefined {
  return Object.hasOwn(actionRegistry, name) ? actionRegistry[name] : undefined;
}
