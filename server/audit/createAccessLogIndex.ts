import type { FileHandle } from 'node:fs/promises';
import type { ChainedEntry } from './AccessEntry';
import { concernsFamilies } from './AccessQuery';

/**
 * Where each entry of the access-log file is (byte offset and length), and which entries concern a family
 * or were written by a user: built once when the log opens, appended to as entries are written, so the
 * audit views read only the lines they show instead of the whole log.
 */
export function createAccessLogIndex() {
  const seqs: number[] = [];
  const offsets: number[] = [];
  const lengths: number[] = [];
  const byFamily = new Map<string, number[]>();
  const byUser = new Map<string, number[]>();
  const withFamily: number[] = [];
  const push = (map: Map<string, number[]>, key: string, i: number) => {
    const list = map.get(key);
    if (list) list.push(i);
    else map.set(key, [i]);
  };

  const add = (entry: ChainedEntry, offset: number, length: number) => {
    const i = seqs.length;
    seqs.push(entry.seq);
    offsets.push(offset);
    lengths.push(length);
    push(byUser, entry.userId, i);
    for (const familyId of new Set([...(entry.familyId ? [entry.familyId] : []), ...(entry.familyIds ?? [])]))
      push(byFamily, familyId, i);
    if (concernsFamilies(entry)) withFamily.push(i);
  };

  const readAt = async (handle: FileHandle, indices: number[]): Promise<ChainedEntry[]> =>
    Promise.all(
      indices.map(async (i) => {
        const buffer = Buffer.alloc(lengths[i]!);
        await handle.read(buffer, 0, buffer.length, offsets[i]);
        return JSON.parse(buffer.toString('utf8')) as ChainedEntry;
      }),
    );

  return {
    add,
    /** Reads the whole file once (at open) in chunks and indexes every whole entry. */
    async build(handle: FileHandle): Promise<void> {
      const { size } = await handle.stat();
      const chunk = Buffer.alloc(1024 * 1024);
      let carry = Buffer.alloc(0);
      let carryStart = 0;
      for (let position = 0; position < size;) {
        const { bytesRead } = await handle.read(chunk, 0, chunk.length, position);
        if (bytesRead === 0) break;
        const data = Buffer.concat([carry, chunk.subarray(0, bytesRead)]);
        let start = 0;
        for (let end = data.indexOf(10); end !== -1; end = data.indexOf(10, start)) {
          const line = data.subarray(start, end);
          try {
            const entry = JSON.parse(line.toString('utf8')) as ChainedEntry;
            if (typeof entry.seq === 'number') add(entry, carryStart + start, line.length);
          } catch {
            // a damaged line: the chain check reports it; the views skip it
          }
          start = end + 1;
        }
        carryStart += start;
        carry = Buffer.from(data.subarray(start));
        position += bytesRead;
      }
    },
    /** Up to `count` entries about a family or by a user with a seq below `before`, newest first. */
    async read(
      handle: FileHandle,
      key: { familyId?: string; userId?: string },
      before: number | undefined,
      count: number,
    ): Promise<ChainedEntry[]> {
      const list =
        (key.familyId !== undefined ? byFamily.get(key.familyId) : byUser.get(key.userId ?? '')) ?? [];
      // The last position whose seq is below the cursor (seqs grow with the index).
      let high = list.length;
      if (before !== undefined) {
        let low = 0;
        while (low < high) {
          const mid = (low + high) >> 1;
          if (seqs[list[mid]!]! < before) low = mid + 1;
          else high = mid;
        }
      }
      return readAt(handle, list.slice(Math.max(0, high - count), high).reverse());
    },
    /** `size` distinct entries that concern family data, each equally likely. */
    async sample(handle: FileHandle, size: number, pick: (max: number) => number): Promise<ChainedEntry[]> {
      const count = Math.min(size, withFamily.length);
      const chosen = new Set<number>();
      // Floyd's algorithm: `count` distinct positions without copying the whole list.
      for (let j = withFamily.length - count; j < withFamily.length; j++) {
        const t = pick(j + 1);
        chosen.add(chosen.has(t) ? j : t);
      }
      return readAt(
        handle,
        [...chosen].map((position) => withFamily[position]!),
      );
    },
  };
}
