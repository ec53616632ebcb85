import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSubmission, type CompiledForm } from '../../runtime';
import { loadSeedDefinitions, PROJECT_ROOT, readJson, readSeedSources } from './loadSeedLibrary';

/**
 * Data-driven: every form in definitions/forms is checked against its examples in
 * tests/fixtures/submissions/<id>.json (or <id>.v<version>.json for a version-specific file):
 * `{ valid: [data…], invalid: [{ data, errors: [dotted paths] }] }`.
 */
const FIXTURES_DIR = join(PROJECT_ROOT, 'tests/fixtures/submissions');

interface InvalidExample {
  data: unknown;
  errors: string[];
}

interface SubmissionFixture {
  valid: unknown[];
  invalid: InvalidExample[];
}

function isInvalidExample(value: unknown): value is InvalidExample {
  if (typeof value !== 'object' || value === null || !('data' in value) || !('errors' in value)) return false;
  const { errors } = value;
  return Array.isArray(errors) && errors.every((path) => typeof path === 'string');
}

function isSubmissionFixture(value: unknown): value is SubmissionFixture {
  if (typeof value !== 'object' || value === null || !('valid' in value) || !('invalid' in value))
    return false;
  const { valid, invalid } = value;
  return Array.isArray(valid) && Array.isArray(invalid) && invalid.every(isInvalidExample);
}

function toFixturePath(form: CompiledForm): string | undefined {
  const { id, version } = form.definition;
  return [`${id}.v${version}.json`, `${id}.json`]
    .map((name) => join(FIXTURES_DIR, name))
    .find((path) => existsSync(path));
}

/** Every form version in the definitions folder that loads (seedDefinitions.test.ts reports those that do not). */
const { library } = loadSeedDefinitions();
const forms = readSeedSources()
  .map(({ content }) => content as { kind?: unknown; id?: unknown; version?: unknown })
  .filter((content) => content.kind === 'form')
  .map(({ id, version }) => library.getForm(String(id), Number(version)))
  .filter((form): form is CompiledForm => form !== undefined);

const formsWithFixtures = forms.flatMap((form) => {
  const path = toFixturePath(form);
  return path ? [{ key: form.key, form, path }] : [];
});

describe('submission fixtures', () => {
  it('finds the forms of the definitions folder', () => {
    expect(forms.length).toBeGreaterThan(0);
  });

  it('every form has submission fixtures', () => {
    const missing = forms.filter((form) => !toFixturePath(form)).map((form) => form.key);
    expect(missing).toEqual([]);
  });

  it('every submission fixture belongs to a form', () => {
    const fixtureNames = readdirSync(FIXTURES_DIR).filter((name) => name.endsWith('.json'));
    const used = new Set(formsWithFixtures.map(({ path }) => path));
    const orphans = fixtureNames.filter((name) => !used.has(join(FIXTURES_DIR, name)));
    expect(orphans).toEqual([]);
  });
});

describe.each(formsWithFixtures)('form $key', ({ form, path }) => {
  const fixture = readJson(path);

  it('has a fixture with valid and invalid examples', () => {
    expect(isSubmissionFixture(fixture)).toBe(true);
    const { valid, invalid } = fixture as SubmissionFixture;
    expect(valid.length).toBeGreaterThan(0);
    expect(invalid.length).toBeGreaterThan(0);
  });

  if (!isSubmissionFixture(fixture)) return;

  it.each(fixture.valid.map((data, index) => ({ number: index + 1, data })))(
    'accepts valid example $number',
    ({ data }) => {
      // Given a valid example, when it is checked, then it passes with no errors.
      const result = checkSubmission(form, data);
      expect(result.ok ? [] : result.errors).toEqual([]);
      expect(result.ok).toBe(true);
    },
  );

  it.each(fixture.invalid.map((example, index) => ({ number: index + 1, ...example })))(
    'rejects invalid example $number at exactly $errors',
    ({ data, errors }) => {
      // Given an invalid example, when it is checked, then it fails at exactly the listed fields.
      const result = checkSubmission(form, data);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      const paths = [...new Set(result.errors.map((error) => error.path))].sort();
      expect(paths).toEqual([...errors].sort());
      for (const error of result.errors) expect(error.message.trim()).not.toBe('');
    },
  );

  it.each(fixture.invalid.map((example, index) => ({ number: index + 1, ...example })))(
    'explains invalid example $number in Danish unless English is asked for',
    ({ data }) => {
      const danish = checkSubmission(form, data);
      const english = checkSubmission(form, data, { language: 'en' });
      if (danish.ok || english.ok) throw new Error('the example was expected to be invalid');
      expect(english.errors.map((e) => e.path)).toEqual(danish.errors.map((e) => e.path));
      expect(english.errors.map((e) => e.message)).not.toEqual(danish.errors.map((e) => e.message));
    },
  );
});

describe('checkSubmission with visibility rules and computed fields', () => {
  const offer = library.getForm('F03-offer-response', 1);
  const adbb = library.getForm('F07-adbb', 1);
  const accepted = {
    offerType: 'individualCourseD1',
    offerDate: '2027-01-12',
    channel: 'phone',
    response: 'accepted',
  };

  it('neither validates nor keeps a field while its visibility rule is false', () => {
    // Given an accepted offer with a leftover decline reason (even an invalid one), when it is checked
    const result = offer && checkSubmission(offer, { ...accepted, declineReason: 'notAChoice' });
    // Then it passes and the hidden field is not stored
    expect(result?.ok).toBe(true);
    expect(result?.ok && result.data).toEqual(accepted);
  });

  it('does not change the data it is given', () => {
    const input = { ...accepted, declineReason: 'tooBusy' };
    const before = structuredClone(input);
    if (offer) checkSubmission(offer, input);
    expect(input).toEqual(before);
  });

  it('computes the ADBB total and over-cutoff from the scores when the municipality sets a cut-off', () => {
    // Given a cut-off of 3, the manual assessment is hidden and the scores decide
    const data = {
      observationDate: '2027-05-31',
      instrumentVersion: 'items8',
      scores: { eyeContact: 2, vocalisations: 3 },
    };
    const over = adbb && checkSubmission(adbb, data, { params: { cutoff: 3 } });
    const under = adbb && checkSubmission(adbb, data, { params: { cutoff: 5 } });
    expect(over).toMatchObject({ ok: true, computed: { itemsEntered: 2, total: 5, overCutoff: true } });
    expect(under).toMatchObject({ ok: true, computed: { total: 5, overCutoff: false } });
  });

  it('takes the ADBB result from the professional’s assessment while no cut-off is set', () => {
    const data = { observationDate: '2027-05-31', instrumentVersion: 'items7', overCutoffAssessment: true };
    expect(adbb && checkSubmission(adbb, data)).toMatchObject({
      ok: true,
      computed: { total: null, overCutoff: true },
    });
  });
});
