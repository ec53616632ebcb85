import { buildServer } from '../../server/buildServer';
import { withTarget, type Benchmark, type BenchResult } from './Benchmark';
import { readRssMb } from './benchStore';
import { prepare, readSubmission, runStaffLoad } from './httpLoad.bench';
import { round2 } from './stats';

const SOAK_SECONDS = Number(process.env.SOAK_SECONDS ?? 7200);
const WINDOW_SECONDS = Number(process.env.SOAK_WINDOW_SECONDS ?? 600);
const FAMILIES = Number(process.env.SOAK_FAMILIES ?? 20_000);

/**
 * `npm run soak`: the 60-staff load for two hours on the embedded store, in windows; reports how p99 and
 * memory drift from the first window to the last (a leak or a slowly growing index shows as a ratio > 1).
 */
export const soak: Benchmark = {
  name: 'soak',
  description: `60 staff for ${SOAK_SECONDS} s in ${WINDOW_SECONDS} s windows (embedded store, ${FAMILIES} families)`,
  async run(): Promise<BenchResult[]> {
    await buildServer();
    const submission = await readSubmission();
    const prepared = await prepare('lowdb', FAMILIES);
    try {
      const windows: { readP99: number; writeP99: number; rss: number; errors: number }[] = [];
      for (let elapsed = 0; elapsed < SOAK_SECONDS; elapsed += WINDOW_SECONDS) {
        const { reads, writes } = await runStaffLoad(prepared, submission, WINDOW_SECONDS);
        windows.push({
          readP99: reads.latency.p99,
          writeP99: writes.latency.p99,
          rss: await readRssMb(prepared.server),
          errors:
            reads.errors + reads.timeouts + reads.non2xx + writes.errors + writes.timeouts + writes.non2xx,
        });
        console.info(`  window ${windows.length}: ${JSON.stringify(windows.at(-1))}`);
      }
      const first = windows[0]!;
      const last = windows.at(-1)!;
      return [
        { name: 'soak: read p99, first window', unit: 'ms', value: first.readP99 },
        { name: 'soak: read p99, last window', unit: 'ms', value: last.readP99 },
        { name: 'soak: write p99, last window', unit: 'ms', value: last.writeP99 },
        withTarget(
          {
            name: 'soak: read p99 drift (last / first)',
            unit: '×',
            value: round2(last.readP99 / first.readP99),
          },
          '<=',
          1.5,
        ),
        { name: 'soak: RSS, first window', unit: 'MB', value: first.rss },
        withTarget(
          { name: 'soak: RSS drift (last / first)', unit: '×', value: round2(last.rss / first.rss) },
          '<=',
          1.25,
        ),
        withTarget(
          { name: 'soak: errors', unit: 'requests', value: windows.reduce((sum, w) => sum + w.errors, 0) },
          '<=',
          0,
        ),
      ];
    } finally {
      await prepared.dispose();
    }
  },
};
