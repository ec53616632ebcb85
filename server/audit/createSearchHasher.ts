import { createHmac, randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * Turns a search criterion into what the access log may keep: its kind and a keyed hash. The key is
 * `FORLOEB_AUDIT_KEY` (several processes must share it) or `access-log.key` in the data folder, made on
 * first start, readable by the server's user only.
 */
export async function createSearchHasher(dataDir: string, key = process.env.FORLOEB_AUDIT_KEY) {
  const secret = key ?? (await readOrMakeKey(join(dataDir, 'access-log.key')));
  return (criterion: string): { kind: 'date' | 'text'; hash: string } => {
    const normalised = criterion.trim().toLowerCase().normalize('NFC');
    return {
      kind: DATE.test(normalised) ? 'date' : 'text',
      hash: createHmac('sha256', secret).update(normalised).digest('hex'),
    };
  };
}

export type SearchHasher = Awaited<ReturnType<typeof createSearchHasher>>;

async function readOrMakeKey(path: string): Promise<string> {
  try {
    return (await readFile(path, 'utf8')).trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    const made = randomBytes(32).toString('hex');
    // `wx`: if another process made it a moment ago, use theirs.
    try {
      await writeFile(path, `${made}\n`, { mode: 0o600, flag: 'wx' });
      return made;
    } catch (raced) {
      if ((raced as NodeJS.ErrnoException).code !== 'EEXIST') throw raced;
      return (await readFile(path, 'utf8')).trim();
    }
  }
}
