import { open, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';

export type AccessAction = 'read' | 'search' | 'write' | 'login' | 'login-failed';

export interface AccessEntry {
  at: string;
  userId: string;
  action: AccessAction;
  /** What was touched, by id only: `family:…`, `pathway:…`, `submission:…`. Never names or data. */
  resource: string;
  familyId?: string;
}

/**
 * The access log: one JSON line per use of family data, appended and synced to disk before the response
 * is sent. If it cannot be written the request fails (the caller awaits `record`).
 */
export async function createAccessLog(dataDir: string) {
  const handle: FileHandle = await open(join(dataDir, 'access.log'), 'a', 0o600);
  // Group commit: entries that arrive while a sync is under way share the next write and sync, so the
  // log keeps up with many workers without giving up "on disk before the response".
  let pending: { line: string; done: (error?: Error) => void }[] = [];
  let flushing: Promise<void> | undefined;
  const flush = async (): Promise<void> => {
    while (pending.length > 0) {
      const batch = pending;
      pending = [];
      try {
        await handle.appendFile(batch.map((p) => p.line).join(''));
        await handle.datasync();
        batch.forEach((p) => p.done());
      } catch (error) {
        batch.forEach((p) => p.done(error as Error));
      }
    }
    flushing = undefined;
  };
  return {
    record(entry: AccessEntry): Promise<void> {
      return new Promise<void>((resolve, reject) => {
        pending.push({
          line: `${JSON.stringify(entry)}\n`,
          done: (error) => (error ? reject(error) : resolve()),
        });
        flushing ??= flush();
      });
    },
    async close() {
      await flushing;
      await handle.close();
    },
  };
}

export type AccessLog = Awaited<ReturnType<typeof createAccessLog>>;
