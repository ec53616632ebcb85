import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fixture from '../fixtures/definitions/valid-form-and-workflow.json';
import { DefinitionError, createLibrary, loadLibrary } from '../../runtime';
import { readSeedSources } from '../unit/loadSeedLibrary';
import { createClient, startTestServer, type Client, type TestServer } from '../api/startTestServer';
import { COUNTS, SEED, createRandom, writeSummary } from './fuzzSettings';
import { generateHostileDefinition } from './generateHostileDefinition';

const seeds = readSeedSources();
const FORM = fixture.files[0]!;
const WORKFLOW = fixture.files[1]!;
/** Bases: the small fixture pair and a few seed definitions of each kind. */
const bases = [
  FORM,
  WORKFLOW,
  ...seeds.filter((s) => /F02-consent|F07-adbb|F09-epds|ishoej\.d1\.v1|referral\.v1/.test(s.source)),
];

/** The seed forms a base workflow pins: loaded beside it, so the cross-checks run (and only those, for speed). */
function pinnedForms(base: { source: string; content: unknown }) {
  if (base.source === WORKFLOW.source) return [FORM];
  const pins = (base.content as { forms?: Record<string, number> }).forms ?? {};
  return seeds.filter((s) =>
    Object.entries(pins).some(([id, version]) => s.source === `forms/${id}.v${version}.json`),
  );
}

function generate(count: number, seed: number) {
  const random = createRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    const base = random.pick(bases);
    return {
      index: i,
      source: base.source,
      others: base.source.startsWith('workflows/') ? pinnedForms(base) : [],
      content: generateHostileDefinition(base.content, random),
    };
  });
}

describe('hostile definitions through the loader', () => {
  it(`loads ${COUNTS.definitions} hostile definitions: no crash, only DefinitionError (seed ${SEED})`, () => {
    const crashes: string[] = [];
    let refused = 0;
    let accepted = 0;
    let slowest = 0;
    for (const { index, source, others, content } of generate(COUNTS.definitions, SEED)) {
      const started = performance.now();
      try {
        const { issues } = loadLibrary([...others, { source, content }]);
        if (issues.some((issue) => issue.source === source)) refused += 1;
        else accepted += 1;
        // createLibrary throws nothing but a DefinitionError (checked on every tenth, to keep CI fast).
        if (index % 10 === 0) {
          try {
            createLibrary([...others, { source, content }]);
          } catch (error) {
            if (!(error instanceof DefinitionError)) throw error;
          }
        }
      } catch (error) {
        crashes.push(
          `#${index} (${source}): ${(error as Error)?.stack?.split('\n').slice(0, 3).join(' | ')}`,
        );
      }
      slowest = Math.max(slowest, performance.now() - started);
    }
    writeSummary('definitions-loader', {
      count: COUNTS.definitions,
      refused,
      accepted,
      crashes: crashes.length,
      slowestMs: Math.round(slowest),
    });
    expect(crashes).toEqual([]);
    expect(refused).toBeGreaterThan(COUNTS.definitions * 0.8);
  });
});

const FRESH_STORE_EVERY = 1_000;

describe('hostile definitions through the draft API', () => {
  let server: TestServer;
  let editor: Client;
  beforeAll(async () => {
    server = await startTestServer({ schedulerIntervalMs: 0 });
    editor = createClient(server.url);
    await editor.login('redaktoer');
  }, 60_000); // seeding the store takes longer than the default 10 s on a loaded machine
  afterAll(() => server.dispose());

  it(`saves ${COUNTS.definitionsThroughApi} hostile drafts: zero 5xx, every refusal a 4xx problem`, async () => {
    const statuses = new Map<number, number>();
    const serverErrors: string[] = [];
    let unsendable = 0;
    for (const { index, source, content } of generate(COUNTS.definitionsThroughApi, SEED + 1)) {
      // A fresh store every 1,000 drafts: each save and discard adds to the definitions' lifecycle history
      // (kept in system.json on the embedded store), so a long run would otherwise measure a growing file.
      if (index > 0 && index % FRESH_STORE_EVERY === 0) {
        await server.dispose();
        server = await startTestServer({ schedulerIntervalMs: 0 });
        editor = createClient(server.url);
        await editor.login('redaktoer');
      }
      const kind = source.startsWith('forms/') ? 'form' : 'workflow';
      const id = `fuzz${index}`;
      if (content && typeof content === 'object' && !Array.isArray(content))
        Object.defineProperty(content, 'id', {
          value: id,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      let body: string;
      try {
        body = JSON.stringify({ content });
      } catch {
        unsendable += 1; // cycles and BigInt cannot be sent as JSON at all
        continue;
      }
      if (body === undefined) {
        unsendable += 1;
        continue;
      }
      const reply = await editor.request('PUT', `/api/definition-drafts/${kind}/${id}`, body, {
        'If-Match': '"0"',
      });
      statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);
      // Discard what was saved, so the store stays small and each save costs the same.
      if (reply.status === 200) {
        const discarded = await editor.request('DELETE', `/api/definition-drafts/${kind}/${id}`, undefined, {
          'If-Match': `"${reply.body.revision}"`,
        });
        if (discarded.status >= 500) serverErrors.push(`#${index} discard: ${discarded.status}`);
      }
      if (reply.status >= 500)
        serverErrors.push(`#${index}: ${reply.status} ${JSON.stringify(reply.body).slice(0, 300)}`);
      else if (reply.status >= 400) {
        expect(reply.headers.get('content-type'), `#${index}`).toMatch(/problem\+json/);
        expect(reply.body.detail, `#${index}`).toEqual(expect.any(String));
      }
    }
    writeSummary('definitions-api', {
      count: COUNTS.definitionsThroughApi,
      unsendable,
      statuses: Object.fromEntries(statuses),
      serverErrors: serverErrors.length,
    });
    expect(serverErrors).toEqual([]);
  });
});
