import { randomInt } from 'node:crypto';
import { open, readFile, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import type { AccessEntry, ChainedEntry } from './AccessEntry';
import { collectPage, type AccessQuery } from './AccessQuery';
import { chainEntry, GENESIS_HASH } from './chainEntry';
import { createAccessLogIndex } from './createAccessLogIndex';
import { createSearchHasher } from './createSearchHasher';
import { verifyAccessChain, type ChainReport } from './verifyAccessChain';

export type { AccessAction, AccessEntry, ChainedEntry } from './AccessEntry';

/** The port the routes use; one adapter per store (a JSON-lines file here, a table on PostgreSQL). */
export interface AccessLog {
  /** Appends an entry; resolves once it is durable. If it rejects, the request must fail. */
  record(entry: AccessEntry): Promise<void>;
  /** Every entry, oldest first. */
  list(): Promise<ChainedEntry[]>;
  /** A page of entries about a family or by a user, newest first (the audit views; indexed, not a scan). */
  page(query: AccessQuery): Promise<ChainedEntry[]>;
  /** `size` distinct random entries that concern family data (the spot check). */
  sample(size: number, pick?: (max: number) => number): Promise<ChainedEntry[]>;
  /** Checks the hash chain. */
  verify(): Promise<ChainReport>;
  /** A search criterion as the log may keep it (kind + keyed hash). */
  describeSearch(criterion: string): { kind: 'date' | 'text'; hash: string };
  close(): Promise<void>;
}

/**
 * The access log on the embedded store: one JSON line per use of family data, chained by hash, appended
 * and synced to disk before the response is sent. If it cannot be written the request fails (the caller
 * awaits `record`), and the log stays closed for writing until restart, so the chain on disk never skips.
 */
export async function createAccessLog(dataDir: string): Promise<AccessLog> {
  const path = join(dataDir, 'access.log');
  const describeSearch = await createSearchHasher(dataDir);
  const handle: FileHandle = await open(path, 'a+', 0o600);
  const tail = await readTail(handle);
  let { seq, head } = tail;
  // A line cut off by a crash stays where it is (verify reports it); new entries start on a fresh line.
  if (tail.partial) await handle.appendFile('\n');
  const index = createAccessLogIndex();
  await index.build(handle);
  let size = (await handle.stat()).size;
  let broken: Error | undefined;
  // Group commit: entries that arrive while a sync is under way share the next write and sync, so the
  // log keeps up with many workers without giving up "on disk before the response".
  let pending: { entry: AccessEntry; done: (error?: Error) => void }[] = [];
  let flushing: Promise<void> | undefined;
  const flush = async (): Promise<void> => {
    while (pending.length > 0) {
      const batch = pending;
      pending = [];
      if (broken) {
        batch.forEach((p) => p.done(broken));
        continue;
      }
      let nextSeq = seq;
      let nextHead = head;
      const chained = batch.map((p) => {
        const entry = chainEntry(p.entry, ++nextSeq, nextHead);
        nextHead = entry.hash;
        return entry;
      });
      const lines = chained.map((entry) => JSON.stringify(entry));
      try {
        await handle.appendFile(lines.map((line) => `${line}\n`).join(''));
        await handle.datasync();
        seq = nextSeq;
        head = nextHead;
        chained.forEach((entry, i) => {
          const length = Buffer.byteLength(lines[i]!);
          index.add(entry, size, length);
          size += length + 1;
        });
        batch.forEach((p) => p.done());
      } catch (error) {
        broken = error as Error;
        batch.forEach((p) => p.done(error as Error));
      }
    }
    flushing = undefined;
  };
  const readLines = async () => (await readFile(path, 'utf8')).split('\n');
  return {
    record(entry) {
      return new Promise<void>((resolve, reject) => {
        pending.push({ entry, done: (error) => (error ? reject(error) : resolve()) });
        flushing ??= flush();
      });
    },
    async list() {
      await flushing;
      return (await readLines()).flatMap((line) => {
        if (!line.trim()) return [];
        try {
          return [JSON.parse(line) as ChainedEntry];
        } catch {
          return [];
        }
      });
    },
    async page(query) {
      await flushing;
      const key =
        query.familyId !== undefined ? { familyId: query.familyId } : { userId: query.userId ?? '' };
      return collectPage(query, (before, count) => index.read(handle, key, before, count));
    },
    async sample(count, pick = randomInt) {
      await flushing;
      return (await index.sample(handle, count, pick)).sort((a, b) => b.seq - a.seq);
    },
    async verify() {
      await flushing;
      return verifyAccessChain(await readLines());
    },
    describeSearch,
    async close() {
      await flushing;
      await handle.close();
    },
  };
}

/** The number and hash of the last whole entry, read from the end of the file (not the whole log). */
async function readTail(handle: FileHandle): Promise<{ seq: number; head: string; partial: boolean }> {
  const { size } = await handle.stat();
  if (size === 0) return { seq: 0, head: GENESIS_HASH, partial: false };
  const length = Math.min(size, 256 * 1024);
  const buffer = Buffer.alloc(length);
  await handle.read(buffer, 0, length, size - length);
  const text = buffer.toString('utf8');
  const partial = !text.endsWith('\n');
  const lines = text.split('\n').slice(length < size ? 1 : 0);
  if (partial) lines.pop();
  for (let i = lines.length - 1; i >= 0; i--) {
    try {
      const entry = JSON.parse(lines[i] ?? '') as Partial<ChainedEntry>;
      if (typeof entry.hash === 'string' && typeof entry.seq === 'number')
        return { seq: entry.seq, head: entry.hash, partial };
    } catch {
      // not a whole entry: keep looking further back
    }
  }
  return { seq: 0, head: GENESIS_HASH, partial };
}
