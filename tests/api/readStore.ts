import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The stored bytes of every family and of the system file: to prove a failed request wrote nothing. */
export async function readStore(dataDir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {
    'system.json': await readFile(join(dataDir, 'system.json'), 'utf8'),
  };
  for (const name of await readdir(join(dataDir, 'families'))) {
    files[`families/${name}`] = await readFile(join(dataDir, 'families', name), 'utf8');
  }
  return files;
}
