import type { LocalizedText } from '../i18n/text';

/**
 * The reporting model: KPIs are definitions (`definitions/kpis/*.json`), evaluated over normalized rows
 * that the server reads from the store. Everything here is plain JSON, so the same evaluation runs in the
 * server, in tests and (if wanted) in the browser.
 */

/** A field value test: equal to a value, one of a list, anything but a value, or an array containing a value. */
export type FieldMatch =
  | string
  | number
  | boolean
  | { in: (string | number | boolean)[] }
  | { not: string | number | boolean }
  | { contains: string }
  | { exists: boolean };

/** Field path (dotted; `=name` for a computed field) → test; all must hold. */
export type Where = Record<string, FieldMatch>;

export interface SubmissionCondition {
  form: string;
  /** The state (dotted path) that asked for the form; one of these. */
  state?: string | string[];
  where?: Where;
  /** `any` (default): some submission matches; `latest`: the latest submission of the form matches. */
  which?: 'any' | 'latest';
}

export type Condition =
  | { submission: SubmissionCondition }
  | { final: string[] }
  | { state: string[] }
  | { event: string }
  | { not: Condition }
  | { anyOf: Condition[] };

/** Which date places a pathway in a period and a month. */
export interface DateRule {
  form?: string;
  field?: string;
  state?: string | string[];
  which?: 'first' | 'latest';
  /** Without a form: when the pathway started. */
  fallback?: 'startedAt';
}

export interface Population {
  workflow: string;
  /** Pinned parameter values the instance must have (e.g. `ageMonths` = 18). */
  params?: Record<string, string | number | boolean>;
  require?: Condition[];
  date: DateRule;
}

export interface Category {
  title: LocalizedText;
  require: Condition[];
}

export interface PrePostMeasure {
  field: string;
  title: LocalizedText;
  /** `numeric`: mean change; `categorical`: pre → post counts; `presence`: only whether both were recorded. */
  scale: 'numeric' | 'categorical' | 'presence';
}

export interface PrePostRule {
  form: string;
  timepointField: string;
  pre: string;
  post: string;
  measures: PrePostMeasure[];
}

export interface KpiDefinition {
  kind: 'kpi';
  id: string;
  version: number;
  title: LocalizedText;
  /** The written definition: numerator, denominator, what counts as offered / accepted / held / not reached. */
  definition: LocalizedText;
  programme: string;
  subIntervention?: string;
  /** `rate`: numerator / denominator; `count`: the population; `mean`: submissions per pathway; `prepost`: pairs. */
  measure: 'rate' | 'count' | 'mean' | 'prepost';
  population: Population;
  numerator?: { title: LocalizedText; require: Condition[] };
  denominatorTitle: LocalizedText;
  /** For `mean`: what is counted per pathway. */
  perPathway?: { title: LocalizedText; form: string; state?: string | string[] };
  prePost?: PrePostRule;
  /** Named breakdowns shown beside the number (accepted, declined, not reached, held, …). */
  categories?: Record<string, Category>;
  /** A share (0–1) for rates, a count or mean otherwise. */
  target?: { value: number; title: LocalizedText; source: string };
  /** The definition versions the KPI reads. */
  draws: { workflows: Record<string, number[]>; forms: Record<string, number[]> };
  status: 'covered' | 'partly';
  note?: LocalizedText;
  sources: string[];
}

/** One pathway instance, as reporting sees it. */
export interface PathwayFact {
  id: string;
  familyId: string;
  childId: string;
  parentId?: string;
  workflowId: string;
  workflowVersion: number;
  params: Record<string, unknown>;
  status: 'active' | 'done';
  /** Active leaf state paths (the final state when done). */
  states: string[];
  /** Types of the accepted events other than form submissions. */
  events: string[];
  startedAt: string;
  team: string;
  district?: string;
}

/** One submission that is in force (a corrected one is replaced by its correction). */
export interface SubmissionFact {
  id: string;
  pathwayId: string;
  familyId: string;
  formId: string;
  formVersion: number;
  state: string;
  data: Record<string, unknown>;
  computed: Record<string, unknown>;
  submittedAt: string;
}

export interface ReportFacts {
  pathways: PathwayFact[];
  submissions: SubmissionFact[];
}

export interface DateWindow {
  from: string;
  to: string;
}

export interface ReportFilter {
  /** Inclusive ISO dates. */
  from?: string;
  to?: string;
  /** Windows left out of the period (inclusive), as the national evaluation left out spring 2020. */
  exclude?: DateWindow[];
  district?: string;
  team?: string;
  workflowVersion?: number;
}

export interface KpiCell {
  denominator: number;
  numerator: number;
  /** numerator / denominator (0–1), absent when the denominator is 0 or the measure is not a rate. */
  rate?: number;
  /** For `mean`: counted items / pathways. */
  mean?: number;
  categories: Record<string, number>;
}

export type GroupBy = 'month' | 'district' | 'team' | 'version';

export interface KpiResult {
  kpiId: string;
  total: KpiCell;
  groups: Record<GroupBy, { key: string; cell: KpiCell }[]>;
  /** Pathways left out because no date could be found for them. */
  undated: number;
}
