import { readFile, writeFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import { validateBody } from '../http/validateBody';
import { createDefinitionCatalog } from '../definitions/createDefinitionCatalog';
import { hashDefinition } from '../definitions/hashDefinition';
import { listDefinitionFiles, readDefinitionFiles } from '../definitions/readDefinitionFiles';
import { checkBundle } from '../services/checkBundle';
import { bundleSchema, type DefinitionBundle } from '../services/createDefinitionBundles';
import { createDefinitionService } from '../services/createDefinitionService';
import { createLowdbStorage } from '../storage/createLowdbStorage';
import { createPostgresStorage } from '../storage/postgres/createPostgresStorage';
import type { StorageAdapter } from '../storage/types';

export interface CliOptions {
  root: string;
  env: NodeJS.ProcessEnv;
  log: (line: string) => void;
  now?: () => Date;
}

export async function readBundle(path: string): Promise<DefinitionBundle> {
  const content = JSON.parse(await readFile(path, 'utf8')) as unknown;
  try {
    return validateBody<DefinitionBundle>(bundleSchema, content);
  } catch {
    throw new Error(`${path} is not a forloeb-bundle (format 'forloeb-bundle', version 1)`);
  }
}

/** The store the server would use: DATABASE_URL (PostgreSQL) or DATA_DIR (default ./data). Stop a lowdb server first. */
function openStore(options: CliOptions): StorageAdapter {
  const { env } = options;
  return env.DATABASE_URL
    ? createPostgresStorage({
        connectionString: env.DATABASE_URL,
        ...(env.DATABASE_SCHEMA ? { schema: env.DATABASE_SCHEMA } : {}),
      })
    : createLowdbStorage(resolve(options.root, env.DATA_DIR ?? 'data'));
}

async function withService<T>(
  options: CliOptions,
  work: (service: ReturnType<typeof createDefinitionService>) => Promise<T>,
): Promise<T> {
  const storage = openStore(options);
  await storage.open();
  try {
    const now = options.now ?? (() => new Date());
    const catalog = await createDefinitionCatalog(storage, resolve(options.root, 'definitions'), now);
    return await work(createDefinitionService({ storage, catalog, now }));
  } finally {
    await storage.close();
  }
}

/** `export-bundle <workflowId> <version> [file]`: a published workflow version from the store as a bundle file. */
export async function exportBundle(options: CliOptions, id: string, version: number, file?: string) {
  const bundle = await withService(options, (s) => s.bundles.exportBundle(id, version));
  const out = resolve(options.root, file ?? `${id}.v${version}.bundle.json`);
  await writeFile(out, `${JSON.stringify(bundle, null, 2)}\n`);
  options.log(`Wrote ${out} (${bundle.forms.length} forms, ${bundle.scenarios.length} scenarios)`);
}

/**
 * `validate-bundle <file>`: the bundle through the publishing gate, with the definition files in definitions/
 * for anything it names but does not carry. No store needed (for CI on a git repository of definitions).
 */
export async function validateBundle(options: CliOptions, file: string): Promise<string[]> {
  const bundle = await readBundle(resolve(options.root, file));
  const dir = resolve(options.root, 'definitions');
  const { sources } = await readDefinitionFiles(await listDefinitionFiles(dir), dir);
  const context = sources.map(({ content }) => {
    const d = content as { kind: 'form' | 'workflow'; id: string; version: number };
    return { kind: d.kind, id: d.id, version: d.version, content, hash: hashDefinition(content) };
  });
  const issues = checkBundle(bundle, context);
  if (issues.length === 0)
    options.log(
      `${file}: valid (${bundle.workflow.id}@${bundle.workflow.version}, ${bundle.forms.length} forms)`,
    );
  for (const issue of issues) options.log(`  ${issue}`);
  return issues;
}

/** `diff-bundle <file>`: per definition new / same / differs against the store, with release notes in Danish. */
export async function diffBundle(options: CliOptions, file: string) {
  const bundle = await readBundle(resolve(options.root, file));
  const entries = await withService(options, (s) => s.bundles.preview(bundle));
  for (const e of entries) {
    const against = e.installedVersion ? ` (installed: version ${e.installedVersion})` : '';
    const level = e.classification ? `, ${e.classification.level}` : '';
    options.log(`${e.kind} ${e.id}@${e.version}: ${e.status}${against}${level}`);
    for (const note of e.releaseNotes?.da ?? []) options.log(`  - ${note}`);
  }
  return entries;
}

/**
 * `publish-bundle <file> --user <name> [--approved-by <name>] --comment <why>`: publishes straight into the
 * store, through the same gate, recording the CLI user. A breaking change needs `--approved-by`.
 */
export async function publishBundle(
  options: CliOptions,
  file: string,
  flags: { user?: string; approvedBy?: string; comment?: string },
) {
  const bundle = await readBundle(resolve(options.root, file));
  const name = flags.user ?? options.env.FORLOEB_USER ?? userInfo().username;
  const actor = { id: `cli:${name}`, name };
  const comment = flags.comment ?? `Udgivet fra ${file} med definitions-CLI`;
  const results = await withService(options, (s) =>
    s.bundles.publishBundle(bundle, comment, actor, flags.approvedBy),
  );
  if (results.length === 0) options.log('Nothing to publish: the store already has this content.');
  for (const r of results)
    options.log(`Published ${r.kind} ${r.id} version ${r.version} (${r.classification.level}) as ${name}`);
  return results;
}
