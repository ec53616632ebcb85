import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import autocannon, { type Instance, type Options, type Request, type Result } from 'autocannon';
import { DEMO_TEAM } from '../../server/auth/demoUsers';
import { hashPassword } from '../../server/auth/passwords';
import { buildServer } from '../../server/buildServer';
import type { FamilyAggregate, User } from '../../server/storage/types';
import { createClient } from '../api/startTestServer';
import { spawnServer, type ServerProcess } from '../faults/spawnServer';
import { withTarget, type Benchmark, type BenchResult } from './Benchmark';
import {
  createBenchStore,
  importBenchFamilies,
  readBenchList,
  readCpuMs,
  readRssMb,
  writeBenchList,
  type BenchStore,
  type StoreKind,
} from './benchStore';
import { copyFamilies, makeTemplateFamily } from './seedFamilies';
import { percentile, round2 } from './stats';

/**
 * 60 health visitors, each thinking 5 s between requests: 12 requests/s, 80 % reads and 20 % writes; then a
 * stress phase. Environment, for cheap iterations on one store:
 * - `BENCH_LOAD_STORES` — which stores and sizes, e.g. `postgres:100000` (default: both of the pair).
 * - `BENCH_LOAD_SECONDS` — length of the staff load (default 120; the run is 600).
 * - `BENCH_WARM_UP_SECONDS` — the same staff load first, not measured (default 30): a server just started
 *   (its code not yet optimised, the database's caches cold) answered the first minute's p99 two to five times
 *   slower than the next ones, which a 120 s run then reported as its p99. 0 measures from the start.
 * - `BENCH_STRESS_SECONDS` — length of the stress phase (default 20); 0 skips it.
 * - `BENCH_LOAD_SCHEMA` — a PostgreSQL schema to reuse: seeded if it was not yet, kept afterwards (with the
 *   pathways still due), so later runs start in seconds. Drop it by hand when done:
 *   `DROP SCHEMA <name> CASCADE`. It keeps what earlier runs wrote (submissions, access log, sessions).
 * - `BENCH_CASELOAD` — families per simulated worker (default 150), only read when seeding.
 */
const STAFF = 60;
const THINK_SECONDS = 5;
/** Families per simulated worker (`BENCH_CASELOAD`); a store larger than 60 caseloads belongs to others. */
const CASELOAD = Number(process.env.BENCH_CASELOAD ?? 150);
const OTHER_STAFF = 3000;
const OTHER_TEAMS = 60;
const WRITE_SHARE = 0.2;
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 120);
const WARM_UP_SECONDS = Number(process.env.BENCH_WARM_UP_SECONDS ?? 30);
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
  const store = await createBenchStore(kind, `load${size}`, process.env.BENCH_LOAD_SCHEMA);
  let server = await spawnServer(store.env); // seeds the definitions and the demo users
  await server.stop();
  const seeded = store.reused ? await readBenchList(store.reused, 'pathways') : undefined;
  const { users, familyIds, pathwayIds } = seeded
    ? { ...(await readSeeded(store)), pathwayIds: seeded }
    : await seed(store, size);
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
      // A kept schema remembers which pathways are still due, so the next run submits only to those.
      if (store.reused) await writeBenchList(store.reused, 'pathways', pathwayIds);
      await store.dispose();
    },
  };
}

/** The staff, their caseloads, and the pathways with the ADBB due, stored into an empty store. */
async function seed(store: BenchStore, size: number) {
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
  if (store.reused) await writeBenchList(store.reused, 'pathways', pathwayIds);
  return { users, familyIds, pathwayIds };
}

/** The staff and their caseloads of a kept schema, seeded by an earlier run. */
async function readSeeded(store: BenchStore) {
  const storage = store.open();
  await storage.open();
  try {
    const byName = new Map((await storage.listUsers()).map((user) => [user.username, user]));
    const users = Array.from({ length: STAFF }, (_, n) => byName.get(`bench${n}`)!);
    const familyIds = await Promise.all(
      users.map(async (user) => (await storage.listFamilies({ responsibleId: user.id })).map((f) => f.id)),
    );
    return { users, familyIds };
  } finally {
    await storage.close();
  }
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

/**
 * autocannon's latencies with a rate are "corrected for coordinated omission" with an expected interval of
 * ceil(1 / rate) — 1 ms at 1 request/s per connection, where 1000 ms was meant — so an answer of L ms is
 * recorded L times (L, L - 1, … 1 ms), which weights slow answers by their length. Measured as well: each
 * successful answer's latency, once.
 */
export interface LoadResult extends Result {
  /** `p99ByMinute`: whether the tail grows over the run (a table, index or log growing). */
  measured: { p50: number; p99: number; count: number; p99ByMinute: number[] };
}

function runMeasured(options: Options): Promise<LoadResult> {
  const latencies: number[] = [];
  const byMinute: number[][] = [];
  const started = performance.now();
  const instance: Instance = autocannon(options);
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    if (statusCode < 200 || statusCode >= 300) return;
    latencies.push(responseTime);
    (byMinute[Math.floor((performance.now() - started) / 60_000)] ??= []).push(responseTime);
  });
  return instance.then((result) => ({
    ...result,
    measured: {
      p50: round2(percentile(latencies, 50)),
      p99: round2(percentile(latencies, 99)),
      count: latencies.length,
      p99ByMinute: [...byMinute].map((minute) => Math.round(percentile(minute ?? [], 99))),
    },
  }));
}

/**
 * The 60 staff: readers and writers as two load generators at once, so each has its own latency histogram.
 * Note how autocannon paces a rate: it cuts the connections to the rate (10 readers, 3 writers) and each
 * sends its 1 request/s when its own one-second timer fires; the timers start together, so the server gets
 * the second's 13 requests as one burst. The tail is that burst's queue, a harder load than 60 people.
 */
export async function runStaffLoad(prepared: Prepared, submission: string, seconds = LOAD_SECONDS) {
  const rate = STAFF / THINK_SECONDS;
  const writers = Math.round(STAFF * WRITE_SHARE);
  const [reads, writes] = await Promise.all([
    runMeasured({
      url: prepared.server.url,
      connections: STAFF - writers,
      overallRate: rate * (1 - WRITE_SHARE),
      duration: seconds,
      timeout: 10,
      requests: createRequests(prepared, submission, false),
    }),
    runMeasured({
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
  description: `${STAFF} staff (think ${THINK_SECONDS} s, ${100 - WRITE_SHARE * 100}/${WRITE_SHARE * 100} reads/writes) for ${LOAD_SECONDS} s after ${WARM_UP_SECONDS} s of warm-up, then ${STRESS_CLIENTS} clients without think time for ${STRESS_SECONDS} s`,
  async run(): Promise<BenchResult[]> {
    await buildServer();
    const submission = await readSubmission();
    const results: BenchResult[] = [];
    for (const { kind, size } of RUNS) {
      const prepared = await prepare(kind, size);
      try {
        const at = `${kind}, ${size} families`;
        if (WARM_UP_SECONDS > 0) await runStaffLoad(prepared, submission, WARM_UP_SECONDS);
        const cpuBefore = await readCpuMs(prepared.server);
        const { reads, writes } = await runStaffLoad(prepared, submission);
        const answered = reads.requests.total + writes.requests.total;
        const cpuPerRequest = round2(((await readCpuMs(prepared.server)) - cpuBefore) / answered);
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
          // The same, each answer counted once (see LoadResult).
          withTarget(
            {
              name: `staff load: read p99 as measured, ${at}`,
              unit: 'ms',
              value: reads.measured.p99,
              note: `by minute: ${reads.measured.p99ByMinute.join(', ')}`,
            },
            '<=',
            100,
          ),
          withTarget(
            {
              name: `staff load: write p99 as measured, ${at}`,
              unit: 'ms',
              value: writes.measured.p99,
              note: `by minute: ${writes.measured.p99ByMinute.join(', ')}`,
            },
            '<=',
            150,
          ),
          { name: `staff load: read p50 as measured, ${at}`, unit: 'ms', value: reads.measured.p50 },
          { name: `staff load: write p50 as measured, ${at}`, unit: 'ms', value: writes.measured.p50 },
          withTarget({ name: `staff load: errors, ${at}`, unit: 'requests', value: unexpected }, '<=', 0),
          {
            name: `staff load: requests answered, ${at}`,
            unit: 'requests',
            value: answered,
          },
          { name: `server CPU per request, ${at}`, unit: 'ms', value: cpuPerRequest },
          { name: `server RSS after staff load, ${at}`, unit: 'MB', value: await readRssMb(prepared.server) },
        );
        if (STRESS_SECONDS <= 0) continue; // the staff load alone, for quick iterations
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
