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
  let queue = Promise.resolve();
  return {
    record(entry: AccessEntry): Promise<void> {
      const line = `${JSON.stringify(entry)}\n`;
      const write = queue.then(async () => {
        await handle.appendFile(line);
        await handle.datasync();
      });
      queue = write.catch(() => undefined);
      return write;
    },
    close: () => queue.then(() => handle.close()),
  };
}

export type AccessLog = Awaited<ReturnType<typeof createAccessLog>>;
