import { open, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';

export interface DataLock {
  release(): Promise<void>;
}

/**
 * The embedded store allows one writing process: a second server on the same DATA_DIR refuses to start
 * with a clear message. A lock left by a process that no longer runs (a crash) is taken over.
 */
const heldHere = new Set<string>();

export async function acquireDataLock(dataDir: string): Promise<DataLock> {
  const path = join(dataDir, 'server.lock');
  if (heldHere.has(path)) throw new Error(`The data folder ${dataDir} is already open in this process.`);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(path, 'wx', 0o600);
      await handle.writeFile(String(process.pid));
      await handle.sync();
      await handle.close();
      heldHere.add(path);
      return {
        release: async () => {
          heldHere.delete(path);
          await unlink(path).catch(() => undefined);
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number((await readFile(path, 'utf8').catch(() => '')).trim());
      if (pid && pid !== process.pid && isRunning(pid)) {
        throw new Error(
          `The data folder ${dataDir} is in use by another Forløb server (process ${pid}). ` +
            'The embedded store allows one server at a time; use PostgreSQL (DATABASE_URL) for several.',
        );
      }
      await unlink(path).catch(() => undefined);
    }
  }
  throw new Error(`Could not lock the data folder ${dataDir}`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
