import { readFile } from 'node:fs/promises';
import { buildServer } from '../../server/buildServer';
import { createClient } from '../api/startTestServer';
import { spawnServer } from '../faults/spawnServer';
import { withTarget, type Benchmark, type BenchResult } from './Benchmark';
import { createBenchStore, importBenchFamilies, readRssMb } from './benchStore';
import { copyFamilies, makeTemplateFamily } from './seedFamilies';
import { median, percentile, round2, spread } from './stats';

const CLIENTS = 16;
const ROUNDS = 3;
const REQUESTS_PER_ROUND = 600;
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);

/** 16 clients submit the due ADBB form of distinct families as fast as the server answers. */
async function load(
  url: string,
  pathwayIds: string[],
  data: unknown,
): Promise<{ latencies: number[]; perSecond: number }> {
  const client = createClient(url);
  await client.login();
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (next < pathwayIds.length) {
        const id = pathwayIds[next++]!;
        const t = performance.now();
        const reply = await client.post(`/api/pathways/${id}/submissions`, { formId: 'F07-adbb', data });
        latencies.push(performance.now() - t);
        if (reply.status !== 201)
          throw new Error(`submit failed: ${reply.status} ${JSON.stringify(reply.body)}`);
      }
    }),
  );
  return { latencies, perSecond: (pathwayIds.length / (performance.now() - started)) * 1000 };
}

async function measure(
  kind: 'lowdb' | 'postgres',
  size: number,
  template: Awaited<ReturnType<typeof makeTemplateFamily>>,
  data: unknown,
) {
  const store = await createBenchStore(kind, String(size));
  try {
    let server = await spawnServer(store.env); // seeds users and definitions
    const hanne = createClient(server.url);
    const userId = ((await hanne.login()).body as { user: { id: string } }).user.id;
    await server.stop();
    const pathwayIds: string[] = [];
    await importBenchFamilies(store, copyFamilies(template.aggregate, size, userId), (aggregate) => {
      if (pathwayIds.length < ROUNDS * REQUESTS_PER_ROUND + 200)
        pathwayIds.push(Object.keys(aggregate.pathways)[0]!);
    });
    const startedAt = performance.now();
    server = await spawnServer(store.env);
    const startMs = Math.round(performance.now() - startedAt);
    try {
      await load(server.url, pathwayIds.splice(0, 200), data); // warm-up
      const rounds = [];
      for (let r = 0; r < ROUNDS; r++)
        rounds.push(
          await load(
            server.url,
            pathwayIds.splice(0, Math.min(REQUESTS_PER_ROUND, Math.floor(size / ROUNDS) - 70)),
            data,
          ),
        );
      const p50 = rounds.map((r) => percentile(r.latencies, 50));
      const p99 = rounds.map((r) => percentile(r.latencies, 99));
      return {
        p50: round2(median(p50)),
        p99: round2(median(p99)),
        p99Spread: round2(spread(p99)),
        perSecond: Math.round(median(rounds.map((r) => r.perSecond))),
        rss: await readRssMb(server),
        startMs,
      };
    } finally {
      await server.stop();
    }
  } finally {
    await store.dispose();
  }
}

export const submitLatency: Benchmark = {
  name: 'submit-latency',
  description: `Submit a due form over HTTP, ${CLIENTS} concurrent clients, with ${SIZES.join('/')} families stored, both stores`,
  async run(): Promise<BenchResult[]> {
    await buildServer();
    const template = await makeTemplateFamily();
    const data = JSON.parse(await readFile('tests/fixtures/submissions/F07-adbb.json', 'utf8'))
      .valid[0] as unknown;
    const results: BenchResult[] = [];
    const lowdbP99: Record<number, number> = {};
    const kinds = (process.env.BENCH_STORES ?? 'lowdb,postgres').split(',') as ('lowdb' | 'postgres')[];
    for (const kind of kinds) {
      for (const size of SIZES) {
        const m = await measure(kind, size, template, data);
        const at = `${kind} ${size} families`;
        results.push({ name: `submit p50, ${at}`, unit: 'ms', value: m.p50 });
        const p99: BenchResult = { name: `submit p99, ${at}`, unit: 'ms', value: m.p99, spread: m.p99Spread };
        results.push(kind === 'postgres' && size === 100_000 ? withTarget(p99, '<=', 25) : p99);
        results.push({ name: `submit throughput, ${at}`, unit: 'req/s', value: m.perSecond });
        const rss: BenchResult = { name: `server RSS, ${at}`, unit: 'MB', value: m.rss };
        results.push(size === 100_000 ? withTarget(rss, '<=', 400) : rss);
        results.push({ name: `server ready, ${at}`, unit: 'ms', value: m.startMs });
        if (kind === 'lowdb') lowdbP99[size] = m.p99;
      }
    }
    if (lowdbP99[1000] && lowdbP99[10000]) {
      results.push(
        withTarget(
          {
            name: 'lowdb p99 at 10,000 / p99 at 1,000',
            unit: '×',
            value: round2(lowdbP99[10000] / lowdbP99[1000]),
            baseline: lowdbP99[1000],
          },
          '<=',
          1.5,
        ),
      );
    }
    return results;
  },
};
