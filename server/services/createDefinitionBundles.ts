import type { FormDefinition, WorkflowDefinition } from '../../runtime';
import {
  classifyChange,
  diffForm,
  diffWorkflow,
  toReleaseNotes,
  type ChangeClassification,
  type DefinitionDiff,
} from '../../runtime/definitions/diff';
import type { DefinitionCatalog } from '../definitions/createDefinitionCatalog';
import { hashDefinition } from '../definitions/hashDefinition';
import { problems } from '../http/ProblemError';
import type {
  DefinitionActor,
  DefinitionKind,
  StorageAdapter,
  StoredDefinitionDraft,
} from '../storage/types';
import type { DefinitionLifecycle, PublishResult } from './createDefinitionLifecycle';

/** A pathway with the exact form versions it uses and its scenarios: one file between environments. */
export interface DefinitionBundle {
  format: 'forloeb-bundle';
  version: 1;
  workflow: WorkflowDefinition;
  forms: FormDefinition[];
  scenarios: unknown[];
}

export const bundleSchema = {
  type: 'object',
  required: ['format', 'version', 'workflow', 'forms', 'scenarios'],
  properties: {
    format: { const: 'forloeb-bundle' },
    version: { const: 1 },
    workflow: {
      type: 'object',
      required: ['kind', 'id', 'version'],
      properties: { kind: { const: 'workflow' } },
    },
    forms: {
      type: 'array',
      items: { type: 'object', required: ['kind', 'id', 'version'], properties: { kind: { const: 'form' } } },
    },
    scenarios: { type: 'array', items: { type: 'object' } },
  },
};

export interface BundleEntryPreview {
  kind: DefinitionKind;
  id: string;
  /** The version number in the bundle. */
  version: number;
  /** new: not installed; same: identical to an installed version; differs: other content than the latest. */
  status: 'new' | 'same' | 'differs';
  /** same: the installed version with this content; differs: the latest installed version compared with. */
  installedVersion?: number;
  diff?: DefinitionDiff;
  classification?: ChangeClassification;
  releaseNotes?: { da: string[]; en: string[] };
}

type Definition = FormDefinition | WorkflowDefinition;

const contentHash = (content: unknown) => hashDefinition({ ...(content as object), version: 0 });

/** Export a workflow version as a bundle, preview a bundle against what is installed, import it as drafts. */
export function createDefinitionBundles(
  storage: StorageAdapter,
  catalog: DefinitionCatalog,
  lifecycle: DefinitionLifecycle,
  now: () => Date,
) {
  const compare = (kind: DefinitionKind, content: Definition): BundleEntryPreview => {
    const base = { kind, id: content.id, version: content.version };
    const installed = catalog.listVersions(kind, content.id);
    if (installed.length === 0) return { ...base, status: 'new' };
    // The same content under another number (environments number their versions independently) is the same.
    const hash = contentHash(content);
    const same =
      installed.find((d) => d.version === content.version && contentHash(d.content) === hash) ??
      installed.find((d) => contentHash(d.content) === hash);
    if (same) return { ...base, status: 'same', installedVersion: same.version };
    const latest = installed.at(-1)!;
    const before = latest.content as Definition;
    try {
      const diff =
        kind === 'form'
          ? diffForm(before as FormDefinition, content as FormDefinition)
          : diffWorkflow(before as WorkflowDefinition, content as WorkflowDefinition, {
              getForm: (id, version) => catalog.library.getForm(id, version)?.definition,
            });
      return {
        ...base,
        status: 'differs',
        installedVersion: latest.version,
        diff,
        classification: classifyChange(kind, before, content),
        releaseNotes: { da: toReleaseNotes(diff, 'da'), en: toReleaseNotes(diff, 'en') },
      };
    } catch {
      return { ...base, status: 'differs', installedVersion: latest.version };
    }
  };

  const nextVersion = (kind: DefinitionKind, id: string) =>
    (catalog.listVersions(kind, id).at(-1)?.version ?? 0) + 1;

  /**
   * Per definition, forms first. The workflow is compared as it would be published: pinned to the installed
   * version of each form that is the same, and to the next version of each form that comes in new or changed.
   */
  const entriesOf = (bundle: DefinitionBundle) => {
    const forms = bundle.forms.map((form) => compare('form', form));
    const pins: Record<string, number> = {};
    for (const [id, version] of Object.entries(bundle.workflow.forms)) {
      const entry = forms.find((e) => e.id === id && e.version === version);
      pins[id] = !entry
        ? version
        : entry.status === 'same'
          ? entry.installedVersion!
          : nextVersion('form', id);
    }
    const workflow = compare('workflow', { ...bundle.workflow, forms: pins });
    return [...forms, { ...workflow, version: bundle.workflow.version }];
  };

  /**
   * The workflow as it will be drafted: forms installed with the same content are pinned to that installed
   * version; forms that come in as drafts are unpinned, so publishing the workflow after them takes them.
   */
  const toWorkflowDraft = (bundle: DefinitionBundle, entries: BundleEntryPreview[]) => {
    const forms: Record<string, number> = {};
    for (const [id, version] of Object.entries(bundle.workflow.forms)) {
      const entry = entries.find((e) => e.kind === 'form' && e.id === id && e.version === version);
      if (!entry) forms[id] = version;
      else if (entry.status === 'same') forms[id] = entry.installedVersion!;
    }
    return { ...bundle.workflow, forms };
  };
  return {
    async exportBundle(id: string, version: number): Promise<DefinitionBundle> {
      await catalog.reload();
      const stored = catalog.listVersions('workflow', id).find((d) => d.version === version);
      if (!stored) throw problems.notFound(`Version ${version} af ${id}`);
      const workflow = stored.content as WorkflowDefinition;
      const forms = Object.entries(workflow.forms).map(([formId, formVersion]) => {
        const form = catalog.library.getForm(formId, formVersion);
        if (!form) throw new Error(`form ${formId}@${formVersion} of ${id}@${version} is not stored`);
        return form.definition;
      });
      return { format: 'forloeb-bundle', version: 1, workflow, forms, scenarios: stored.scenarios ?? [] };
    },

    async preview(bundle: DefinitionBundle): Promise<BundleEntryPreview[]> {
      await catalog.reload();
      return entriesOf(bundle);
    },

    /** Applies a bundle as drafts (never published): one per definition that is new or differs. */
    async importAsDrafts(bundle: DefinitionBundle, comment: string, by: DefinitionActor) {
      await catalog.reload();
      const entries = entriesOf(bundle);
      const changed = entries.filter((e) => e.status !== 'same');
      const existing = (
        await Promise.all(changed.map((e) => storage.getDefinitionDraft(e.kind, e.id)))
      ).flatMap((d) => (d ? [`${d.kind} ${d.id}`] : []));
      if (existing.length > 0)
        throw problems.conflict(`Der findes allerede kladder til: ${existing.join(', ')}. Kassér dem først.`);
      const at = now().toISOString();
      for (const entry of changed) {
        const source =
          entry.kind === 'workflow'
            ? toWorkflowDraft(bundle, entries)
            : bundle.forms.find((f) => f.id === entry.id && f.version === entry.version)!;
        const draft: StoredDefinitionDraft = {
          kind: entry.kind,
          id: entry.id,
          revision: 1,
          status: 'draft',
          baseVersion: catalog.listVersions(entry.kind, entry.id).at(-1)?.version ?? null,
          content: { ...source, version: nextVersion(entry.kind, entry.id) },
          scenarios: entry.kind === 'workflow' ? bundle.scenarios : [],
          updatedAt: at,
          updatedBy: by,
          approvals: [],
        };
        await storage.putDefinitionDraft(draft, {
          kind: entry.kind,
          id: entry.id,
          action: 'imported',
          at,
          by,
          comment,
          details: { bundle: `${bundle.workflow.id}@${bundle.workflow.version}`, version: entry.version },
        });
      }
      return entries.map((e) => ({ kind: e.kind, id: e.id, status: e.status, drafted: e.status !== 'same' }));
    },

    /**
     * Publishes a bundle straight into the store (the CLI, for definitions kept in git): each form that is new
     * or differs becomes a new version, then the workflow pinned to them. Same gate and four-eyes rule.
     */
    async publishBundle(bundle: DefinitionBundle, comment: string, by: DefinitionActor, approvedBy?: string) {
      await catalog.reload();
      const results: PublishResult[] = [];
      const pins: Record<string, number> = { ...bundle.workflow.forms };
      for (const form of bundle.forms) {
        const entry = compare('form', form);
        if (entry.status === 'same') {
          pins[form.id] = entry.installedVersion!;
          continue;
        }
        const result = await lifecycle.publishContent('form', form.id, form, [], comment, by, approvedBy);
        pins[form.id] = result.version;
        results.push(result);
      }
      const workflow = { ...bundle.workflow, forms: pins };
      if (compare('workflow', workflow).status !== 'same')
        results.push(
          await lifecycle.publishContent(
            'workflow',
            workflow.id,
            workflow,
            bundle.scenarios,
            comment,
            by,
            approvedBy,
          ),
        );
      return results;
    },
  };
}

export type DefinitionBundles = ReturnType<typeof createDefinitionBundles>;
