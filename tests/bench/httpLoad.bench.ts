import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import autocannon, { type Request, type Result } from 'autocannon';
import { DEMO_TEAM } from '../../server/auth/demoUsers';
import { hashPassword } from '../../server/auth/passwords';
import { buildServer } from '../../server/buildServer';
import type { FamilyAggregate, User } from '../../server/storage/types';
import { createClient } from '../api/startTestServer';
import { spawnServer, type ServerProcess } from '../faults/spawnServer';
import { withTarget, type Benchmark, type BenchResult } from './Benchmark';
import { createBenchStore, importBenchFamilies, readRssMb, type StoreKind } from './benchStore';
import { copyFamilies, makeTemplateFamily } from './seedFamilies';
import { round2 } from './stats';

/** 60 health visitors, each thinking 5 s between requests: 12 requests/s, 80 % reads and 20 % writes. */
const STAFF = 60;
const THINK_SECONDS = 5;
/** Families per simulated worker (`BENCH_CASELOAD`); a store larger than 60 caseloads belongs to others. */
const CASELOAD = Number(process.env.BENCH_CASELOAD ?? 150);
const OTHER_STAFF = 3000;
const OTHER_TEAMS = 60;
const WRITE_SHARE = 0.2;
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 120);
const STRESS_CLIENTS = 300;
const STRESS_SECONDS = Number(process.env.BENCH_STRESS_SECONDS ?? 20);
/** Which stores and sizes: the pair by default (embedded with 2,000 families, PostgreSQL with 100,000). */
const RUNS = (process.env.BENCH_LOAD_STORES ?? 'lowdb:2000,postgres:100000').split(',').map((run) => {
  const [kind, size] = run.split(':');
  return { kind: kind as StoreKind, size: Number(size) };
});
/** Overload may only show as these; anything else (a 500, a dropped connection) is a failure. */
const OVERLOAD_STATUSES = new Set(['429', '503']);

interface Staff {
  cookie: string;
  familyIds: string[];
}

export interface Prepared {
  server: ServerProcess;
  staff: Staff[];
  /** Pathways with the ADBB due, each submitted at most once. */
  pathwayIds: string[];
  dispose(): Promise<void>;
}

export async function prepare(kind: StoreKind, size: number): Promise<Prepared> {
  const store = await createBenchStore(kind, `load${size}`);
  let server = await spawnServer(store.env); // seeds the definitions and the demo users
  await server.stop();
  const passwordHash = await hashPassword('bench-staff');
  const users: User[] = Array.from({ length: STAFF }, (_, n) => ({
    id: randomUUID(),
    username: `bench${n}`,
    name: `Bench Sundhedsplejerske ${n}`,
    roles: ['sundhedsplejerske'],
    team: DEMO_TEAM,
    passwordHash,
  }));
  const storage = store.open();
  await storage.open();
  for (const user of users) await storage.putUser(user);
  await storage.close();

  const template = await makeTemplateFamily();
  const familyIds: string[][] = users.map(() => []);
  const pathwayIds: string[] = [];
  // Each simulated worker has a caseload of her own size (a health visitor follows tens to a few hundred
  // families); the rest of the store belongs to colleagues in other teams who are not logged in. So a larger
  // store tests the store's size, not a worklist 50 times longer.
  const active = Math.min(size, STAFF * CASELOAD);
  let n = 0;
  const spread = function* (families: Iterable<FamilyAggregate>) {
    for (const aggregate of families) {
      const index = n++;
      if (index < active) {
        aggregate.family.responsibleId = users[index % STAFF]!.id;
      } else {
        aggregate.family.responsibleId = `colleague-${index % OTHER_STAFF}`;
        aggregate.family.team = `team-${index % OTHER_TEAMS}`;
      }
      yield aggregate;
    }
  };
  await importBenchFamilies(store, spread(copyFamilies(template.aggregate, size, users[0]!.id)), (a) => {
    if (n > active) return;
    familyIds[(n - 1) % STAFF]!.push(a.family.id);
    pathwayIds.push(Object.keys(a.pathways)[0]!);
  });
  server = await spawnServer(store.env);
  const staff: Staff[] = [];
  for (const [index, user] of users.entries()) {
    const client = createClient(server.url);
    await client.login(user.username, 'bench-staff');
    staff.push({ cookie: client.cookie(), familyIds: familyIds[index]! });
  }
  return {
    server,
    staff,
    pathwayIds,
    async dispose() {
      await server.stop();
      await store.dispose();
    },
  };
}

/** Requests for one simulated worker: her worklist and her families, and submits of due forms. */
function createRequests(prepared: Prepared, submission: string, writes: boolean): Request[] {
  let nextStaff = 0;
  const who = (context: Record<string, unknown>): Staff => {
    context.staff ??= prepared.staff[nextStaff++ % prepared.staff.length];
    return context.staff as Staff;
  };
  const worklist: Request = {
    method: 'GET',
    setupRequest: (request, context) => ({
      ...request,
      path: '/api/worklist?scope=mine',
      headers: { cookie: who(context).cookie },
    }),
  };
  const family: Request = {
    method: 'GET',
    setupRequest: (request, context) => {
      const staff = who(context);
      const index = ((context.read as number | undefined) ?? 0) + 1;
      context.read = index;
      return {
        ...request,
        path: `/api/families/${staff.familyIds[index % staff.familyIds.length]}`,
        headers: { cookie: staff.cookie },
      };
    },
  };
  const submit: Request = {
    setupRequest: (request, context) => {
      const pathwayId = prepared.pathwayIds.pop();
      // Out of due forms to submit: read instead, so no request repeats a submit (that would be a 409).
      if (!pathwayId) return worklist.setupRequest!({ ...request, method: 'GET' }, context);
      return {
        ...request,
        method: 'POST',
        path: `/api/pathways/${pathwayId}/submissions`,
        headers: { cookie: who(context).cookie, 'content-type': 'application/json' },
        body: submission,
      };
    },
  };
  return writes ? [submit] : [worklist, family];
}

function countUnexpected(result: Result, allowed: Set<string>): number {
  const statuses = Object.entries(result.statusCodeStats)
    .filter(([status]) => !allowed.has(status))
    .reduce((sum, [, { count }]) => sum + Number(count), 0);
  return statuses + result.errors + result.timeouts;
}

/** The 60 staff: readers and writers as two load generators at once, so each has its own latency histogram. */
export async function runStaffLoad(prepared: Prepared, submission: string, seconds = LOAD_SECONDS) {
  const rate = STAFF / THINK_SECONDS;
  const writers = Math.round(STAFF * WRITE_SHARE);
  const [reads, writes] = await Promise.all([
    autocannon({
      url: prepared.server.url,
      connections: STAFF - writers,
      overallRate: rate * (1 - WRITE_SHARE),
      duration: seconds,
      timeout: 10,
      requests: createRequests(prepared, submission, false),
    }),
    autocannon({
      url: prepared.server.url,
      connections: writers,
      overallRate: rate * WRITE_SHARE,
      duration: seconds,
      timeout: 10,
      requests: createRequests(prepared, submission, true),
    }),
  ]);
  return { reads, writes };
}

/** 300 clients with no think time; then how long until a worker's request is answered normally again. */
async function runStress(prepared: Prepared, submission: string) {
  const requests = createRequests(prepared, submission, false);
  const result = await autocannon({
    url: prepared.server.url,
    connections: STRESS_CLIENTS,
    duration: STRESS_SECONDS,
    timeout: 10,
    requests: [...requests, ...requests, ...createRequests(prepared, submission, true)],
  });
  const stoppedAt = performance.now();
  let recoveredMs = Number.NaN;
  while (performance.now() - stoppedAt < 30_000) {
    const started = performance.now();
    const reply = await fetch(`${prepared.server.url}/api/worklist?scope=mine`, {
      headers: { cookie: prepared.staff[0]!.cookie },
    });
    await reply.text();
    if (reply.status === 200 && performance.now() - started < 1000) {
      recoveredMs = Math.round(performance.now() - stoppedAt);
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const shed = [...OVERLOAD_STATUSES].reduce(
    (sum, status) => sum + Number(result.statusCodeStats[status]?.count ?? 0),
    0,
  );
  return { result, shed, recoveredMs };
}

/** The body of one ADBB submission, as the health visitor's tablet sends it. */
export async function readSubmission(): Promise<string> {
  const fixture = JSON.parse(await readFile('tests/fixtures/submissions/F07-adbb.json', 'utf8')) as {
    valid: unknown[];
  };
  return JSON.stringify({ formId: 'F07-adbb', data: fixture.valid[0] });
}

export const httpLoad: Benchmark = {
  name: 'http-load',
  description: `${STAFF} staff (think ${THINK_SECONDS} s, ${100 - WRITE_SHARE * 100}/${WRITE_SHARE * 100} reads/writes) for ${LOAD_SECONDS} s, then ${STRESS_CLIENTS} clients without think time for ${STRESS_SECONDS} s`,
  async run(): Promise<BenchResult[]> {
    await buildServer();
    const submission = await readSubmission();
    const results: BenchResult[] = [];
    for (const { kind, size } of RUNS) {
      const prepared = await prepare(kind, size);
      try {
        const at = `${kind}, ${size} families`;
        const { reads, writes } = await runStaffLoad(prepared, submission);
        const unexpected =
          countUnexpected(reads, new Set(['200'])) + countUnexpected(writes, new Set(['201']));
        results.push(
          withTarget(
            { name: `staff load: read p99, ${at}`, unit: 'ms', value: reads.latency.p99 },
            '<=',
            100,
          ),
          withTarget(
            { name: `staff load: write p99, ${at}`, unit: 'ms', value: writes.latency.p99 },
            '<=',
            150,
          ),
          { name: `staff load: read p50, ${at}`, unit: 'ms', value: reads.latency.p50 },
          { name: `staff load: write p50, ${at}`, unit: 'ms', value: writes.latency.p50 },
          withTarget({ name: `staff load: errors, ${at}`, unit: 'requests', value: unexpected }, '<=', 0),
          {
            name: `staff load: requests answered, ${at}`,
            unit: 'requests',
            value: reads.requests.total + writes.requests.total,
          },
          { name: `server RSS after staff load, ${at}`, unit: 'MB', value: await readRssMb(prepared.server) },
        );
        const stress = await runStress(prepared, submission);
        const allowed = new Set(['200', '201', ...OVERLOAD_STATUSES]);
        results.push(
          withTarget(
            {
              name: `stress: answers other than 2xx/429/503 or dropped, ${at}`,
              unit: 'requests',
              value: countUnexpected(stress.result, allowed),
              note: JSON.stringify(stress.result.statusCodeStats),
            },
            '<=',
            0,
          ),
          { name: `stress: requests shed with 429/503, ${at}`, unit: 'requests', value: stress.shed },
          { name: `stress: throughput, ${at}`, unit: 'req/s', value: round2(stress.result.requests.average) },
          withTarget(
            { name: `stress: recovered after, ${at}`, unit: 'ms', value: stress.recoveredMs },
            '<=',
            5000,
          ),
        );
      } finally {
        await prepared.dispose();
      }
    }
    return results;
  },
};
