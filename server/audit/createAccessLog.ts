import { open, readFile, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import type { AccessEntry, ChainedEntry } from './AccessEntry';
import { chainEntry, GENESIS_HASH } from './chainEntry';
import { createSearchHasher } from './createSearchHasher';
import { verifyAccessChain, type ChainReport } from './verifyAccessChain';

export type { AccessAction, AccessEntry, ChainedEntry } from './AccessEntry';

/** The port the routes use; one adapter per store (a JSON-lines file here, a table on PostgreSQL). */
export interface AccessLog {
  /** Appends an entry; resolves once it is durable. If it rejects, the request must fail. */
  record(entry: AccessEntry): Promise<void>;
  /** Every entry, oldest first (for the audit views). */
  list(): Promise<ChainedEntry[]>;
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
      const lines = batch.map((p) => {
        const chained = chainEntry(p.entry, ++nextSeq, nextHead);
        nextHead = chained.hash;
        return `${JSON.stringify(chained)}\n`;
      });
      try {
        await handle.appendFile(lines.join(''));
        await handle.datasync();
        seq = nextSeq;
        head = nextHead;
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
