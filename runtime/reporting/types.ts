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
  | { anyOf: Condition[] }
  /** The unit itself (a `submission` or `record` unit): its form is one of these and it matches `where`. */
  | { this: { form?: string | string[]; where?: Where } }
  /**
   * Something happened afterwards in the same family: a submission of `form` (in pathways of `workflow`)
   * matching `where`, whose date `field` is on or after the unit's date (e.g. a need visit after a positive
   * screening). Before the unit is dated (in `population.require`) any date counts.
   */
  | { later: { workflow: string; form: string; field: string; where?: Where } };

/** Which date places a pathway in a period and a month. */
export interface DateRule {
  form?: string;
  /** A date field; a list means the first one that holds a date (`responseDate`, else `offerDate`). */
  field?: string | string[];
  state?: string | string[];
  which?: 'first' | 'latest';
  /** Without a form: when the pathway started (for a record: when it was submitted). */
  fallback?: 'startedAt';
}

/** A form whose submissions are the units of a `submission` KPI. */
export interface UnitForm {
  form: string;
  state?: string | string[];
  where?: Where;
}

/**
 * What one counted unit is: a pathway (default); a submission of one of `forms` (dated by the submission's
 * own `date.field`); a child (its earliest pathway of the population, so a child counts once); or an
 * organisation record of `record.form` (no family, no pathway).
 */
export type Unit = 'pathway' | 'submission' | 'child' | 'record';

export interface Population {
  unit?: Unit;
  /** The workflow whose pathways are the population (none for `record` units). */
  workflow?: string;
  /** More workflows beside `workflow` (a KPI over every pathway that asks for a form). */
  workflows?: string[];
  forms?: UnitForm[];
  record?: { form: string; where?: Where };
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
  measure: 'rate' | 'count' | 'mean' | 'prepost' | 'sum';
  population: Population;
  numerator?: { title: LocalizedText; require: Condition[] };
  denominatorTitle: LocalizedText;
  /** For `mean`: what is counted per pathway. */
  perPathway?: { title: LocalizedText; form: string; state?: string | string[] };
  prePost?: PrePostRule;
  /**
   * For `sum`: the numeric field of each unit that is added up (e.g. staff trained). `latest`: the field is a
   * count at a moment, so in each cell only every team's latest unit counts (not the sum over the period).
   */
  sum?: { title: LocalizedText; field: string; latest?: boolean };
  /** A fixed denominator: a form parameter (the planned number of families), instead of the population. */
  denominator?: { parameter: { form: string; name: string } };
  /**
   * Breakdown by level: the unit's own level field where its form has one (`own`: form → field), else the
   * family's latest level assessment on or before the unit's date; none → Ikke niveauinddelt (code 0).
   */
  level?: { own?: Record<string, string> };
  /** Breakdowns by a field of the unit's own submission or record (a survey round, a delivery). */
  breakdowns?: Record<
    string,
    {
      title: LocalizedText;
      field: string;
      /** The groups' names, from the form's choices (toBreakdownOptions; not written in a KPI file). */
      options?: Record<string, LocalizedText>;
    }
  >;
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

/** One organisation record (a staff survey, an activity registration): no family, no pathway. */
export interface RecordFact {
  id: string;
  formId: string;
  formVersion: number;
  data: Record<string, unknown>;
  computed: Record<string, unknown>;
  submittedAt: string;
  team: string;
}

export interface ReportFacts {
  pathways: PathwayFact[];
  submissions: SubmissionFact[];
  records?: RecordFact[];
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

/** The fixed breakdowns, `level` (KPIs with `level`) and the keys of a KPI's own `breakdowns`. */
export type GroupBy = 'month' | 'district' | 'team' | 'version' | 'level' | (string & {});

export interface KpiGroup {
  key: string;
  cell: KpiCell;
}

export interface KpiResult {
  kpiId: string;
  total: KpiCell;
  /** Always month, district, team and version; `level` and the KPI's own breakdowns when it has them. */
  groups: Record<'month' | 'district' | 'team' | 'version', KpiGroup[]> & Partial<Record<string, KpiGroup[]>>;
  /** Pathways left out because no date could be found for them. */
  undated: number;
}
