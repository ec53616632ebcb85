import type { DueItem, LocalizedText } from '../../runtime';

// The API's resources as the app reads them (see server/http/schemas.ts for the server's side).

export interface User {
  id: string;
  username: string;
  name: string;
  roles: string[];
}

export type MemberRole = 'pregnant' | 'mother' | 'father' | 'parent' | 'child';

export interface Member {
  id: string;
  role: MemberRole;
  name: string;
  birthDate?: string;
  dueDate?: string;
}

export type NewMember = Omit<Member, 'id'>;

export interface FamilySummary {
  id: string;
  name: string;
  members: Member[];
  createdAt: string;
}

export interface Family extends FamilySummary {
  pathways: PathwayView[];
}

export interface WorkflowSummary {
  id: string;
  version: number;
  title: LocalizedText;
  description?: LocalizedText;
  roles: string[];
}

export interface DueWindow {
  dueDate: string | null;
  windowStart: string | null;
  windowEnd: string | null;
}

export interface PathwayStep {
  state: string;
  title: LocalizedText;
  description?: LocalizedText;
  roles?: string[];
  due?: DueWindow;
}

export interface FormDue {
  state: string;
  stateTitle: LocalizedText;
  formId: string;
  version: number;
  title: LocalizedText;
  timing?: 'pre' | 'post';
  optional: boolean;
}

export interface PathwayFlag {
  code: string;
  message?: LocalizedText | string;
  at: string;
}

export interface PathwayView {
  id: string;
  familyId: string;
  childId: string;
  workflow: { id: string; version: number; title: LocalizedText };
  status: 'active' | 'done';
  steps: PathwayStep[];
  formsDue: FormDue[];
  due: DueItem[];
  flags: PathwayFlag[];
  finalState?: { state: string; title: LocalizedText };
  startedAt: string;
  updatedAt: string;
  version: number;
}

/** A manual event declared by the workflow (`events` with `manual: true`), with its optional payload. */
export interface PathwayEventInput {
  type: string;
  [field: string]: unknown;
}

export interface Submission {
  id: string;
  formId: string;
  formVersion: number;
  data: Record<string, unknown>;
  computed: Record<string, unknown>;
  submittedAt: string;
  submittedBy: string;
  pathwayId?: string;
}

export type TimelineKind =
  | 'family-created'
  | 'member-added'
  | 'birth-registered'
  | 'pathway-started'
  | 'submission'
  | 'transition'
  | 'event'
  | 'flag';

export interface TimelineEntry {
  id: string;
  at: string;
  kind: TimelineKind;
  pathwayId?: string;
  summary: LocalizedText;
  submissionId?: string;
  formId?: string;
  formVersion?: number;
}

export type WorkBucket = 'overdue' | 'today' | 'week' | 'upcoming';

/** A dated step on the worklist (server: WorkItem). */
export interface WorkItem {
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
  roles: string[];
  bucket: WorkBucket;
  familyName: string;
  childName: string;
  workflowTitle: LocalizedText;
}

export interface Worklist {
  /** The server's today (ISO date): the buckets are counted from it. */
  today: string;
  items: WorkItem[];
}

/** A family on the worker's caseload, with its next due date. */
export interface CaseloadFamily extends FamilySummary {
  nextDue: string | null;
}
