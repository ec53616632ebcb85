import { createLibrary, type Library } from '../../runtime';
import type { StorageAdapter, StoredDefinition } from '../storage/types';
import { hashDefinition } from './hashDefinition';
import { loadParameterProfile, type ParameterProfile } from './loadParameterProfile';
import { listDefinitionFiles, readDefinitionFiles } from './readDefinitionFiles';
import { DefinitionError } from '../../runtime';

export interface DefinitionCatalog {
  library: Library;
  /** The municipality's parameter values (empty when none are configured). */
  profile: ParameterProfile;
  /** Content hash of a stored definition version, for pinning. */
  getHash(kind: 'form' | 'workflow', id: string, version: number): string;
}

/**
 * Definitions live in the store; the files in `definitions/` seed it. A version already stored is never
 * overwritten: a file whose content differs from the stored version of the same number is an error.
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
  const key = (d: { kind: string; id: string; version: number }) => `${d.kind}:${d.id}@${d.version}`;
  const byKey = new Map(stored.map((d) => [key(d), d]));

  // Check the whole set before storing anything, so a broken file never half-seeds the store.
  const candidate = [...stored.map((d) => ({ source: `store:${key(d)}`, content: d.content }))];
  const added: StoredDefinition[] = [];
  for (const { source, content } of sources) {
    const { kind, id, version } = content as { kind: 'form' | 'workflow'; id: string; version: number };
    const hash = hashDefinition(content);
    const existing = byKey.get(key({ kind, id, version }));
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
  const library = createLibrary(candidate, { trusted: added.length === 0 });
  for (const definition of added) await storage.putDefinition(definition);
  const hashes = new Map([...stored, ...added].map((d) => [key(d), d.hash]));
  return {
    library,
    profile: await loadParameterProfile(parametersFile, library),
    getHash: (kind, id, version) => hashes.get(key({ kind, id, version })) ?? '',
  };
}
