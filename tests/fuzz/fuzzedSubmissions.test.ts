import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSubmission, type CompiledForm } from '../../runtime';
import { loadSeedLibrary, PROJECT_ROOT } from '../unit/loadSeedLibrary';
import {
  createClient,
  startD1InCourse,
  startTestServer,
  type Client,
  type TestServer,
} from '../api/startTestServer';
import { createSubmissionOracle } from './createSubmissionOracle';
import { COUNTS, SEED, createRandom, writeSummary } from './fuzzSettings';
import { generateSubmission } from './generateSubmission';

const readValid = (formId: string): Record<string, unknown>[] => {
  const path = join(PROJECT_ROOT, 'tests', 'fixtures', 'submissions', `${formId}.json`);
  return existsSync(path)
    ? (JSON.parse(readFileSync(path, 'utf8')) as { valid: Record<string, unknown>[] }).valid
    : [];
};

const forms = loadSeedLibrary()
  .listForms()
  .map((form: CompiledForm) => ({
    form,
    valid: readValid(form.definition.id),
    oracle: createSubmissionOracle(form.definition),
  }));

const short = (value: unknown) => {
  try {
    return JSON.stringify(value).slice(0, 400);
  } catch {
    return String(value);
  }
};

describe('fuzzed submissions against the seed forms', () => {
  it(`judges ${COUNTS.submissions} submissions as the independent oracle does, without a crash (seed ${SEED})`, () => {
    const random = createRandom(SEED);
    const disagreements: string[] = [];
    const crashes: string[] = [];
    let accepted = 0;
    let rejected = 0;
    for (let i = 0; i < COUNTS.submissions; i++) {
      const { form, valid, oracle } = random.pick(forms);
      const data = generateSubmission(form.definition, valid, random);
      const expected = oracle(structuredClone(data));
      try {
        const result = checkSubmission(form, data);
        if (result.ok) accepted += 1;
        else {
          rejected += 1;
          // Every rejection names where: a field path (or '' for the form as a whole) and a message.
          for (const error of result.errors) {
            if (typeof error.path !== 'string' || !error.message)
              crashes.push(`#${i} ${form.key}: an error without path or message: ${short(error)}`);
          }
        }
        if (result.ok !== expected && disagreements.length < 20)
          disagreements.push(
            `#${i} ${form.key}: checkSubmission ${result.ok ? 'accepted' : `rejected (${short(result.errors)})`}, the oracle ${expected ? 'accepts' : 'rejects'}: ${short(data)}`,
          );
      } catch (error) {
        crashes.push(`#${i} ${form.key}: ${(error as Error).stack?.split('\n').slice(0, 3).join(' | ')}`);
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    writeSummary('submissions-runtime', {
      count: COUNTS.submissions,
      forms: forms.length,
      accepted,
      rejected,
      disagreements: disagreements.length,
      crashes: crashes.length,
    });
    expect(crashes).toEqual([]);
    expect(disagreements).toEqual([]);
    // The generator reaches both sides of the line.
    expect(accepted).toBeGreaterThan(COUNTS.submissions * 0.05);
    expect(rejected).toBeGreaterThan(COUNTS.submissions * 0.3);
  });
});

describe('fuzzed submissions through the API (corrections of a D1 pathway)', () => {
  let server: TestServer;
  let worker: Client;
  const latest = new Map<string, string>();
  let familyId: string;

  beforeAll(async () => {
    server = await startTestServer({ schedulerIntervalMs: 0 });
    worker = createClient(server.url);
    await worker.login();
    const { family } = await startD1InCourse(worker);
    familyId = family.id;
    const aggregate = await server.storage.getFamily(familyId);
    for (const submission of Object.values(aggregate!.submissions))
      latest.set(submission.formId, submission.id);
  });
  afterAll(() => server.dispose());

  it(`answers ${COUNTS.submissionsThroughApi} fuzzed corrections: zero 5xx, the oracle's verdict, every refusal a 4xx naming the field`, async () => {
    const random = createRandom(SEED + 7);
    const statuses = new Map<number, number>();
    const problems: string[] = [];
    const candidates = forms.filter((f) => latest.has(f.form.definition.id));
    expect(candidates.length).toBeGreaterThan(0);
    for (let i = 0; i < COUNTS.submissionsThroughApi; i++) {
      const { form, valid, oracle } = random.pick(candidates);
      const formId = form.definition.id;
      const data = generateSubmission(form.definition, valid, random);
      const expected = oracle(structuredClone(data));
      const reply = await worker.post(`/api/submissions/${latest.get(formId)}/corrections`, {
        data,
        reason: 'Fuzz',
      });
      statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);
      const where = `#${i} ${formId} → ${reply.status} ${short(reply.body)} for ${short(data)}`;
      if (reply.status >= 500) problems.push(`5xx: ${where}`);
      else if (reply.status === 201) {
        latest.set(formId, reply.body.submission.id);
        if (!expected) problems.push(`accepted, the oracle rejects: ${where}`);
      } else {
        if (![400, 413, 422].includes(reply.status)) problems.push(`unexpected status: ${where}`);
        if (expected && reply.status === 422) problems.push(`rejected, the oracle accepts: ${where}`);
        const errors = reply.body?.errors as { path: string; message: string }[] | undefined;
        if (
          !Array.isArray(errors) ||
          errors.length === 0 ||
          errors.some((e) => typeof e.path !== 'string' || !e.message)
        )
          problems.push(`a refusal that names no field: ${where}`);
      }
    }
    writeSummary('submissions-api', {
      count: COUNTS.submissionsThroughApi,
      statuses: Object.fromEntries(statuses),
      problems: problems.length,
    });
    expect(problems.slice(0, 20)).toEqual([]);
  });
});
