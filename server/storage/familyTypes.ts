import type { DueItem, LocalizedText, PathwayFacts, PathwaySnapshot } from '../../runtime';

// What the store keeps of a family: the aggregate written as one unit, and what is read off it.

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
