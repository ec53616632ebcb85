import type { ChainedEntry } from './AccessEntry';
import { GENESIS_HASH, toEntryHash } from './chainEntry';

export interface ChainProblem {
  /** 1-based line (or row) number. */
  line: number;
  reason: string;
}

export interface ChainReport {
  ok: boolean;
  entries: number;
  /** The hash of the last entry: keep it elsewhere (a printout, another system) to detect truncation too. */
  head: string;
  problems: ChainProblem[];
}

/**
 * Checks the hash chain: every entry's hash matches its content, names the hash of the entry before it and
 * has the next number. An edited, deleted, inserted or moved entry shows up as a problem at its line. A
 * log cut off at the end is only detected against a head kept elsewhere (`expectedHead`).
 */
export function verifyAccessChain(lines: readonly string[], expectedHead?: string): ChainReport {
  const problems: ChainProblem[] = [];
  let prev = GENESIS_HASH;
  let seq = 0;
  let count = 0;
  lines.forEach((text, index) => {
    const line = index + 1;
    if (text.trim() === '') return;
    let entry: ChainedEntry;
    try {
      entry = JSON.parse(text) as ChainedEntry;
    } catch {
      problems.push({ line, reason: 'is not valid JSON' });
      return;
    }
    count += 1;
    if (!entry || typeof entry !== 'object' || typeof entry.hash !== 'string') {
      problems.push({ line, reason: 'has no hash' });
      return;
    }
    const { hash, ...body } = entry;
    if (entry.seq !== seq + 1) problems.push({ line, reason: `is number ${entry.seq}, expected ${seq + 1}` });
    if (entry.prev !== prev) problems.push({ line, reason: 'does not follow the entry before it' });
    if (toEntryHash(body) !== hash) problems.push({ line, reason: 'was changed after it was written' });
    prev = hash;
    seq = typeof entry.seq === 'number' ? entry.seq : seq + 1;
  });
  if (expectedHead !== undefined && expectedHead !== prev)
    problems.push({ line: lines.length, reason: 'the log does not end with the expected head' });
  return { ok: problems.length === 0, entries: count, head: prev, problems };
}
