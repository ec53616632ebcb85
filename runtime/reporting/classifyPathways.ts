import type { FactIndex } from './createFactIndex';
import { NOT_LEVELLED } from './createLevelIndex';
import { listPopulationWorkflows } from './listPopulationWorkflows';
import { inStates, matchesAll, matchesWhere, readDate, readField, type MatchContext } from './matchCondition';
import type { DateRule, KpiDefinition, PathwayFact, RecordFact, ReportFilter, SubmissionFact } from './types';

/** One counted unit of a KPI (a pathway, a submission, a child or a record), with what the KPI makes of it. */
export interface ClassifiedPathway {
  /** The unit's pathway; for an organisation record a stand-in without a family (`familyId` ''). */
  pathway: PathwayFact;
  /** The submission (or record) that is the unit, for `submission` and `record` units. */
  unit?: SubmissionFact;
  /** ISO date (YYYY-MM-DD) that places it in the period. */
  date: string;
  inNumerator: boolean;
  categories: string[];
  /** For `mean`: the items counted for this pathway; for `sum`: the unit's value. */
  count: number;
  /** For KPIs with `level`: the level code ('0' = Ikke niveauinddelt). */
  level?: string;
  /** For KPIs with `breakdowns`: breakdown key → the unit's value. */
  keys?: Record<string, string>;
}

export function getPathwayDate(
  rule: DateRule,
  pathway: PathwayFact,
  submissions: readonly SubmissionFact[],
): string | undefined {
  if (rule.form && rule.field) {
    // Walked in place (first or latest first): this runs for every pathway of every KPI.
    const latest = rule.which === 'latest';
    for (let i = 0; i < submissions.length; i++) {
      const submission = submissions[latest ? submissions.length - 1 - i : i]!;
      if (submission.formId !== rule.form || !inStates(submission.state, rule.state)) continue;
      const date = readDate(submission, rule.field);
      if (date !== undefined) return date;
    }
  }
  return rule.fallback === 'startedAt' || !rule.form ? pathway.startedAt.slice(0, 10) : undefined;
}

export function isInPeriod(date: string, filter: ReportFilter): boolean {
  if (filter.from && date < filter.from) return false;
  if (filter.to && date > filter.to) return false;
  return !(filter.exclude ?? []).some((w) => date >= w.from && date <= w.to);
}

/** An organisation record as a unit: a stand-in pathway (no family) and the record as its submission. */
function recordUnit(record: RecordFact): { pathway: PathwayFact; unit: SubmissionFact } {
  return {
    pathway: {
      id: record.id,
      familyId: '',
      childId: '',
      workflowId: record.formId,
      workflowVersion: record.formVersion,
      params: {},
      status: 'done',
      states: [],
      events: [],
      startedAt: record.submittedAt,
      team: record.team,
    },
    unit: {
      id: record.id,
      pathwayId: record.id,
      familyId: '',
      formId: record.formId,
      formVersion: record.formVersion,
      state: '',
      data: record.data,
      computed: record.computed,
      submittedAt: record.submittedAt,
    },
  };
}

/** A breakdown value as a key: codes as they are, a missing answer as ''. */
function toKey(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : '';
}

/**
 * Walks a KPI's population once: the units of its workflows (or records) with the pinned parameters and
 * the required data, inside the period and the filter. `onUndated` hears about units without a date.
 */
export function classifyPathways(
  kpi: KpiDefinition,
  index: FactIndex,
  filter: ReportFilter,
  onUndated: () => void = () => undefined,
): ClassifiedPathway[] {
  const { population } = kpi;
  const unitKind = population.unit ?? 'pathway';
  const params = Object.entries(population.params ?? {});
  const categories = Object.entries(kpi.categories ?? {});
  const breakdowns = Object.entries(kpi.breakdowns ?? {});
  const result: ClassifiedPathway[] = [];

  const classify = (
    pathway: PathwayFact,
    submissions: readonly SubmissionFact[],
    date: string,
    unit?: SubmissionFact,
  ): void => {
    if (!isInPeriod(date, filter)) return;
    const context: MatchContext = { unit, date, index };
    const per = kpi.perPathway;
    const matched: string[] = [];
    for (const [key, c] of categories)
      if (matchesAll(c.require, pathway, submissions, context)) matched.push(key);
    const item: ClassifiedPathway = {
      pathway,
      date,
      inNumerator: kpi.numerator ? matchesAll(kpi.numerator.require, pathway, submissions, context) : false,
      categories: matched,
      count: per
        ? submissions.filter((s) => s.formId === per.form && inStates(s.state, per.state)).length
        : kpi.sum && unit
          ? Number(readField(unit, kpi.sum.field) ?? 0) || 0
          : 0,
    };
    if (unit) item.unit = unit;
    if (kpi.level) item.level = levelOf(kpi.level.own, pathway, submissions, date, index, unit);
    if (breakdowns.length > 0 && unit)
      item.keys = Object.fromEntries(breakdowns.map(([key, b]) => [key, toKey(readField(unit, b.field))]));
    result.push(item);
  };

  if (unitKind === 'record') {
    const rule = population.record;
    for (const record of rule ? index.recordsOf(rule.form) : []) {
      if (filter.district !== undefined) continue; // records belong to a team, not a district
      if (filter.team !== undefined && record.team !== filter.team) continue;
      if (filter.workflowVersion !== undefined && record.formVersion !== filter.workflowVersion) continue;
      const { pathway, unit } = recordUnit(record);
      if (!matchesWhere(unit, rule?.where)) continue;
      if (!matchesAll(population.require, pathway, [unit], { unit, index })) continue;
      const date =
        readDate(unit, population.date.field) ??
        (population.date.fallback === 'startedAt' ? record.submittedAt.slice(0, 10) : undefined);
      if (date === undefined) onUndated();
      else classify(pathway, [unit], date, unit);
    }
    return result;
  }

  for (const workflowId of listPopulationWorkflows(kpi))
    for (const { pathway, submissions } of index.rowsOf(workflowId)) {
      if (filter.district !== undefined && pathway.district !== filter.district) continue;
      if (filter.team !== undefined && pathway.team !== filter.team) continue;
      if (filter.workflowVersion !== undefined && pathway.workflowVersion !== filter.workflowVersion)
        continue;
      if (params.some(([name, value]) => pathway.params[name] !== value)) continue;
      if (!matchesAll(population.require, pathway, submissions, { index })) continue;
      if (unitKind === 'submission') {
        for (const unit of submissions) {
          const rule = population.forms?.find(
            (f) => f.form === unit.formId && inStates(unit.state, f.state) && matchesWhere(unit, f.where),
          );
          if (!rule) continue;
          const date = readDate(unit, population.date.field);
          if (date === undefined) onUndated();
          else classify(pathway, submissions, date, unit);
        }
        continue;
      }
      const date = getPathwayDate(population.date, pathway, submissions);
      if (date === undefined) onUndated();
      else classify(pathway, submissions, date);
    }
  return unitKind === 'child' ? firstPerChild(result) : result;
}

/** A child counts once: its earliest unit (in order of the walk when two share a date). */
function firstPerChild(items: ClassifiedPathway[]): ClassifiedPathway[] {
  const first = new Map<string, ClassifiedPathway>();
  for (const item of items) {
    const known = first.get(item.pathway.childId);
    if (!known || item.date < known.date) first.set(item.pathway.childId, item);
  }
  return [...first.values()];
}

/** The unit's own level where its form records one, else the family's level on the unit's date. */
function levelOf(
  own: Record<string, string> | undefined,
  pathway: PathwayFact,
  submissions: readonly SubmissionFact[],
  date: string,
  index: FactIndex,
  unit?: SubmissionFact,
): string {
  if (own) {
    const candidates = unit ? [unit] : [...submissions].reverse();
    for (const s of candidates) {
      const field = own[s.formId];
      const value = field === undefined ? undefined : readField(s, field);
      if (typeof value === 'number') return String(value);
    }
  }
  return pathway.familyId === '' ? NOT_LEVELLED : index.levelOn(pathway.familyId, date);
}
