import type { RecordFact, ReportFacts } from '../../runtime/reporting';
import type {
  DefinitionHistoryEntry,
  DefinitionKind,
  StoredDefinition,
  StoredDefinitionDraft,
} from './definitionTypes';
import type { Draft, DueQuery, DueRow, FamilyAggregate, FamilySummary } from './familyTypes';
import type { MigrationBatch } from './migrationTypes';
import type { LoginFailures, Session, User } from './userTypes';

export class RevisionConflictError extends Error {
  constructor(readonly familyId: string) {
    super(`Family ${familyId} was changed by someone else`);
    this.name = 'RevisionConflictError';
  }
}

/**
 * A form with `subject: 'organisation'`, filled in by a member of staff for the team, not for a family: the
 * report fact and who submitted it.
 */
export interface OrganisationRecord extends RecordFact {
  submittedBy: string;
}

/** The storage port. Adapters are checked by one contract suite. */
export interface StorageAdapter {
  open(): Promise<void>;
  close(): Promise<void>;
  /** A small durable write (or a round trip): fails while the disk is full or read-only or the database is down. */
  probe(): Promise<void>;
  listUsers(): Promise<User[]>;
  /** One user by id: every authenticated request asks, so it must not cost a read of all users. */
  getUser(id: string): Promise<User | undefined>;
  putUser(user: User): Promise<void>;
  getLoginFailures(key: string): Promise<LoginFailures | undefined>;
  /** Writes the counter (null removes it) and forgets every counter that expired before `now`. */
  putLoginFailures(key: string, record: LoginFailures | null, now: string): Promise<void>;
  listDefinitions(): Promise<StoredDefinition[]>;
  putDefinition(definition: StoredDefinition): Promise<void>;
  getSession(id: string): Promise<Session | undefined>;
  putSession(session: Session): Promise<void>;
  deleteSession(id: string): Promise<void>;
  /** Newest first; `ids` or `responsibleId` narrow the list. */
  listFamilies(filter?: { ids?: string[]; responsibleId?: string }): Promise<FamilySummary[]>;
  getFamily(id: string): Promise<FamilyAggregate | undefined>;
  findFamilyOfPathway(pathwayId: string): Promise<string | undefined>;
  findFamilyOfSubmission(submissionId: string): Promise<string | undefined>;
  /** Writes the aggregate if its stored revision is `aggregate.revision - 1` (0 for a new family). Durable on return. */
  saveFamily(aggregate: FamilyAggregate): Promise<void>;
  /** Adds families that are not stored yet, many at a time (moving a store, seeding a benchmark); each gets revision 1. */
  importFamilies(aggregates: FamilyAggregate[]): Promise<void>;
  /** Dated steps of active pathways, sorted by due date. */
  listDue(query: DueQuery): Promise<DueRow[]>;
  getDraft(pathwayId: string, formId: string, userId: string): Promise<Draft | undefined>;
  /** Saves a draft if the stored one has `draft.version - 1` (0 when new); else RevisionConflictError. */
  putDraft(draft: Draft): Promise<void>;
  deleteDrafts(pathwayId: string, formId: string): Promise<void>;
  // --- Retention (security-log) ---
  /** Deletes a family for good: its aggregate, indexes, due rows and its pathways' drafts. False if unknown. Durable on return. */
  deleteFamily(id: string): Promise<boolean>;
  // --- end retention ---

  // Definition drafts and lifecycle (versions-server). Every write is durable on return.
  listDefinitionDrafts(kind?: DefinitionKind): Promise<StoredDefinitionDraft[]>;
  getDefinitionDraft(kind: DefinitionKind, id: string): Promise<StoredDefinitionDraft | undefined>;
  /**
   * Writes a draft if the stored one has `draft.revision - 1` (0: none stored), with an optional history entry
   * in the same write; else DefinitionDraftConflictError.
   */
  putDefinitionDraft(draft: StoredDefinitionDraft, entry?: DefinitionHistoryEntry): Promise<void>;
  /** Removes a draft if the stored one has `revision`; else DefinitionDraftConflictError. */
  deleteDefinitionDraft(
    kind: DefinitionKind,
    id: string,
    revision: number,
    entry?: DefinitionHistoryEntry,
  ): Promise<void>;
  /** Oldest first. */
  listDefinitionHistory(kind: DefinitionKind, id: string): Promise<DefinitionHistoryEntry[]>;
  /** Appends entries in order, as one write. */
  appendDefinitionHistory(...entries: DefinitionHistoryEntry[]): Promise<void>;
  /**
   * Adds a new immutable version, its history entry and (when `draftRevision` is given) removes the draft it
   * came from, as one write. Refuses a version already stored and a stale draft revision.
   */
  publishDefinition(
    definition: StoredDefinition,
    entry: DefinitionHistoryEntry,
    draftRevision?: number,
  ): Promise<void>;
  /** Changes whenever a definition version is added or retired: a cheap "has another process published?". */
  getDefinitionsStamp(): Promise<string>;
  /** Marks a stored version retired (its content stays as it was) and records why. */
  retireDefinition(
    kind: DefinitionKind,
    id: string,
    version: number,
    entry: DefinitionHistoryEntry,
  ): Promise<void>;

  // Migration batches (versions-ui). Every write is durable on return.
  /** Families with an active instance of the workflow version (the candidates of a migration). */
  listFamilyIdsOnWorkflow(workflowId: string, version: number): Promise<string[]>;
  /** Stores a batch (new or updated: the batch is rewritten as it runs and when undone). */
  putMigrationBatch(batch: MigrationBatch): Promise<void>;
  getMigrationBatch(id: string): Promise<MigrationBatch | undefined>;
  /** Newest first. */
  listMigrationBatches(workflowId?: string): Promise<MigrationBatch[]>;

  // Organisation records: forms filled outside any family (staff survey, parent panel, activity registration).
  /** Durable on return; a record is never changed afterwards. */
  putOrganisationRecord(record: OrganisationRecord): Promise<void>;
  /** Newest first; `formId` and `team` narrow the list. */
  listOrganisationRecords(filter?: { formId?: string; team?: string }): Promise<OrganisationRecord[]>;

  // --- Reporting (reports): read-only ---
  /** The reporting rows of every pathway of these workflows, with their submissions in force. */
  listReportFacts(query: ReportFactsQuery): Promise<ReportFacts>;
  // --- end reporting ---
}

export interface ReportFactsQuery {
  workflowIds: string[];
  /**
   * Form id → the fields reporting reads (dotted data paths; `=name` for computed fields). When given, only
   * submissions of these forms come back (whole: the adapters do not cut them down to the fields).
   */
  fields?: Record<string, string[]>;
}

/** The part of the port that keeps definition drafts and their lifecycle (one piece of each adapter). */
export type DefinitionLifecycle = Pick<
  StorageAdapter,
  | 'listDefinitionDrafts'
  | 'getDefinitionDraft'
  | 'putDefinitionDraft'
  | 'deleteDefinitionDraft'
  | 'listDefinitionHistory'
  | 'appendDefinitionHistory'
  | 'publishDefinition'
  | 'retireDefinition'
  | 'getDefinitionsStamp'
>;
