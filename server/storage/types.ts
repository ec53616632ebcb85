import type { DueItem, LocalizedText, PathwayFacts, PathwaySnapshot } from '../../runtime';

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

/** Everything about one family, written as one unit: a step is all or nothing. */
export interface FamilyAggregate {
  family: Family;
  pathways: Record<string, PathwayInstance>;
  submissions: Record<string, Submission>;
  timeline: TimelineEntry[];
  /** Increases with every write of the aggregate; guards against lost updates. */
  revision: number;
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
  | 'administrator';

export interface User {
  id: string;
  username: string;
  name: string;
  roles: UserRole[];
  team: string;
  passwordHash: string;
}

export interface StoredDefinition {
  kind: 'form' | 'workflow';
  id: string;
  version: number;
  hash: string;
  content: unknown;
  addedAt: string;
}

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

/** The storage port. Adapters are checked by one contract suite. */
export interface StorageAdapter {
  open(): Promise<void>;
  close(): Promise<void>;
  listUsers(): Promise<User[]>;
  putUser(user: User): Promise<void>;
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
}
