import type { FormDefinition, WorkflowDefinition } from '../../runtime';
import { classifyChange, diffForm, diffWorkflow, toReleaseNotes } from '../../runtime/definitions/diff';
import { problems } from '../http/ProblemError';
import type { Services } from '../routes/Services';
import type { DefinitionKind } from '../storage/types';
import { checkBundle } from './checkBundle';
import { createDefinitionBundles, type DefinitionBundle } from './createDefinitionBundles';
import { createDefinitionDrafts } from './createDefinitionDrafts';
import { createDefinitionLifecycle } from './createDefinitionLifecycle';

type Definition = FormDefinition | WorkflowDefinition;

/** Drafts, review, publishing, versions and bundles of form and workflow definitions. */
export function createDefinitionService({
  storage,
  catalog,
  now,
}: Pick<Services, 'storage' | 'catalog' | 'now'>) {
  const drafts = createDefinitionDrafts(storage, catalog, now);
  const lifecycle = createDefinitionLifecycle(storage, catalog, drafts, now);
  const bundles = createDefinitionBundles(storage, catalog, lifecycle, now);

  const contentOf = async (kind: DefinitionKind, id: string, which: string): Promise<Definition> => {
    if (which === 'draft') return (await drafts.read(kind, id)).content as Definition;
    const version = catalog.listVersions(kind, id).find((d) => String(d.version) === which);
    if (!version) throw problems.notFound(`Version ${which} af ${id}`);
    return version.content as Definition;
  };

  return {
    drafts,
    lifecycle,
    bundles,
    /** A bundle's problems against what is installed (the same gate as publishing). */
    checkBundle: (bundle: DefinitionBundle) => checkBundle(bundle, catalog.listStored()),

    /** Every definition in the store (also ones whose versions are all retired), with its draft if any. */
    async list(kind?: DefinitionKind) {
      await catalog.reload();
      const drafts = await storage.listDefinitionDrafts(kind);
      const byKey = new Map<string, ReturnType<typeof catalog.listStored>>();
      for (const d of catalog.listStored()) {
        if (kind && d.kind !== kind) continue;
        const key = `${d.kind}:${d.id}`;
        byKey.set(key, [...(byKey.get(key) ?? []), d]);
      }
      return [...byKey.values()]
        .map((versions) => {
          const sorted = [...versions].sort((a, b) => a.version - b.version);
          const latest = sorted.at(-1)!;
          const draft = drafts.find((d) => d.kind === latest.kind && d.id === latest.id);
          return {
            kind: latest.kind,
            id: latest.id,
            title: (latest.content as Definition).title,
            latestVersion: latest.version,
            offeredVersion: sorted.filter((d) => !d.retiredAt).at(-1)?.version ?? null,
            versions: sorted.length,
            draft: draft ? { revision: draft.revision, status: draft.status } : null,
          };
        })
        .sort((a, b) => a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id));
    },

    /** Every published version, oldest first, with who published it and why. */
    async versions(kind: DefinitionKind, id: string) {
      await catalog.reload();
      const stored = catalog.listVersions(kind, id);
      if (stored.length === 0) throw problems.notFound(`Definitionen ${id}`);
      const history = await storage.listDefinitionHistory(kind, id);
      const highest = stored.filter((d) => !d.retiredAt).at(-1)?.version;
      return stored.map((d) => {
        const added = history.find(
          (e) => e.version === d.version && ['seeded', 'published', 'rolled-back'].includes(e.action),
        );
        return {
          version: d.version,
          hash: d.hash,
          addedAt: d.addedAt,
          status: d.retiredAt ? ('retired' as const) : ('published' as const),
          ...(d.retiredAt ? { retiredAt: d.retiredAt } : {}),
          offered: d.version === highest,
          ...(added
            ? { action: added.action, by: added.by, comment: added.comment, details: added.details ?? {} }
            : {}),
          scenarios: d.scenarios?.length ?? 0,
        };
      });
    },

    async history(kind: DefinitionKind, id: string) {
      const history = await storage.listDefinitionHistory(kind, id);
      if (history.length === 0 && catalog.listVersions(kind, id).length === 0)
        throw problems.notFound(`Definitionen ${id}`);
      return history;
    },

    /** The diff between two versions (`to` may be `draft`), its classification and release notes. */
    async diff(kind: DefinitionKind, id: string, from: string, to: string) {
      const a = await contentOf(kind, id, from);
      const b = await contentOf(kind, id, to);
      try {
        const diff =
          kind === 'form'
            ? diffForm(a as FormDefinition, b as FormDefinition)
            : diffWorkflow(a as WorkflowDefinition, b as WorkflowDefinition, {
                getForm: (formId, version) => catalog.library.getForm(formId, version)?.definition,
              });
        return {
          diff,
          classification: classifyChange(kind, a, b),
          releaseNotes: { da: toReleaseNotes(diff, 'da'), en: toReleaseNotes(diff, 'en') },
        };
      } catch {
        // A draft may be broken; the diff needs two readable definitions.
        throw problems.invalidData('Versionerne kan ikke sammenlignes: ret først kladdens fejl.', []);
      }
    },
  };
}

export type DefinitionService = ReturnType<typeof createDefinitionService>;
