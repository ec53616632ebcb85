import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { DefinitionIssue, DefinitionSource } from '../../runtime';

/** Reads every `*.json` under `forms/` and `workflows/` of a definitions folder (or the given files). */
export async function readDefinitionFiles(
  paths: string[],
  root: string,
): Promise<{ sources: DefinitionSource[]; issues: DefinitionIssue[] }> {
  const sources: DefinitionSource[] = [];
  const issues: DefinitionIssue[] = [];
  for (const path of paths) {
    const source = relative(root, path) || path;
    try {
      sources.push({ source, content: JSON.parse(await readFile(path, 'utf8')) as unknown });
    } catch (error) {
      issues.push({ source, path: '', message: `cannot be read as JSON: ${(error as Error).message}` });
    }
  }
  return { sources, issues };
}

export async function listDefinitionFiles(definitionsDir: string): Promise<string[]> {
  const files: string[] = [];
  for (const folder of ['forms', 'workflows']) {
    const dir = join(definitionsDir, folder);
    const names = await readdir(dir).catch(() => [] as string[]);
    files.push(
      ...names
        .filter((n) => n.endsWith('.json'))
        .sort()
        .map((n) => join(dir, n)),
    );
  }
  return files;
}
