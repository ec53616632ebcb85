import type { JsonSchema, LocalizedText } from '../definitions/types';
import { evaluateExpression } from '../expressions/evaluate';
import type { PathwayContext } from './types';

/**
 * The one registry of named actions. Each entry declares the JSON Schema of its `params`, which the loader
 * checks and the designer uses to build the params form. Most actions do nothing inside the pure runtime:
 * `step()` returns them as effects and the server carries them out. An entry with `update` changes the
 * pathway's own context (e.g. a session counter), purely, as part of the transition.
 */
export interface ActionEntry {
  title: LocalizedText;
  description: LocalizedText;
  params: JsonSchema;
  /** A pure change of the context; the action is then not an effect for the server. */
  update?: (context: PathwayContext, params: Record<string, unknown>) => Partial<PathwayContext>;
}

const text = {
  type: 'object',
  required: ['da', 'en'],
  properties: { da: { type: 'string' }, en: { type: 'string' } },
};
const counterName = { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9_]{0,63}$' };

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
  count: {
    title: { da: 'Tæl op', en: 'Count' },
    description: {
      da: 'Lægger en til en tæller i forløbet (fx antal afholdte sessioner); vagter kan læse counters.<navn>.',
      en: 'Adds one to a counter of the pathway (e.g. sessions held); guards read counters.<name>.',
    },
    params: {
      type: 'object',
      required: ['counter'],
      additionalProperties: false,
      properties: { counter: counterName },
    },
    update: (context, params) => {
      const name = String(params.counter);
      return { counters: { ...context.counters, [name]: (context.counters?.[name] ?? 0) + 1 } };
    },
  },
  resetCount: {
    title: { da: 'Nulstil tæller', en: 'Reset counter' },
    description: { da: 'Sætter en tæller i forløbet til 0.', en: 'Sets a counter of the pathway to 0.' },
    params: {
      type: 'object',
      required: ['counter'],
      additionalProperties: false,
      properties: { counter: counterName },
    },
    update: (context, params) => ({ counters: { ...context.counters, [String(params.counter)]: 0 } }),
  },
  startPathway: {
    title: { da: 'Start et delforløb', en: 'Start a sub-pathway' },
    description: {
      da: 'Starter et andet forløb (fx henvisning eller COS-P-forløb) for samme barn, knyttet til dette. Når det slutter, får dette forløb hændelsen PATHWAY_DONE.',
      en: 'Starts another pathway (e.g. a referral or a COS-P course) for the same child, linked to this one. When it ends, this pathway receives PATHWAY_DONE.',
    },
    params: {
      type: 'object',
      required: ['workflow'],
      additionalProperties: false,
      properties: {
        workflow: { type: 'string', minLength: 1, maxLength: 64 },
        params: {
          type: 'object',
          description:
            'Values for the sub-pathway\'s parameters: expressions, so `{ "var": "params.x" }` passes this pathway\'s own value on',
        },
      },
    },
  },
};

export function getAction(name: string): ActionEntry | undefined {
  return Object.hasOwn(actionRegistry, name) ? actionRegistry[name] : undefined;
}

/** The actions of a transition that the server carries out. */
export function toEffects(
  actions: readonly { type: string; params?: unknown }[],
  scope: Record<string, unknown>,
): { type: string; params: Record<string, unknown> }[] {
  return actions
    .filter((a) => {
      const entry = getAction(a.type);
      return entry && !entry.update;
    })
    .map((a) => {
      const params = (a.params ?? {}) as Record<string, unknown>;
      if (a.type !== 'startPathway' || !params.params) return { type: a.type, params };
      const values = Object.entries(params.params as Record<string, unknown>).map(([k, v]) => [
        k,
        evaluateExpression(v, scope),
      ]);
      return { type: a.type, params: { ...params, params: Object.fromEntries(values) } };
    });
}
