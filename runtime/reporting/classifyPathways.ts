import type { FactIndex } from './createFactIndex';
import { inStates, matchesAll, readField } from './matchCondition';
import type { DateRule, KpiDefinition, PathwayFact, ReportFilter, SubmissionFact } from './types';

/** One pathway of a KPI's population, with what the KPI makes of it. */
export interface ClassifiedPathway {
  pathway: PathwayFact;
  /** ISO date (YYYY-MM-DD) that places it in the period. */
  date: string;
  inNumerator: boolean;
  categories: string[];
  /** For `mean`: the items counted for this pathway. */
  count: number;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

export function getPathwayDate(
  rule: DateRule,
  pathway: PathwayFact,
  submissions: readonly SubmissionFact[],
): string | undefined {
  if (rule.form && rule.field) {
    const dated = submissions.filter((s) => s.formId === rule.form && inStates(s.state, rule.state));
    const ordered = rule.which === 'latest' ? [...dated].reverse() : dated;
    for (const submission of ordered) {
      const value = readField(submission, rule.field);
      if (typeof value === 'string' && ISO_DATE.test(value)) return value.slice(0, 10);
    }
  }
  return rule.fallback === 'startedAt' || !rule.form ? pathway.startedAt.slice(0, 10) : undefined;
}

export function isInPeriod(date: string, filter: ReportFilter): boolean {
  if (filter.from && date < filter.from) return false;
  if (filter.to && date > filter.to) return false;
  return !(filter.exclude ?? []).some((w) => date >= w.from && date <= w.to);
}

/**
 * Walks a KPI's population once: the pathways of its workflow with the pinned parameters and the required
 * data, inside the period and the filter. `onUndated` hears about pathways without a date.
 */
export function classifyPathways(
  kpi: KpiDefinition,
  index: FactIndex,
  filter: ReportFilter,
  onUndated: () => void = () => undefined,
): ClassifiedPathway[] {
  const { population } = kpi;
  const params = Object.entries(population.params ?? {});
  const categories = Object.entries(kpi.categories ?? {});
  const result: ClassifiedPathway[] = [];
  for (const pathway of index.pathwaysOf(population.workflow)) {
    if (filter.district !== undefined && pathway.district !== filter.district) continue;
    if (filter.team !== undefined && pathway.team !== filter.team) continue;
    if (filter.workflowVersion !== undefined && pathway.workflowVersion !== filter.workflowVersion) continue;
    if (params.some(([name, value]) => pathway.params[name] !== value)) continue;
    const submissions = index.submissionsOf(pathway.id);
    if (!matchesAll(population.require, pathway, submissions)) continue;
    const date = getPathwayDate(population.date, pathway, submissions);
    if (date === undefined) {
      onUndated();
      continue;
    }
    if (!isInPeriod(date, filter)) continue;
    const per = kpi.perPathway;
    result.push({
      pathway,
      date,
      inNumerator: kpi.numerator ? matchesAll(kpi.numerator.require, pathway, submissions) : false,
      categories: categories.filter(([, c]) => matchesAll(c.require, pathway, submissions)).map(([k]) => k),
      count: per
        ? submissions.filter((s) => s.formId === per.form && inStates(s.state, per.state)).length
        : 0,
    });
  }
  return result;
}
