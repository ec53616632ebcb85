import type { DueItem, LocalizedText, PathwayFacts, PathwaySnapshot } from '../../runtime';
import type { RecordFact, ReportFacts } from '../../runtime/reporting';

export type MemberRole = 'pregnant' | 'mother' | 'father' | 'parent' | 'child';

export interface Member {
  id: string;
  role: MemberRole;
  name: string;
  birthDate?: string;
  dueDate?: string;
}

export interface Family {
  id: string;
  name: string;
  members: Member[];
  createdAt: string;
  createdBy: string;
  /** The worker responsible for the family (the caseload) and her team. */
  responsibleId: string;
  team: string;
  /** The municipal district (distrikt) the family belongs to, for team worklists. */
  district?: string;
  /** The municipality whose family this is; workers of other municipalities never see it (absent: the only one). */
  municipality?: string;
}

export interface Flag {
  code: string;
  message?: LocalizedText;
  at: string;
  pathwayId: string;
}

export interface PinnedVersion {
  version: number;
  hash: string;
}

/** One accepted event of an instance, without form data (that is in the submission). */
export interface HistoryEvent {
  type: string;
  [key: string]: unknown;
}

/** A family on a pathway: pinned to the exact workflow and form versions it started on. */
export interface PathwayInstance {
  id: string;
  familyId: string;
  childId: string;
  /** The pathway that started this one as a sub-pathway. */
  parentId?: string;
  workflow: { id: string } & PinnedVersion;
  forms: Record<string, PinnedVersion>;
  /** The facts it started with; with `history` and the submissions, the current state can be rebuilt. */
  startFacts: PathwayFacts;
  snapshot: PathwaySnapshot;
  due: DueItem[];
  flags: Flag[];
  /** Append-only: every accepted event, in order. */
  history: { at: string; by: string; event: HistoryEvent }[];
  /** Keys of the scheduled events already sent (`state|enteredAt|event`): each fires exactly once. */
  fired: string[];
  startedAt: string;
  startedBy: string;
  updatedAt: string;
  /** Increases with every step; the ETag. */
  version: number;
}

/** Immutable: a correction is a new submission. */
export interface Submission {
  id: string;
  pathwayId: string;
  familyId: string;
  formId: string;
  formVersion: number;
  formHash: string;
  state: string;
  data: Record<string, unknown>;
  computed: Record<string, unknown>;
  submittedAt: string;
  submittedBy: string;
  /** A correction is a new submission of the same form version that names the one it corrects, and why. */
  corrects?: string;
  correctionReason?: string;
}

export type TimelineKind =
  | 'family-created'
  | 'member-added'
  | 'birth-registered'
  | 'pathway-started'
  | 'submission'
  | 'transition'
  | 'event'
  | 'correction'
  | 'flag';

export interface TimelineEntry {
  id: string;
  at: string;
  by: string;
  kind: TimelineKind;
  summary: LocalizedText;
  pathwayId?: string;
  submissionId?: string;
  formId?: string;
  formVersion?: number;
  from?: string[];
  to?: string[];
}

/** A purpose-bound consent given by a family member; withdrawing it keeps the record (history). */
export interface ConsentRecord {
  id: string;
  memberId: string;
  /** One of runtime CONSENT_PURPOSES. */
  purpose: string;
  givenAt: string;
  /** The date the member gave it (YYYY-MM-DD), as written on the consent. */
  givenOn: string;
  recordedBy: string;
  withdrawnAt?: string;
  withdrawnBy?: string;
}

/** Everything about one family, written as one unit: a step is all or nothing. */
export interface FamilyAggregate {
  family: Family;
  pathways: Record<string, PathwayInstance>;
  submissions: Record<string, Submission>;
  timeline: TimelineEntry[];
  /** Increases with every write of the aggregate; guards against lost updates. */
  revision: number;
  /** Set while the family is under legal hold: the retention job never deletes it. */
  legalHold?: { since: string; by: string; reason: string };
  /** Consents, oldest first; never removed (a withdrawal is marked on the record). */
  consents?: ConsentRecord[];
  /** `userId:Idempotency-Key` → what the first request produced; a retried request returns it again. */
  idempotency: Record<string, { at: string; request: string; status: number; body: unknown }>;
}

export interface FamilySummary {
  id: string;
  name: string;
  members: Member[];
  createdAt: string;
  responsibleId: string;
  team: string;
  district?: string;
  municipality?: string;
}

/** One dated step of an active pathway: the worklist and the scheduler read these, derived from the aggregate. */
export interface DueRow {
  familyId: string;
  pathwayId: string;
  childId: string;
  workflowId: string;
  workflowVersion: number;
  state: string;
  title: LocalizedText;
  dueDate: string;
  windowStart: string;
  windowEnd: string;
  /** Set when the scheduler must send an event on the due date and has not yet. */
  event?: string;
  roles: string[];
  responsibleId: string;
  team: string;
  district?: string;
}

export interface DueQuery {
  responsibleId?: string;
  team?: string;
  district?: string;
  /** Only rows due on or before this ISO date. */
  until?: string;
  /** Only rows whose scheduled event has not fired. */
  withEvent?: boolean;
  workflowId?: string;
  limit?: number;
}

/** A half-filled form, saved as the worker types, restored on any device. */
export interface Draft {
  pathwayId: string;
  formId: string;
  userId: string;
  familyId: string;
  data: unknown;
  savedAt: string;
  version: number;
}

export type UserRole =
  | 'sundhedsplejerske'
  | 'ressourcepaedagog'
  | 'familiebehandler'
  | 'ledende_sundhedsplejerske'
  | 'redaktoer'
  | 'administrator'
  | 'revisor';

export interface User {
  id: string;
  username: string;
  name: string;
  roles: UserRole[];
  team: string;
  /** Absent: the single municipality of a one-municipality installation. */
  municipality?: string;
  /** Empty for users who only log in through OpenID Connect. */
  passwordHash: string;
  /** The OpenID Connect subject (`iss|sub`) this user logs in as. */
  oidcSubject?: string;
  /** Stores written before the lock-out had its own records kept it here; no longer read or written. */
  failedLogins?: number;
  lockedUntil?: string;
}

/**
 * The lock-out counter of a username as typed at login, an account's or not, keyed by a hash of the name:
 * a failed login writes one of these whether the name exists or not (same work, so the answer's timing
 * does not tell), and an unknown name is not stored in clear. Stored, so a lock holds across processes.
 */
export interface LoginFailures {
  key: string;
  /** Failures in a row within the window. */
  failedLogins: number;
  lockedUntil?: string;
  /** When the record may be forgotten: the lock's end, or the failure window's. */
  expiresAt: string;
}

export interface StoredDefinition {
  kind: 'form' | 'workflow';
  id: string;
  version: number;
  hash: string;
  content: unknown;
  addedAt: string;
  /** Scenarios published with a workflow version (its bundle); the content hash does not cover them. */
  scenarios?: unknown[];
  /** Retired versions are not offered for new pathways; running instances continue on them. */
  retiredAt?: string;
}

// --- Definition drafts and lifecycle (versions-server) ---

export type DefinitionKind = 'form' | 'workflow';

export interface DefinitionActor {
  id: string;
  name: string;
}

/** The one working draft of a definition (kind + id): editable until submitted for review. */
export interface StoredDefinitionDraft {
  kind: DefinitionKind;
  id: string;
  /** Increases with every write; the If-Match of the draft routes. */
  revision: number;
  status: 'draft' | 'in_review';
  /** The published version the draft was started from (null for a new definition). */
  baseVersion: number | null;
  content: unknown;
  /** Saved simulations of a workflow (the `Scenario` type of runtime/simulation); [] for forms. */
  scenarios: unknown[];
  updatedAt: string;
  updatedBy: DefinitionActor;
  /** Approvals given while in review; cleared when the draft goes back to editing. */
  approvals: { by: DefinitionActor; at: string; comment: string }[];
}

export type DefinitionAction =
  | 'seeded'
  | 'created'
  | 'submitted'
  | 'approved'
  | 'rejected'
  | 'published'
  | 'retired'
  | 'rolled-back'
  | 'imported'
  | 'discarded';

/** One step of a definition's lifecycle: who, when, why. Append-only. */
export interface DefinitionHistoryEntry {
  kind: DefinitionKind;
  id: string;
  /** The published version the step is about, if any. */
  version?: number;
  action: DefinitionAction;
  at: string;
  by: DefinitionActor;
  comment: string;
  /** Extra facts (e.g. the classification of a published change, the version a rollback came from). */
  details?: Record<string, unknown>;
}

export class DefinitionDraftConflictError extends Error {
  constructor(
    readonly kind: DefinitionKind,
    readonly id: string,
  ) {
    super(`The draft of ${kind} ${id} was changed by someone else`);
    this.name = 'DefinitionDraftConflictError';
  }
}

// --- end definition drafts and lifecycle ---

// --- Migration batches (versions-ui): moving running instances to a new workflow version, and undo ---

/** One instance a migration batch moved: what it was before, so the batch can be undone exactly. */
export interface MigratedInstance {
  familyId: string;
  pathwayId: string;
  fromStates: string[];
  toStates: string[];
  /** The instance as it was before the batch (what undo puts back). */
  before: Pick<PathwayInstance, 'workflow' | 'forms' | 'snapshot' | 'due' | 'version'>;
  /** `instance.version` right after the batch moved it: undo refuses an instance that has moved on since. */
  versionAfter: number;
  /** Set when the batch could not move it after all (it changed between the dry run and the write). */
  skipped?: string;
  undo?: { at: string; by: string; result: 'restored' | 'refused'; reason?: string };
}

export interface MigrationBatch {
  id: string;
  workflowId: string;
  fromVersion: number;
  toVersion: number;
  /** Old leaf state path → new leaf state path. */
  stateMap: Record<string, string>;
  /** Form id → old field → new field, applied to the answers guards read (submissions are never changed). */
  fieldMap: Record<string, Record<string, string>>;
  comment: string;
  status: 'running' | 'done' | 'undone';
  ranAt: string;
  ranBy: DefinitionActor;
  undoneAt?: string;
  undoneBy?: DefinitionActor;
  instances: MigratedInstance[];
  /** Instances on the from-version that the state map could not place: left where they are. */
  unmapped: { familyId: string; pathwayId: string; states: string[]; reason: string }[];
}

// --- end migration batches ---

export interface Session {
  id: string;
  userId: string;
  createdAt: string;
}

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

// --- Reporting (reports) ---
export interface ReportFactsQuery {
  workflowIds: string[];
  /**
   * Form id → the fields reporting reads (dotted data paths; `=name` for computed fields). When given, only
   * submissions of these forms come back, holding only these fields (fewer bytes for 100,000 families).
   */
  fields?: Record<string, string[]>;
}
// --- end reporting ---
