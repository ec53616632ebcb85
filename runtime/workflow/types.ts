import type { AnyStateMachine } from 'xstate';
import type { FormRef, LocalizedText, WorkflowDefinition } from '../definitions/types';
import type { CompiledForm } from '../forms/compileForm';
import type { FieldError } from '../validation/toFieldErrors';
import type { StateValue } from './statePaths';

/** Event names the runtime itself gives meaning to; declared once. */
export const FORM_SUBMITTED = 'FORM_SUBMITTED';
export const CHILD_BORN = 'CHILD_BORN';
/** Sent to a pathway when a sub-pathway it started ends; carries `workflow` and `finalState`. */
export const PATHWAY_DONE = 'PATHWAY_DONE';
/** Sent to a family's active pathways when a consent is given or withdrawn; carries `consents`. */
export const CONSENTS_CHANGED = 'CONSENTS_CHANGED';

export interface ChildFacts {
  birthDate?: string;
  dueDate?: string;
}

export interface PathwayFacts {
  child: ChildFacts;
  /** The family's current consents by purpose (see consents.ts); guards read them as `consents.<purpose>`. */
  consents?: Record<string, boolean>;
}

export interface StateProgress {
  enteredAt: string;
  /** form id → id of the submission that filled it in while this state was active. */
  submitted: Record<string, string>;
}

export interface PathwayContext {
  params: Record<string, unknown>;
  facts: PathwayFacts;
  /** form id → the latest submission's data merged with its computed fields; what guards read. */
  answers: Record<string, Record<string, unknown>>;
  /** active state path → when it was entered and what was filled in there. */
  progress: Record<string, StateProgress>;
  /** Named counters kept by the `count` action (e.g. COS-P sessions held). */
  counters?: Record<string, number>;
  /** Values for the pinned forms' parameters (e.g. a municipality's EPDS cut-off), by form id. */
  formParams?: Record<string, Record<string, unknown>>;
  /** The time of the step being taken (ISO instant): entry dates and `now` in guards come from it. */
  clock?: string;
}

/** What is stored for an instance: plain JSON, restorable into the machine at any later time. */
export interface PathwaySnapshot {
  status: 'active' | 'done';
  value: StateValue;
  context: PathwayContext;
}

export type PathwayEvent =
  | { type: typeof FORM_SUBMITTED; formId: string; submissionId: string; data: unknown }
  | { type: typeof CHILD_BORN; birthDate: string }
  | { type: string; [key: string]: unknown };

export interface Effect {
  type: string;
  params: Record<string, unknown>;
}

export interface Transition {
  from: string[];
  to: string[];
  event: string;
}

export interface DueItem {
  state: string;
  title: LocalizedText;
  /** ISO date (YYYY-MM-DD); null while the anchor is unknown (e.g. no birth date yet). */
  dueDate: string | null;
  windowStart: string | null;
  windowEnd: string | null;
  /** Event the scheduler sends when the date arrives. */
  event?: string;
  forms: string[];
  /** Who works the step (from the state's meta.roles). */
  roles?: string[];
}

export interface FormDue {
  state: string;
  stateTitle: LocalizedText;
  formId: string;
  version: number;
  timing?: 'pre' | 'post';
  optional: boolean;
}

export type StepProblem =
  | { kind: 'invalid-data'; errors: FieldError[]; detail: string }
  | { kind: 'not-accepted'; detail: string }
  | { kind: 'form-not-due'; detail: string };

export type StepResult =
  | {
      ok: true;
      snapshot: PathwaySnapshot;
      effects: Effect[];
      due: DueItem[];
      transition?: Transition;
      /** For a form submission: the validated data and its computed fields. */
      submission?: { data: Record<string, unknown>; computed: Record<string, unknown> };
    }
  | { ok: false; problem: StepProblem };

export interface CompiledWorkflow {
  key: string;
  definition: WorkflowDefinition;
  machine: AnyStateMachine;
  /** The pinned form versions, by form id. */
  forms: Record<string, CompiledForm>;
  defaultParams: Record<string, unknown>;
  /** state path → the forms it asks for. */
  stateForms: Record<string, FormRef[]>;
}
