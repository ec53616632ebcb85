import { spawnSync } from 'node:child_process';
import type { Benchmark, BenchResult } from './Benchmark';

/** `npm run bench -- faults`: the crash test at full count (CRASH_CYCLES, default 300) on both stores. */
export const faults: Benchmark = {
  name: 'faults',
  description: 'SIGKILL during concurrent writes, restart, check every acknowledged write (both stores)',
  async run(): Promise<BenchResult[]> {
    const cycles = Number(process.env.CRASH_CYCLES ?? 300);
    const started = performance.now();
    const run = spawnSync('npx', ['vitest', 'run', '--project', 'faults'], {
      env: { ...process.env, CRASH_CYCLES: String(cycles) },
      stdio: 'inherit',
    });
    return [
      {
        name: `kill-and-restart cycles per store, zero acknowledged writes lost`,
        unit: 'cycles',
        value: run.status === 0 ? cycles : 0,
        note: run.status === 0 ? 'passed' : 'FAILED',
      },
      { name: 'fault run time', unit: 's', value: Math.round((performance.now() - started) / 1000) },
    ];
  },
};
