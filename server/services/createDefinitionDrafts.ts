import type { LocalizedText } from '../../runtime';
import type { DefinitionCatalog } from '../definitions/createDefinitionCatalog';
import { problems, ProblemError } from '../http/ProblemError';
import {
  DefinitionDraftConflictError,
  type DefinitionActor,
  type DefinitionHistoryEntry,
  type DefinitionKind,
  type StorageAdapter,
  type StoredDefinitionDraft,
} from '../storage/types';
import { checkDefinitionDraft, type DraftIssue } from './checkDefinitionDraft';

export interface DraftSummary {
  kind: DefinitionKind;
  id: string;
  revision: number;
  status: 'draft' | 'in_review';
  title: LocalizedText;
  baseVersion: number | null;
  updatedAt: string;
  updatedBy: DefinitionActor;
}

export interface DefinitionDraft extends DraftSummary {
  content: unknown;
  scenarios: unknown[];
  issues: DraftIssue[];
  /** Approvals given while in review (who, when, why). */
  approvals: StoredDefinitionDraft['approvals'];
}

/** A stale If-Match: the answer carries the draft as it is now, so the editor can show both. */
export class DraftConflict extends ProblemError {
  constructor(readonly current: DefinitionDraft | null) {
    super(412, 'Precondition failed', 'Kladden er ændret af en anden i mellemtiden.');
  }
}

export function toDraftSummary(draft: StoredDefinitionDraft): DraftSummary {
  const title = (draft.content as { title?: Partial<LocalizedText> } | null)?.title;
  return {
    kind: draft.kind,
    id: draft.id,
    revision: draft.revision,
    status: draft.status,
    title: {
      da: typeof title?.da === 'string' ? title.da : draft.id,
      en: typeof title?.en === 'string' ? title.en : draft.id,
    },
    baseVersion: draft.baseVersion,
    updatedAt: draft.updatedAt,
    updatedBy: draft.updatedBy,
  };
}

/**
 * The working drafts of forms and workflows: one per kind + id, written with optimistic concurrency
 * (revision = If-Match), checked by the runtime against the published library on every read and write.
 */
export function createDefinitionDrafts(storage: StorageAdapter, catalog: DefinitionCatalog, now: () => Date) {
  const toDraft = (draft: StoredDefinitionDraft): DefinitionDraft => ({
    ...toDraftSummary(draft),
    content: draft.content,
    scenarios: draft.scenarios,
    issues: checkDefinitionDraft(draft.kind, draft.content, catalog.library),
    approvals: draft.approvals,
  });
  const current = async (kind: DefinitionKind, id: string) => {
    const stored = await storage.getDefinitionDraft(kind, id);
    return stored ? toDraft(stored) : null;
  };

  const drafts = {
    toDraft,
    /** The 412 for a stale revision, carrying the draft as it is now. */
    async conflict(kind: DefinitionKind, id: string): Promise<DraftConflict> {
      return new DraftConflict(await current(kind, id));
    },
    async list(kind?: DefinitionKind): Promise<DraftSummary[]> {
      return (await storage.listDefinitionDrafts(kind)).map(toDraftSummary);
    },
    async read(kind: DefinitionKind, id: string): Promise<StoredDefinitionDraft> {
      const stored = await storage.getDefinitionDraft(kind, id);
      if (!stored) throw problems.notFound(`Kladden til ${id}`);
      return stored;
    },
    async get(kind: DefinitionKind, id: string): Promise<DefinitionDraft> {
      return toDraft(await drafts.read(kind, id));
    },
    /** Writes a stored draft whose revision is already the next one; a stale one becomes a DraftConflict. */
    async write(draft: StoredDefinitionDraft, entry?: DefinitionHistoryEntry): Promise<void> {
      try {
        await storage.putDefinitionDraft(draft, entry);
      } catch (error) {
        if (error instanceof DefinitionDraftConflictError)
          throw new DraftConflict(await current(draft.kind, draft.id));
        throw error;
      }
    },
    async save(
      kind: DefinitionKind,
      id: string,
      revision: number,
      input: { content: unknown; scenarios?: unknown[] },
      actor: DefinitionActor,
    ): Promise<DefinitionDraft> {
      const content = input.content as { kind?: unknown; id?: unknown };
      if (content.kind !== kind || content.id !== id) {
        throw problems.invalidData('Definitionens kind og id skal svare til adressen.', [
          { path: 'content.kind', keyword: 'const', message: `Skal være '${kind}'` },
          { path: 'content.id', keyword: 'const', message: `Skal være '${id}'` },
        ]);
      }
      const stored = await storage.getDefinitionDraft(kind, id);
      if ((stored?.revision ?? 0) !== revision) throw new DraftConflict(stored ? toDraft(stored) : null);
      if (stored?.status === 'in_review')
        throw problems.conflict(
          'Kladden er sendt til godkendelse og kan ikke ændres, før den er sendt tilbage.',
        );
      const published = catalog.listVersions(kind, id);
      const draft: StoredDefinitionDraft = {
        kind,
        id,
        revision: revision + 1,
        status: 'draft',
        baseVersion: stored ? stored.baseVersion : (published.at(-1)?.version ?? null),
        content: input.content,
        scenarios: kind === 'workflow' ? (input.scenarios ?? stored?.scenarios ?? []) : [],
        updatedAt: now().toISOString(),
        updatedBy: actor,
        approvals: [],
      };
      const entry: DefinitionHistoryEntry | undefined = stored
        ? undefined
        : { kind, id, action: 'created', at: draft.updatedAt, by: actor, comment: 'Kladde oprettet' };
      await drafts.write(draft, entry);
      return toDraft(draft);
    },
    async discard(kind: DefinitionKind, id: string, revision: number, actor: DefinitionActor) {
      const stored = await storage.getDefinitionDraft(kind, id);
      if (!stored) throw problems.notFound(`Kladden til ${id}`);
      if (stored.revision !== revision) throw new DraftConflict(toDraft(stored));
      if (stored.status === 'in_review')
        throw problems.conflict(
          'Kladden er sendt til godkendelse og kan ikke kasseres, før den er sendt tilbage.',
        );
      const entry: DefinitionHistoryEntry = {
        kind,
        id,
        action: 'discarded',
        at: now().toISOString(),
        by: actor,
        comment: 'Kladde kasseret',
      };
      try {
        await storage.deleteDefinitionDraft(kind, id, revision, entry);
      } catch (error) {
        if (error instanceof DefinitionDraftConflictError) throw new DraftConflict(await current(kind, id));
        throw error;
      }
    },
  };
  return drafts;
}

export type DefinitionDrafts = ReturnType<typeof createDefinitionDrafts>;
