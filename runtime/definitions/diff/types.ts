import type { Expression, FormDefinition, LocalizedText } from '../types';

export type ChangeType = 'added' | 'removed' | 'changed';

/** One property of a field, state or transition that differs between the two versions. */
export interface PropertyChange {
  property: string;
  before: unknown;
  after: unknown;
}

export interface ChoiceOption {
  code: string;
  title: LocalizedText;
}

/** What the diff knows about one form field (or computed field, path `=id`) in one version. */
export interface FieldSnapshot {
  path: string;
  title: LocalizedText;
  /** JSON Schema type(s) joined with `|`, or `computed`. */
  type: string;
  format?: string;
  options: ChoiceOption[];
  required: boolean;
  /** minimum, maximum, minLength, maxLength, minItems, maxItems, pattern. */
  limits: Record<string, unknown>;
  visibility?: Expression;
  /** The expression of a computed field. */
  expr?: Expression;
  hasDefault: boolean;
}

export interface FieldChange {
  path: string;
  change: ChangeType;
  before?: FieldSnapshot;
  after?: FieldSnapshot;
  changes: PropertyChange[];
  /** Choice codes that exist only in one of the versions, and codes kept under another label. */
  optionsAdded: ChoiceOption[];
  optionsRemoved: ChoiceOption[];
  /** A removed code whose label lives on under a new code. */
  optionsRecoded: { from: string; to: string; title: LocalizedText }[];
}

export interface ParameterChange {
  name: string;
  change: ChangeType;
  title: LocalizedText;
  before?: unknown;
  after?: unknown;
  changes: PropertyChange[];
}

interface DiffHeader {
  id: string;
  title: LocalizedText;
  fromVersion: number;
  toVersion: number;
  /** Title, description, subject, roles: the definition's own properties. */
  meta: PropertyChange[];
  parameters: ParameterChange[];
}

export interface FormDiff extends DiffHeader {
  kind: 'form';
  fields: FieldChange[];
}

export interface StateSnapshot {
  path: string;
  title: LocalizedText;
  type: string;
  forms: string[];
  roles: string[];
  due?: unknown;
  entry: unknown[];
  exit: unknown[];
}

export interface StateChange {
  path: string;
  change: ChangeType;
  before?: StateSnapshot;
  after?: StateSnapshot;
  changes: PropertyChange[];
}

/** A transition as the diff sees it: where it starts, on what, where it goes, when, and what it does. */
export interface TransitionSnapshot {
  /** `source|event|target#n`: stable between versions for the same edge. */
  key: string;
  source: string;
  sourceTitle: LocalizedText;
  /** The event type, or `always` / `onDone`. */
  event: string;
  eventTitle: LocalizedText;
  /** Resolved dotted target path; undefined for a targetless transition. */
  target?: string;
  targetTitle?: LocalizedText;
  guard?: Expression;
  /** The guard in words, resolved against the forms' titles when they were given. */
  guardText?: LocalizedText;
  actions: unknown[];
}

export interface TransitionChange {
  key: string;
  change: ChangeType;
  before?: TransitionSnapshot;
  after?: TransitionSnapshot;
  changes: PropertyChange[];
}

export interface FormPinChange {
  id: string;
  title: LocalizedText;
  before?: number;
  after?: number;
}

export interface WorkflowDiff extends DiffHeader {
  kind: 'workflow';
  states: StateChange[];
  transitions: TransitionChange[];
  forms: FormPinChange[];
  events: PropertyChange[];
  /** Titles of the forms either version uses, so notes and views name forms by title. */
  formTitles: Record<string, LocalizedText>;
}

export type DefinitionDiff = FormDiff | WorkflowDiff;

export type ChangeLevel = 'breaking' | 'safe';

export interface ChangeReason {
  code:
    | 'field-removed'
    | 'field-retyped'
    | 'choice-removed'
    | 'choice-recoded'
    | 'required-added'
    | 'state-removed';
  path: string;
  message: LocalizedText;
}

export interface ChangeClassification {
  level: ChangeLevel;
  reasons: ChangeReason[];
}

/**
 * What the server knows about the data behind the old version. Anything left out is assumed to be there
 * (the safe assumption): without counts, removing a state or a field is breaking.
 */
export interface ChangeUsage {
  /** Live (not finished) instances per active state path of the workflow, parents included or not. */
  instancesByState?: Record<string, number>;
  /** Stored submissions of the form (any version). */
  submissions?: number;
  /** Live instances waiting in a state that asks for the form (they will fill in the new version). */
  instancesAwaitingForm?: number;
}

/** Looks up a form definition: lets a workflow diff name guards by the forms' field titles. */
export interface DiffContext {
  getForm?: (id: string, version: number) => FormDefinition | undefined;
}
