import { createHash } from 'node:crypto';
import type { AccessEntry, ChainedEntry } from './AccessEntry';

/** The `prev` of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** Chains an entry to the one before it: any later edit, deletion or reordering breaks the chain. */
export function chainEntry(entry: AccessEntry, seq: number, prev: string): ChainedEntry {
  const body = { ...entry, seq, prev };
  return { ...body, hash: toEntryHash(body) };
}

export function toEntryHash(body: Omit<ChainedEntry, 'hash'>): string {
  return createHash('sha256').update(body.prev).update('\n').update(toCanonicalJson(body)).digest('hex');
}

/** JSON with object keys sorted, so the hash does not depend on the order keys were written in. */
export function toCanonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(toCanonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${toCanonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
