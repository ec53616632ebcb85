import { describe, expect, it } from 'vitest';
import type { FormDefinition, JsonSchema } from '../../runtime';
import { classifyChange, diffForm, toReleaseNotes } from '../../runtime/definitions/diff';
import { getSeedForm } from './loadSeedLibrary';

function cloneForm(id: string): FormDefinition {
  const form = structuredClone(getSeedForm(id, 1).definition);
  form.version = 2;
  return form;
}

function original(id: string): FormDefinition {
  return getSeedForm(id, 1).definition;
}

function properties(form: FormDefinition): Record<string, JsonSchema> {
  return form.schema.properties as Record<string, JsonSchema>;
}

describe('diffForm on the seed forms', () => {
  it('finds nothing between a form and an identical copy', () => {
    const diff = diffForm(original('F09-epds'), cloneForm('F09-epds'));
    expect(diff.fields).toEqual([]);
    expect(toReleaseNotes(diff, 'da')).toEqual([]);
  });

  it('reports a new required field, a removed field and a changed label in both languages', () => {
    const next = cloneForm('F03-offer-response');
    const props = properties(next);
    delete props.presentedAs;
    (props.offerDate as JsonSchema).title = 'Dato for tilbud';
    props.interpreter = { title: 'Tolk brugt', type: 'boolean' };
    next.schema.required = [...((next.schema.required ?? []) as string[]), 'interpreter'];
    const diff = diffForm(original('F03-offer-response'), next);
    expect(diff.fields.map((f) => `${f.change} ${f.path}`)).toEqual([
      'changed offerDate',
      'added interpreter',
      'removed presentedAs',
    ]);
    expect(toReleaseNotes(diff, 'da')).toEqual([
      'Feltet "Dato for tilbuddet" hedder nu "Dato for tilbud".',
      'Nyt felt "Tolk brugt" (skal udfyldes).',
      'Feltet "Sådan blev tilbuddet præsenteret for familien" er fjernet.',
    ]);
    expect(toReleaseNotes(diff, 'en')).toContain(
      'The field "How the offer was presented to the family" is removed.',
    );
  });

  it('sees a removed choice, a recoded choice and a new choice, with their labels', () => {
    const next = cloneForm('F03-offer-response');
    const channel = properties(next).channel as JsonSchema;
    channel.oneOf = [
      { const: 'telephone', title: 'Telefon' },
      { const: 'sms', title: 'SMS' },
      { const: 'letter', title: 'Brev' },
      { const: 'eBoks', title: 'e-Boks' },
      { const: 'inPerson', title: 'Personligt' },
      { const: 'video', title: 'Videoopkald' },
    ];
    const diff = diffForm(original('F03-offer-response'), next);
    const field = diff.fields.find((f) => f.path === 'channel');
    expect(field?.optionsRecoded).toEqual([
      { from: 'phone', to: 'telephone', title: { da: 'Telefon', en: 'Phone' } },
    ]);
    expect(field?.optionsRemoved.map((o) => o.code)).toEqual(['phone', 'aula']);
    expect(toReleaseNotes(diff, 'da')).toEqual([
      '"Tilbuddet er givet via" har fået nye svarmuligheder: "Videoopkald".',
      'Svarmuligheden "AULA" er fjernet fra "Tilbuddet er givet via".',
      'Svarmuligheden "Telefon" i "Tilbuddet er givet via" har fået en ny kode (phone → telephone).',
    ]);
  });

  it('reports a changed visibility rule, a changed computed field and a changed parameter default', () => {
    const next = cloneForm('F09-epds');
    next.visibility = {
      ...next.visibility,
      gestationalWeek: { '===': [{ var: 'data.phase' }, 'postnatal'] },
    };
    const overCutoff = next.computed?.overCutoff;
    if (!overCutoff || !next.parameters?.cutoff) throw new Error('F09-epds changed shape');
    overCutoff.expr = { '>=': [{ var: 'data.totalScore' }, { var: 'params.cutoff' }] };
    next.parameters.cutoff.default = 11;
    const notes = toReleaseNotes(diffForm(original('F09-epds'), next), 'da');
    expect(notes).toEqual([
      'Hvornår "Gestationsuge" vises, er ændret.',
      'Beregningen af "Over cut-off (positiv opsporing)" er ændret.',
      'Standardværdien for "Cut-off for EPDS-totalscoren" er ændret fra ingen til 11.',
    ]);
  });
});

describe('classifyChange for forms', () => {
  it('calls removing a field with data and retyping a field breaking, with the reasons', () => {
    const next = cloneForm('F09-epds');
    const props = properties(next);
    delete props.childAgeWeeks;
    props.totalScore = { ...(props.totalScore as JsonSchema), type: 'string' };
    const result = classifyChange('form', original('F09-epds'), next, { submissions: 12 });
    expect(result.level).toBe('breaking');
    expect(result.reasons.map((r) => `${r.code} ${r.path}`)).toEqual([
      'field-retyped totalScore',
      'field-removed childAgeWeeks',
    ]);
    expect(result.reasons[1]?.message.da).toBe(
      'Feltet "Barnets alder (uger)" fjernes, men der findes besvarelser med data i det.',
    );
  });

  it('calls the same removal safe when the form has no submissions', () => {
    const next = cloneForm('F09-epds');
    delete properties(next).childAgeWeeks;
    expect(classifyChange('form', original('F09-epds'), next, { submissions: 0 })).toEqual({
      level: 'safe',
      reasons: [],
    });
  });

  it('calls a removed or recoded choice code breaking and a new choice safe', () => {
    const recoded = cloneForm('F03-offer-response');
    const response = properties(recoded).response as JsonSchema;
    response.oneOf = (response.oneOf as JsonSchema[]).map((o) =>
      o.const === 'notReached' ? { ...o, const: 'unreachable' } : o,
    );
    const result = classifyChange('form', original('F03-offer-response'), recoded, { submissions: 3 });
    expect(result.reasons.map((r) => `${r.code} ${r.path}`)).toEqual(['choice-recoded response/notReached']);

    const added = cloneForm('F03-offer-response');
    const addedResponse = properties(added).response as JsonSchema;
    addedResponse.oneOf = [...(addedResponse.oneOf as JsonSchema[]), { const: 'later', title: 'Senere' }];
    expect(classifyChange('form', original('F03-offer-response'), added, { submissions: 3 }).level).toBe(
      'safe',
    );
  });

  it('calls a new required field breaking only while families wait for the form', () => {
    const next = cloneForm('F03-offer-response');
    properties(next).interpreter = { title: 'Tolk brugt', type: 'boolean' };
    next.schema.required = [...((next.schema.required ?? []) as string[]), 'interpreter'];
    const a = original('F03-offer-response');
    expect(classifyChange('form', a, next, { submissions: 3, instancesAwaitingForm: 0 }).level).toBe('safe');
    const waiting = classifyChange('form', a, next, { submissions: 3, instancesAwaitingForm: 2 });
    expect(waiting.reasons.map((r) => `${r.code} ${r.path}`)).toEqual(['required-added interpreter']);
  });
});
