import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** `npm run fuzz` sets FUZZ_FULL=1: the full counts. CI (`npm test`) runs the reduced ones in about a minute. */
export const FULL = process.env.FUZZ_FULL === '1';
export const SEED = Number(process.env.FUZZ_SEED ?? 1123);

export const COUNTS = FULL
  ? { definitions: 10_000, definitionsThroughApi: 10_000, submissions: 100_000, submissionsThroughApi: 2_000 }
  : { definitions: 500, definitionsThroughApi: 60, submissions: 5_000, submissionsThroughApi: 150 };

/** A small seeded generator (LCG): every run with the same seed makes the same inputs. */
export function createRandom(seed: number) {
  let state = seed >>> 0 || 1;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const int = (max: number) => Math.floor(next() * max);
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => items[int(items.length)] as T,
    chance: (p: number) => next() < p,
  };
}
export type Random = ReturnType<typeof createRandom>;

/** Full runs write their numbers to a summary file (and the console) for the release note. */
export function writeSummary(name: string, summary: Record<string, unknown>): void {
  const line = JSON.stringify({ name, full: FULL, seed: SEED, ...summary });
  console.log(`fuzz summary: ${line}`);
  if (FULL) writeFileSync(join(tmpdir(), `forloeb-fuzz-${name}.json`), `${line}\n`);
}
