import type { LocalizedText } from '../i18n/text';

export type { LocalizedText };

/** A JSON Logic expression: guards, visibility rules and computed fields are all written in it. */
export type Expression = unknown;

export type JsonSchema = Record<string, unknown>;

/** A named value with a default, overridable per municipality without editing the definition. */
export interface ParameterDefinition {
  title: LocalizedText;
  description?: LocalizedText;
  schema: JsonSchema;
  default: unknown;
}

/** A part of an instrument that the seeds leave unspecified or licensed; shown in the UI, never invented. */
export interface DefinitionGap {
  /** Dotted field path the gap concerns, when it concerns one field or section. */
  path?: string;
  text: LocalizedText;
}

export interface ComputedField {
  title: LocalizedText;
  expr: Expression;
  /** JSON Schema of the result, for reports and builders. */
  schema?: JsonSchema;
}

export interface FieldTranslation {
  title?: string;
  description?: string;
  /** Option code → label, for `oneOf`/`anyOf` choices. */
  options?: Record<string, string>;
  placeholder?: string;
}

/**
 * Whose data a form holds: a child's or a parent's journal, the family's, or none — `organisation` forms
 * (staff survey, parent panel, activity registration) are filled outside any family.
 */
export type FormSubject = 'child' | 'parent' | 'family' | 'organisation';

export interface FormDefinition {
  kind: 'form';
  formatVersion: 1;
  id: string;
  version: number;
  title: LocalizedText;
  description?: LocalizedText;
  subject: FormSubject;
  sources?: string[];
  gaps?: DefinitionGap[];
  parameters?: Record<string, ParameterDefinition>;
  /** JSON Schema 2020-12 of the submitted data; Danish titles. */
  schema: JsonSchema;
  uiSchema?: Record<string, unknown>;
  /** Dotted field path → expression; the field is shown (and required) only while it is true. */
  visibility?: Record<string, Expression>;
  computed?: Record<string, ComputedField>;
  /** English labels by dotted field path (`a.b`, array items `list[].field`, computed `=total`). */
  translations?: { en?: Record<string, FieldTranslation> };
}

export interface FormRef {
  id: string;
  /** pre/post measurement, for paired before/after analysis. */
  timing?: 'pre' | 'post';
  /** An optional form may be filled in but does not hold the step back. */
  optional?: boolean;
}

export interface Offset {
  years?: number;
  months?: number;
  weeks?: number;
  days?: number;
}

/** `answers.<formId>.<field>` anchors on a date entered in a form (e.g. an agreed follow-up date). */
export type DueAnchor = 'child.birthDate' | 'child.dueDate' | 'stateEntry' | `answers.${string}`;

type ParamRef = { param: string };

export interface DueRule {
  anchor: DueAnchor;
  offset?: { [unit in keyof Offset]?: number | ParamRef };
  /** Tolerance window around the due date, in days: a number or the name of a workflow parameter. */
  windowDays?: number | { param: string };
  /** Event the scheduler sends when the due date arrives (for waiting states). */
  event?: string;
}

export interface StateMeta {
  title?: LocalizedText;
  description?: LocalizedText;
  forms?: (string | FormRef)[];
  roles?: string[];
  due?: DueRule;
  /** The designer's manual position (relative to the parent state); no meaning at run time. */
  layout?: { x: number; y: number };
}

export interface EventDefinition {
  title: LocalizedText;
  description?: LocalizedText;
  /** A worker may send it from the UI (e.g. ending a course early). */
  manual?: boolean;
  /** JSON Schema of the event's payload (without `type`). */
  schema?: JsonSchema;
}

export interface WorkflowDefinition {
  kind: 'workflow';
  formatVersion: 1;
  id: string;
  version: number;
  title: LocalizedText;
  description?: LocalizedText;
  sources?: string[];
  gaps?: DefinitionGap[];
  roles: string[];
  parameters?: Record<string, ParameterDefinition>;
  /** The exact form versions this workflow version uses (form id → version). */
  forms: Record<string, number>;
  events?: Record<string, EventDefinition>;
  /** An XState machine config in plain JSON; guards are expressions, actions are registry names. */
  machine: MachineConfig;
}

export interface MachineConfig {
  id?: string;
  initial?: string;
  states: Record<string, StateConfig>;
  on?: Record<string, TransitionConfig | TransitionConfig[] | string>;
}

export interface ActionRef {
  type: string;
  params?: Record<string, unknown>;
}

export interface TransitionObject {
  target?: string;
  /** Leave and enter the target again even when it is the current state: its forms are asked for anew. */
  reenter?: boolean;
  guard?: Expression;
  actions?: string | ActionRef | (string | ActionRef)[];
  description?: string;
}

export type TransitionConfig = TransitionObject | string;

export interface StateConfig {
  type?: 'atomic' | 'compound' | 'parallel' | 'final';
  initial?: string;
  meta?: StateMeta;
  tags?: string[];
  states?: Record<string, StateConfig>;
  on?: Record<string, TransitionConfig | TransitionConfig[]>;
  always?: TransitionConfig | TransitionConfig[];
  onDone?: TransitionConfig | TransitionConfig[];
  entry?: string | ActionRef | (string | ActionRef)[];
  exit?: string | ActionRef | (string | ActionRef)[];
  description?: string;
}

export type Definition = FormDefinition | WorkflowDefinition;
