import { classifyPathways, type ClassifiedPathway } from './classifyPathways';
import type { FactIndex } from './createFactIndex';
import type { GroupBy, KpiCell, KpiDefinition, KpiResult, ReportFilter } from './types';

const GROUPS: Record<GroupBy, (c: ClassifiedPathway) => string> = {
  month: (c) => c.date.slice(0, 7),
  district: (c) => c.pathway.district ?? '',
  team: (c) => c.pathway.team,
  version: (c) => String(c.pathway.workflowVersion),
};

function emptyCell(): KpiCell {
  return { denominator: 0, numerator: 0, categories: {} };
}

function addTo(cell: KpiCell, item: ClassifiedPathway, kpi: KpiDefinition): void {
  cell.denominator += 1;
  if (kpi.measure === 'mean') cell.numerator += item.count;
  else if (item.inNumerator) cell.numerator += 1;
  for (const category of item.categories) cell.categories[category] = (cell.categories[category] ?? 0) + 1;
}

function finish(cell: KpiCell, kpi: KpiDefinition): KpiCell {
  for (const key of Object.keys(kpi.categories ?? {})) cell.categories[key] ??= 0;
  if (kpi.measure === 'rate' && cell.denominator > 0) cell.rate = cell.numerator / cell.denominator;
  if (kpi.measure === 'mean' && cell.denominator > 0) cell.mean = cell.numerator / cell.denominator;
  return cell;
}

/** Numerator, denominator and rate of one KPI, in total and per month, district, team and workflow version. */
export function evaluateKpi(kpi: KpiDefinition, index: FactIndex, filter: ReportFilter = {}): KpiResult {
  let undated = 0;
  const items = classifyPathways(kpi, index, filter, () => (undated += 1));
  const total = emptyCell();
  const groups = {} as Record<GroupBy, Map<string, KpiCell>>;
  for (const by of Object.keys(GROUPS) as GroupBy[]) groups[by] = new Map();
  for (const item of items) {
    addTo(total, item, kpi);
    for (const by of Object.keys(GROUPS) as GroupBy[]) {
      const key = GROUPS[by](item);
      let cell = groups[by].get(key);
      if (!cell) groups[by].set(key, (cell = emptyCell()));
      addTo(cell, item, kpi);
    }
  }
  const toList = (map: Map<string, KpiCell>) =>
    [...map.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, cell]) => ({ key, cell: finish(cell, kpi) }));
  return {
    kpiId: kpi.id,
    total: finish(total, kpi),
    groups: {
      month: toList(groups.month),
      district: toList(groups.district),
      team: toList(groups.team),
      version: toList(groups.version),
    },
    undated,
  };
}

export type DrillPart = 'denominator' | 'numerator' | `category:${string}`;

/** The pathways behind one number of a KPI (optionally one group's), for the drill-down list. */
export function listKpiPathways(
  kpi: KpiDefinition,
  index: FactIndex,
  filter: ReportFilter,
  part: DrillPart,
  group?: { by: GroupBy; key: string },
): ClassifiedPathway[] {
  return classifyPathways(kpi, index, filter).filter((item) => {
    if (group && GROUPS[group.by](item) !== group.key) return false;
    if (part === 'denominator') return true;
    if (part === 'numerator') return kpi.measure === 'mean' ? item.count > 0 : item.inNumerator;
    return item.categories.includes(part.slice('category:'.length));
  });
}

/** A share as a whole percentage, rounded the way the national evaluation reported (sums may not be 100). */
export function toPercent(rate: number | undefined): number | undefined {
  return rate === undefined ? undefined : Math.round(rate * 100);
}
