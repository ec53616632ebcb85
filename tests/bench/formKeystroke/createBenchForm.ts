import type { FormDefinition, JsonSchema } from '../../../runtime';

const SECTIONS = 10;

/**
 * A long form like the worst of the library, `fields` in all: sections of text, number, choice and yes/no
 * fields, every tenth required, a visibility rule per section and a computed total — what a keystroke makes
 * our renderer recompute. The schema alone (no rules, no totals) is what stock rjsf gets.
 */
export function createBenchForm(fields: number): FormDefinition {
  const perSection = Math.ceil(fields / SECTIONS);
  const properties: Record<string, JsonSchema> = {};
  const visibility: NonNullable<FormDefinition['visibility']> = {};
  const scored: unknown[] = [];
  let made = 0;
  for (let s = 0; s < SECTIONS && made < fields; s++) {
    const section: Record<string, JsonSchema> = {};
    const required: string[] = [];
    for (let f = 0; f < perSection && made < fields; f++, made++) {
      const name = `f${f}`;
      const title = `Spørgsmål ${made + 1}`;
      switch (made % 4) {
        case 0:
          section[name] = { type: 'string', title, maxLength: 400 };
          break;
        case 1:
          section[name] = { type: 'integer', title, minimum: 0, maximum: 10 };
          scored.push({ var: `data.s${s}.${name}` });
          break;
        case 2:
          section[name] = {
            type: 'string',
            title,
            oneOf: [
              { const: 'a', title: 'Ja' },
              { const: 'b', title: 'Nej' },
              { const: 'c', title: 'Ved ikke' },
            ],
          };
          break;
        default:
          section[name] = { type: 'boolean', title };
      }
      if (made % 10 === 0) required.push(name);
    }
    properties[`s${s}`] = { type: 'object', title: `Afsnit ${s + 1}`, properties: section, required };
    visibility[`s${s}.f3`] = { '!==': [{ var: `data.s${s}.f2` }, 'b'] };
  }
  return {
    kind: 'form',
    formatVersion: 1,
    id: 'bench-300',
    version: 1,
    title: { da: 'Benchmark-skema', en: 'Benchmark form' },
    subject: 'child',
    schema: {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      properties,
      required: Object.keys(properties),
    },
    uiSchema: Object.fromEntries(Object.keys(properties).map((s) => [s, { f2: { 'ui:widget': 'radio' } }])),
    visibility,
    computed: {
      total: { title: { da: 'Samlet score', en: 'Total score' }, expr: { '+': scored } },
    },
  };
}
