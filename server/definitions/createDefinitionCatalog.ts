import { createLibrary, DefinitionError, type DefinitionSource, type Library } from '../../runtime';
import type { DefinitionKind, StorageAdapter, StoredDefinition } from '../storage/types';
import { hashDefinition } from './hashDefinition';
import { loadParameterProfile, type ParameterProfile } from './loadParameterProfile';
import { listDefinitionFiles, readDefinitionFiles } from './readDefinitionFiles';
import { toLiveLibrary } from './toLiveLibrary';

export interface DefinitionCatalog {
  /** The published library as of now: it changes when a version is published or retired. */
  readonly library: Library;
  /** The municipality's parameter values (empty when none are configured). */
  profile: ParameterProfile;
  /** Content hash of a stored definition version, for pinning. */
  getHash(kind: DefinitionKind, id: string, version: number): string;
  /** Every stored version of a definition, oldest first (with retirement and published scenarios). */
  listVersions(kind: DefinitionKind, id: string): StoredDefinition[];
  /** Every stored version of every definition. */
  listStored(): StoredDefinition[];
  /** Re-reads the store (another process may have published) and swaps the library if anything changed. */
  reload(): Promise<void>;
  /** Reloads only if the store's stamp says a version was added or retired since (one cheap query). */
  refresh(): Promise<void>;
  /** True when the version is loaded, reading the store once if this process has not seen it yet. */
  ensure(kind: DefinitionKind, id: string, version: number): Promise<boolean>;
}

export const SEED_ACTOR = { id: 'system', name: 'Definitionsfiler' };

const keyOf = (d: { kind: string; id: string; version: number }) => `${d.kind}:${d.id}@${d.version}`;

/**
 * Definitions live in the store; the files in `definitions/` seed it. A version already stored is never
 * overwritten: a file whose content differs from the stored version of the same number is an error.
 * Publishing adds versions while the server runs: the catalog rebuilds its library from the store (stored
 * versions were fully checked when added, so the rebuild trusts them and is cheap).
 */
export async function createDefinitionCatalog(
  storage: StorageAdapter,
  definitionsDir: string,
  now: () => Date,
  parametersFile?: string,
): Promise<DefinitionCatalog> {
  const { sources, issues } = await readDefinitionFiles(
    await listDefinitionFiles(definitionsDir),
    definitionsDir,
  );
  if (issues.length > 0) throw new DefinitionError(issues);
  const stored = await storage.listDefinitions();
  const byKey = new Map(stored.map((d) => [keyOf(d), d]));

  // Check the whole set before storing anything, so a broken file never half-seeds the store.
  const candidate: DefinitionSource[] = stored.map((d) => ({
    source: `store:${keyOf(d)}`,
    content: d.content,
  }));
  const added: StoredDefinition[] = [];
  for (const { source, content } of sources) {
    const { kind, id, version } = content as { kind: DefinitionKind; id: string; version: number };
    const hash = hashDefinition(content);
    const existing = byKey.get(keyOf({ kind, id, version }));
    if (existing) {
      if (existing.hash !== hash) {
        throw new DefinitionError([
          {
            source,
            path: '/version',
            message: `${kind} ${id} version ${version} is already published with other content; give the change a new version`,
          },
        ]);
      }
      continue;
    }
    added.push({ kind, id, version, hash, content, addedAt: now().toISOString() });
    candidate.push({ source, content });
  }
  // Stored versions were checked in full when they were added; a start that adds nothing trusts them.
  let library = toLiveLibrary(createLibrary(candidate, { trusted: added.length === 0 }), [
    ...stored,
    ...added,
  ]);
  for (const definition of added) await storage.putDefinition(definition);
  if (added.length > 0)
    await storage.appendDefinitionHistory(
      ...added.map((definition) => ({
        kind: definition.kind,
        id: definition.id,
        version: definition.version,
        action: 'seeded' as const,
        at: definition.addedAt,
        by: SEED_ACTOR,
        comment: 'Indlæst fra definitionsfilerne (seeded from files)',
      })),
    );
  let all = [...stored, ...added];
  let stamp = toStamp(all);
  let hashes = new Map(all.map((d) => [keyOf(d), d.hash]));

  const reload = async () => {
    const fresh = await storage.listDefinitions();
    const freshStamp = toStamp(fresh);
    if (freshStamp === stamp) return;
    library = toLiveLibrary(
      createLibrary(
        fresh.map((d) => ({ source: `store:${keyOf(d)}`, content: d.content })),
        { trusted: true },
      ),
      fresh,
    );
    all = fresh;
    stamp = freshStamp;
    hashes = new Map(all.map((d) => [keyOf(d), d.hash]));
  };
  // One reload at a time, in order: a reload asked for after a write always reads the store after that write.
  let reloads: Promise<void> = Promise.resolve();
  const sharedReload = () => {
    const next = reloads.then(reload);
    reloads = next.catch(() => undefined);
    return next;
  };
  const isLoaded = (kind: DefinitionKind, id: string, version: number) =>
    kind === 'form' ? !!library.getForm(id, version) : !!library.getWorkflow(id, version);

  return {
    get library() {
      return library;
    },
    profile: await loadParameterProfile(parametersFile, library),
    getHash: (kind, id, version) => hashes.get(keyOf({ kind, id, version })) ?? '',
    listVersions: (kind, id) =>
      all.filter((d) => d.kind === kind && d.id === id).sort((a, b) => a.version - b.version),
    listStored: () => all,
    reload: sharedReload,
    async refresh() {
      const current = `${all.length}:${all.filter((d) => d.retiredAt).length}`;
      if ((await storage.getDefinitionsStamp()) !== current) await sharedReload();
    },
    async ensure(kind, id, version) {
      if (isLoaded(kind, id, version)) return true;
      await sharedReload();
      return isLoaded(kind, id, version);
    },
  };
}

/** Changes whenever a version is added or retired. */
function toStamp(definitions: StoredDefinition[]): string {
  return definitions
    .map((d) => `${keyOf(d)}${d.retiredAt ? '!' : ''}`)
    .sort()
    .join('|');
}
