import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChainedEntry } from '../../server/audit/AccessEntry';
import { verifyAccessChain } from '../../server/audit/verifyAccessChain';
import {
  createClient,
  createPregnantFamily,
  startD1InCourse,
  startTestServer,
  validExample,
  type Client,
  type Reply,
  type TestServer,
} from './startTestServer';

let server: TestServer;
let worker: Client;

const readEntries = async () =>
  (await readFile(join(server.dataDir, 'access.log'), 'utf8'))
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as ChainedEntry);

/** A small seeded generator, so a failing mix can be replayed (the seed is in the test name). */
function createRandom(seed: number) {
  let state = seed >>> 0;
  return (max: number) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % max;
  };
}

interface Case {
  familyId: string;
  childId: string;
  pathwayId: string;
  formsDue: string[];
  submissions: string[];
  draftVersion: number;
}

interface Operation {
  name: string;
  /** Whether the operation can run on this case now. */
  ready?: (c: Case) => boolean;
  run: (c: Case) => Promise<{ reply: Reply<any>; expected: (reply: Reply<any>) => Partial<ChainedEntry> }>;
}

const operations: Operation[] = [
  {
    name: 'list families',
    run: async (c) => ({
      reply: await worker.get('/api/families'),
      expected: () => ({
        action: 'read',
        resource: 'families',
        familyIds: expect.arrayContaining([c.familyId]),
      }),
    }),
  },
  {
    name: 'search by due date',
    run: async (c) => ({
      reply: await worker.get('/api/families?q=2027-03-01'),
      expected: () => ({
        action: 'search',
        resource: 'families?q',
        search: { kind: 'date', hash: expect.any(String) },
        familyIds: expect.arrayContaining([c.familyId]),
      }),
    }),
  },
  {
    name: 'read family',
    run: async (c) => ({
      reply: await worker.get(`/api/families/${c.familyId}`),
      expected: () => ({ action: 'read', resource: `family:${c.familyId}`, familyId: c.familyId }),
    }),
  },
  {
    name: 'read timeline',
    run: async (c) => ({
      reply: await worker.get(`/api/families/${c.familyId}/timeline`),
      expected: () => ({ action: 'read', resource: `timeline:${c.familyId}`, familyId: c.familyId }),
    }),
  },
  {
    name: 'read pathway',
    run: async (c) => ({
      reply: await worker.get(`/api/pathways/${c.pathwayId}`),
      expected: () => ({
        action: 'read',
        resource: `pathway:${c.pathwayId}`,
        familyId: c.familyId,
        memberIds: [c.childId],
      }),
    }),
  },
  {
    name: 'read submission',
    ready: (c) => c.submissions.length > 0,
    run: async (c) => {
      const id = c.submissions.at(-1)!;
      return {
        reply: await worker.get(`/api/submissions/${id}`),
        expected: () => ({ action: 'read', resource: `submission:${id}`, familyId: c.familyId }),
      };
    },
  },
  {
    name: 'save draft',
    run: async (c) => {
      const reply = await worker.request('PUT', `/api/pathways/${c.pathwayId}/drafts/F05-visit`, {
        data: { note: 'x' },
        version: c.draftVersion,
      });
      if (reply.status === 200) c.draftVersion = reply.body.version;
      return {
        reply,
        expected: () => ({ action: 'write', resource: `draft:${c.pathwayId}`, familyId: c.familyId }),
      };
    },
  },
  {
    name: 'read draft',
    ready: (c) => c.draftVersion > 0,
    run: async (c) => ({
      reply: await worker.get(`/api/pathways/${c.pathwayId}/drafts/F05-visit`),
      expected: () => ({ action: 'read', resource: `draft:${c.pathwayId}`, familyId: c.familyId }),
    }),
  },
  {
    name: 'print',
    run: async (c) => ({
      reply: await worker.post('/api/audit/print', { familyId: c.familyId }),
      expected: () => ({ action: 'print', resource: `family:${c.familyId}`, familyId: c.familyId }),
    }),
  },
  {
    name: 'add member',
    run: async (c) => ({
      reply: await worker.post(`/api/families/${c.familyId}/members`, {
        role: 'parent',
        name: 'Mads Madsen',
      }),
      expected: () => ({ action: 'write', resource: `family:${c.familyId}`, familyId: c.familyId }),
    }),
  },
  {
    name: 'submit a due form',
    ready: (c) => c.formsDue.length > 0,
    run: async (c) => {
      const formId = c.formsDue[0]!;
      const reply = await worker.post(`/api/pathways/${c.pathwayId}/submissions`, {
        formId,
        data: await validExample(formId),
      });
      if (reply.status === 201) {
        c.submissions.push(reply.body.submission.id);
        c.formsDue = reply.body.pathway.formsDue.map((f: { formId: string }) => f.formId);
      } else c.formsDue = c.formsDue.slice(1);
      return {
        reply,
        expected: (r) => ({
          action: 'write',
          resource: `submission:${r.body.submission.id}`,
          familyId: c.familyId,
          memberIds: [c.childId],
        }),
      };
    },
  },
  {
    name: 'correct a submission',
    ready: (c) => c.submissions.length > 0,
    run: async (c) => {
      const id = c.submissions.at(-1)!;
      const old = await server.storage.getFamily(c.familyId);
      const data = old!.submissions[id]!.data;
      const reply = await worker.post(`/api/submissions/${id}/corrections`, { data, reason: 'Tastefejl' });
      if (reply.status === 201) c.submissions[c.submissions.length - 1] = reply.body.submission.id;
      return {
        reply,
        expected: (r) => ({
          action: 'write',
          resource: `submission:${r.body.submission.id}`,
          familyId: c.familyId,
        }),
      };
    },
  },
  {
    name: 'give a consent',
    run: async (c) => ({
      reply: await worker.post(`/api/families/${c.familyId}/consents`, {
        memberId: c.childId,
        purpose: 'evaluationContact',
        givenOn: '2026-11-01',
      }),
      expected: () => ({
        action: 'write',
        resource: `consents:${c.familyId}`,
        familyId: c.familyId,
        memberIds: [c.childId],
      }),
    }),
  },
  {
    name: 'read consents',
    run: async (c) => ({
      reply: await worker.get(`/api/families/${c.familyId}/consents`),
      expected: () => ({ action: 'read', resource: `consents:${c.familyId}`, familyId: c.familyId }),
    }),
  },
  {
    name: 'worklist',
    run: async (c) => ({
      reply: await worker.get('/api/worklist'),
      expected: () => ({
        action: 'read',
        resource: 'worklist:mine',
        familyIds: expect.arrayContaining([c.familyId]),
      }),
    }),
  },
  {
    name: 'caseload',
    run: async (c) => ({
      reply: await worker.get('/api/caseload'),
      expected: () => ({
        action: 'read',
        resource: 'caseload',
        familyIds: expect.arrayContaining([c.familyId]),
      }),
    }),
  },
  {
    name: 'register a family',
    run: async () => {
      const reply = await worker.post('/api/families', {
        members: [
          { role: 'pregnant', name: 'Eva Hansen' },
          { role: 'child', name: 'Ufødt', dueDate: '2027-05-01' },
        ],
      });
      return {
        reply,
        expected: (r) => ({ action: 'write', resource: `family:${r.body.id}`, familyId: r.body.id }),
      };
    },
  },
];

const cases: Case[] = [];
const SEED = Number(process.env.ACCESS_LOG_SEED ?? 20261123);

beforeAll(async () => {
  server = await startTestServer({ schedulerIntervalMs: 0 });
  worker = createClient(server.url);
  await worker.login();
  for (let i = 0; i < 2; i++) {
    const { family, child, pathway } = await startD1InCourse(worker);
    const view = await worker.get(`/api/pathways/${pathway.id}`);
    cases.push({
      familyId: family.id,
      childId: child.id,
      pathwayId: pathway.id,
      formsDue: view.body.formsDue.map((f: { formId: string }) => f.formId),
      submissions: [],
      draftVersion: 0,
    });
  }
  await createPregnantFamily(worker);
});
afterAll(() => server.dispose());

describe('access-log completeness', () => {
  it(`logs every case-touching operation exactly once, with its subject (random mix, seed ${SEED})`, async () => {
    const random = createRandom(SEED);
    const seen = new Map<string, number>();
    for (let i = 0; i < 100; i++) {
      const c = cases[random(cases.length)]!;
      const choices = operations.filter((o) => o.ready?.(c) ?? true);
      const operation = choices[random(choices.length)]!;
      const before = (await readEntries()).length;
      const { reply, expected } = await operation.run(c);
      const after = await readEntries();
      const added = after.slice(before);
      const context = `step ${i}: ${operation.name} → ${reply.status}`;
      if (reply.status >= 200 && reply.status < 300) {
        expect(added, context).toHaveLength(1);
        expect(added[0], context).toMatchObject({ ...expected(reply), userId: expect.any(String) });
        seen.set(operation.name, (seen.get(operation.name) ?? 0) + 1);
      } else {
        // A refused request touched nothing and is not a use of the data.
        expect(added, context).toHaveLength(0);
      }
    }
    // The mix really was a mix.
    expect(seen.size).toBeGreaterThanOrEqual(12);
    const lines = (await readFile(join(server.dataDir, 'access.log'), 'utf8')).split('\n');
    expect(verifyAccessChain(lines).ok).toBe(true);
    // Ids only: no names of members in the log.
    expect(lines.join('\n')).not.toMatch(/Sara|Jensen|Mads|Eva Hansen|Ufødt/);
  });
});
