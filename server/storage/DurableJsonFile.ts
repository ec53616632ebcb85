import { open, readFile, rename, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Adapter } from 'lowdb';

/**
 * A lowdb adapter whose write is on disk when it resolves: write a temp file, fsync it, rename it over the
 * old one, fsync the folder. A crash leaves either the old or the new file, never half of one.
 * (lowdb's own JSONFile does not fsync, and JSONFilePreset silently keeps data in memory under NODE_ENV=test.)
 */
export class DurableJsonFile<T> implements Adapter<T> {
  /** Writes through one instance go one at a time, in call order: two never share the temp file. */
  private writing: Promise<void> = Promise.resolve();

  constructor(private readonly path: string) {}

  async read(): Promise<T | null> {
    try {
      return JSON.parse(await readFile(this.path, 'utf8')) as T;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  write(data: T): Promise<void> {
    const next = this.writing.then(() => this.writeNow(data));
    this.writing = next.catch(() => undefined);
    return next;
  }

  private async writeNow(data: T): Promise<void> {
    const temp = `${this.path}.${process.pid}.tmp`;
    const handle = await open(temp, 'w', 0o600);
    try {
      await handle.writeFile(JSON.stringify(data));
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      await rename(temp, this.path);
    } catch (error) {
      await unlink(temp).catch(() => undefined);
      throw error;
    }
    await syncFolder(dirname(this.path));
  }
}

export async function syncFolder(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
