import type { FormDefinition, WorkflowDefinition } from '../../runtime';
import {
  classifyChange,
  diffForm,
  diffWorkflow,
  toReleaseNotes,
  type ChangeClassification,
} from '../../runtime/definitions/diff';
import type { Scenario } from '../../runtime/simulation/types';
import type { DefinitionCatalog } from '../definitions/createDefinitionCatalog';
import { hashDefinition } from '../definitions/hashDefinition';
import { problems, ProblemError } from '../http/ProblemError';
import type {
  DefinitionActor,
  DefinitionHistoryEntry,
  DefinitionKind,
  StorageAdapter,
  StoredDefinition,
} from '../storage/types';
import { checkDefinitionDraft, resolveFormPins } from './checkDefinitionDraft';
import { checkPublishGate } from './checkPublishGate';
import type { DefinitionDrafts } from './createDefinitionDrafts';

/** Publishing was refused: every reason, as a list (422). */
export class PublishRefused extends ProblemError {
  constructor(
    detail: string,
    readonly reasons: string[],
  ) {
    super(
      422,
      'Publishing refused',
      detail,
      reasons.map((message) => ({ path: '', message })),
    );
  }
}

export interface PublishResult {
  kind: DefinitionKind;
  id: string;
  version: number;
  classification: ChangeClassification;
  releaseNotes: string[];
}

type Definition = FormDefinition | WorkflowDefinition;

/**
 * The lifecycle after the draft: submit for review, approve, reject, publish as a new immutable numbered version
 * (next = highest + 1), retire, roll back. Each step is recorded with who, when and why.
 */
export function createDefinitionLifecycle(
  storage: StorageAdapter,
  catalog: DefinitionCatalog,
  drafts: DefinitionDrafts,
  now: () => Date,
) {
  const entryOf = (
    kind: DefinitionKind,
    id: string,
    action: DefinitionHistoryEntry['action'],
    by: DefinitionActor,
    comment: string,
    extra: Partial<DefinitionHistoryEntry> = {},
  ): DefinitionHistoryEntry => ({ kind, id, action, at: now().toISOString(), by, comment, ...extra });

  const latest = (kind: DefinitionKind, id: string) => catalog.listVersions(kind, id).at(-1);
  const nextVersion = (kind: DefinitionKind, id: string) => (latest(kind, id)?.version ?? 0) + 1;

  /** Breaking or safe, against the highest published version (a new definition is safe). */
  const classify = (kind: DefinitionKind, before: StoredDefinition | undefined, after: Definition) => {
    if (!before) return { classification: { level: 'safe', reasons: [] } as ChangeClassification, notes: [] };
    const a = before.content as Definition;
    const classification = classifyChange(kind, a, after);
    const diff =
      kind === 'form'
        ? diffForm(a as FormDefinition, after as FormDefinition)
        : diffWorkflow(a as WorkflowDefinition, after as WorkflowDefinition, {
            getForm: (formId, version) => catalog.library.getForm(formId, version)?.definition,
          });
    return { classification, notes: toReleaseNotes(diff, 'da') };
  };

  /** Checks a candidate version and stores it (with the history entry); the library picks it up at once. */
  const publishVersion = async (
    kind: DefinitionKind,
    content: unknown,
    scenarios: unknown[],
    entry: DefinitionHistoryEntry,
    options: { draftRevision?: number; assertApproved?: (c: ChangeClassification) => void },
  ): Promise<PublishResult> => {
    await catalog.reload();
    const { id } = entry;
    const version = nextVersion(kind, id);
    const resolved = kind === 'workflow' ? resolveFormPins(content, catalog.library) : content;
    const candidate = { ...(resolved as Definition), version } as Definition;
    const issues = checkDefinitionDraft(kind, candidate, catalog.library);
    if (issues.length > 0)
      throw new PublishRefused(
        'Definitionen har fejl og kan ikke udgives.',
        issues.map((i) => `${i.path || '/'}: ${i.message}`),
      );
    if (kind === 'workflow') {
      const gate = checkPublishGate(
        catalog.listStored(),
        candidate as WorkflowDefinition,
        scenarios as Scenario[],
      );
      if (gate.reasons.length > 0)
        throw new PublishRefused('Forløbet opfylder ikke kravene for udgivelse.', gate.reasons);
    }
    const { classification, notes } = classify(kind, latest(kind, id), candidate);
    options.assertApproved?.(classification);
    const definition: StoredDefinition = {
      kind,
      id,
      version,
      hash: hashDefinition(candidate),
      content: candidate,
      addedAt: entry.at,
      ...(kind === 'workflow' ? { scenarios } : {}),
    };
    await storage.publishDefinition(
      definition,
      { ...entry, version, details: { ...entry.details, classification: classification.level } },
      options.draftRevision,
    );
    await catalog.reload();
    return { kind, id, version, classification, releaseNotes: notes };
  };

  const inReview = async (kind: DefinitionKind, id: string, revision: number) => {
    const draft = await drafts.read(kind, id);
    if (draft.revision !== revision) throw await drafts.conflict(kind, id);
    if (draft.status !== 'in_review') throw problems.conflict('Kladden er ikke sendt til godkendelse.');
    return draft;
  };

  return {
    /**
     * Publishes content directly (a bundle from the CLI): the same checks, gate and classification as a draft;
     * a breaking change needs `approvedBy`, the second person who reviewed it.
     */
    publishContent(
      kind: DefinitionKind,
      id: string,
      content: unknown,
      scenarios: unknown[],
      comment: string,
      by: DefinitionActor,
      approvedBy?: string,
    ) {
      const entry = entryOf(kind, id, 'published', by, comment, {
        details: { via: 'bundle', ...(approvedBy ? { approvedBy } : {}) },
      });
      return publishVersion(kind, content, scenarios, entry, {
        assertApproved(classification) {
          if (classification.level !== 'breaking' || (approvedBy && approvedBy !== by.name)) return;
          throw new PublishRefused(
            'Ændringen er brydende og skal godkendes af en anden person (--approved-by).',
            classification.reasons.map((r) => `${r.path}: ${r.message.da}`),
          );
        },
      });
    },

    async submit(kind: DefinitionKind, id: string, revision: number, comment: string, by: DefinitionActor) {
      const draft = await drafts.read(kind, id);
      if (draft.revision !== revision) throw await drafts.conflict(kind, id);
      if (draft.status === 'in_review') throw problems.conflict('Kladden er allerede sendt til godkendelse.');
      const issues = checkDefinitionDraft(kind, draft.content, catalog.library);
      if (issues.length > 0)
        throw new PublishRefused(
          'Ret fejlene, før kladden sendes til godkendelse.',
          issues.map((i) => `${i.path || '/'}: ${i.message}`),
        );
      const next = { ...draft, revision: revision + 1, status: 'in_review' as const, approvals: [] };
      await drafts.write(next, entryOf(kind, id, 'submitted', by, comment));
      return drafts.toDraft(next);
    },

    async reject(kind: DefinitionKind, id: string, revision: number, comment: string, by: DefinitionActor) {
      const draft = await inReview(kind, id, revision);
      const next = { ...draft, revision: revision + 1, status: 'draft' as const, approvals: [] };
      await drafts.write(next, entryOf(kind, id, 'rejected', by, comment));
      return drafts.toDraft(next);
    },

    async approve(kind: DefinitionKind, id: string, revision: number, comment: string, by: DefinitionActor) {
      const draft = await inReview(kind, id, revision);
      if (draft.updatedBy.id === by.id)
        throw problems.conflict('Den, der sidst har ændret kladden, kan ikke selv godkende den.');
      if (draft.approvals.some((a) => a.by.id === by.id))
        throw problems.conflict('Du har allerede godkendt kladden.');
      const at = now().toISOString();
      const next = { ...draft, revision: revision + 1, approvals: [...draft.approvals, { by, at, comment }] };
      await drafts.write(next, entryOf(kind, id, 'approved', by, comment));
      return drafts.toDraft(next);
    },

    /**
     * Publishes a draft in review. A breaking change needs the approval of an administrator other than the
     * publisher (and, by `approve`, other than the draft's last editor): four eyes. A safe one needs only the
     * publisher.
     */
    async publish(kind: DefinitionKind, id: string, revision: number, comment: string, by: DefinitionActor) {
      const draft = await inReview(kind, id, revision);
      return publishVersion(
        kind,
        draft.content,
        draft.scenarios,
        entryOf(kind, id, 'published', by, comment),
        {
          draftRevision: revision,
          assertApproved(classification) {
            if (classification.level !== 'breaking') return;
            if (draft.approvals.some((a) => a.by.id !== by.id && a.by.id !== draft.updatedBy.id)) return;
            throw new PublishRefused(
              'Ændringen er brydende og skal godkendes af en anden administrator, før den udgives.',
              classification.reasons.map((r) => `${r.path}: ${r.message.da}`),
            );
          },
        },
      );
    },

    /** Republishes the content of an earlier version as a new version, in one step. */
    async rollback(kind: DefinitionKind, id: string, version: number, comment: string, by: DefinitionActor) {
      const source = catalog.listVersions(kind, id).find((d) => d.version === version);
      if (!source) throw problems.notFound(`Version ${version} af ${id}`);
      return publishVersion(
        kind,
        source.content,
        source.scenarios ?? [],
        entryOf(kind, id, 'rolled-back', by, comment, { details: { from: version } }),
        {},
      );
    },

    async retire(kind: DefinitionKind, id: string, version: number, comment: string, by: DefinitionActor) {
      await catalog.reload();
      const stored = catalog.listVersions(kind, id).find((d) => d.version === version);
      if (!stored) throw problems.notFound(`Version ${version} af ${id}`);
      if (stored.retiredAt) throw problems.conflict(`Version ${version} er allerede udfaset.`);
      await storage.retireDefinition(
        kind,
        id,
        version,
        entryOf(kind, id, 'retired', by, comment, { version }),
      );
      await catalog.reload();
      return { kind, id, version, retiredAt: now().toISOString() };
    },
  };
}

export type DefinitionLifecycle = ReturnType<typeof createDefinitionLifecycle>;
