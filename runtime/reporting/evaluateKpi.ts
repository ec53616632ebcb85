import { classifyPathways, type ClassifiedPathway } from './classifyPathways';
import type { FactIndex } from './createFactIndex';
import { NOT_LEVELLED } from './createLevelIndex';
import type { GroupBy, KpiCell, KpiDefinition, KpiResult, ReportFilter } from './types';

/** Ikke niveauinddelt and the four levels of F06. */
const LEVEL_KEYS = [NOT_LEVELLED, '1', '2', '3', '4'];

const GROUPS: Record<string, (c: ClassifiedPathway) => string> = {
  month: (c) => c.date.slice(0, 7),
  district: (c) => c.pathway.district ?? '',
  team: (c) => c.pathway.team,
  version: (c) => String(c.pathway.workflowVersion),
};

/** The breakdowns a KPI offers: the fixed four, `level` when it has one, and its own `breakdowns`. */
export function listGroupBys(kpi: KpiDefinition): GroupBy[] {
  return [...Object.keys(GROUPS), ...(kpi.level ? ['level'] : []), ...Object.keys(kpi.breakdowns ?? {})];
}

function keyerOf(by: GroupBy): (item: ClassifiedPathway) => string {
  const fixed = GROUPS[by];
  if (fixed) return fixed;
  if (by === 'level') return (item) => item.level ?? '';
  return (item) => item.keys?.[by] ?? '';
}

function keyOf(by: GroupBy, item: ClassifiedPathway): string {
  return keyerOf(by)(item);
}

export interface EvaluateOptions {
  /** The resolved fixed denominator of a KPI with `denominator.parameter` (the planned number). */
  denominator?: number;
}

function emptyCell(): KpiCell {
  return { denominator: 0, numerator: 0, categories: {} };
}

function addTo(cell: KpiCell, item: ClassifiedPathway, kpi: KpiDefinition): void {
  cell.denominator += 1;
  if (kpi.measure === 'mean' || kpi.measure === 'sum') cell.numerator += item.count;
  else if (item.inNumerator) cell.numerator += 1;
  for (const category of item.categories) cell.categories[category] = (cell.categories[category] ?? 0) + 1;
}

function finish(cell: KpiCell, kpi: KpiDefinition, options: EvaluateOptions): KpiCell {
  // A planned number stands in for the population: the count is the numerator, the plan the denominator.
  if (options.denominator !== undefined) cell.denominator = options.denominator;
  for (const key of Object.keys(kpi.categories ?? {})) cell.categories[key] ??= 0;
  if (kpi.measure === 'rate' && cell.denominator > 0) cell.rate = cell.numerator / cell.denominator;
  if (kpi.measure === 'mean' && cell.denominator > 0) cell.mean = cell.numerator / cell.denominator;
  return cell;
}

/**
 * Numerator, denominator and rate of one KPI, in total and per month, district, team and workflow version,
 * and per level and the KPI's own breakdowns where it has them.
 */
export function evaluateKpi(
  kpi: KpiDefinition,
  index: FactIndex,
  filter: ReportFilter = {},
  options: EvaluateOptions = {},
): KpiResult {
  let undated = 0;
  const items = classifyPathways(kpi, index, filter, () => (undated += 1));
  const total = emptyCell();
  const bys = listGroupBys(kpi);
  const groups = new Map<string, Map<string, KpiCell>>(bys.map((by) => [by, new Map()]));
  const keyed = [...groups].map(([by, cells]) => ({ cells, keyOf: keyerOf(by) }));
  // A count at a moment (`sum.latest`: staff trained at the period end) is not added up over the period: in
  // each cell, every team's latest unit counts and its earlier ones not.
  const latest = kpi.sum?.latest ? new Map<KpiCell, Map<string, ClassifiedPathway>>() : undefined;
  const add = latest
    ? (cell: KpiCell, item: ClassifiedPathway) => {
        let byTeam = latest.get(cell);
        if (!byTeam) latest.set(cell, (byTeam = new Map<string, ClassifiedPathway>()));
        const before = byTeam.get(item.pathway.team);
        if (!before || isLater(item, before)) byTeam.set(item.pathway.team, item);
      }
    : (cell: KpiCell, item: ClassifiedPathway) => addTo(cell, item, kpi);
  for (const item of items) {
    add(total, item);
    for (const { cells, keyOf } of keyed) {
      const key = keyOf(item);
      let cell = cells.get(key);
      if (!cell) cells.set(key, (cell = emptyCell()));
      add(cell, item);
    }
  }
  for (const [cell, byTeam] of latest ?? []) for (const item of byTeam.values()) addTo(cell, item, kpi);
  // Every level shows, also with no activities, so the by-level table has the same rows in each period.
  const levels = groups.get('level');
  if (levels) for (const level of LEVEL_KEYS) if (!levels.has(level)) levels.set(level, emptyCell());
  const toList = (map: Map<string, KpiCell>) =>
    [...map.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, cell]) => ({ key, cell: finish(cell, kpi, options) }));
  return {
    kpiId: kpi.id,
    total: finish(total, kpi, options),
    groups: Object.fromEntries([...groups].map(([by, cells]) => [by, toList(cells)])) as KpiResult['groups'],
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
  const inGroup = classifyPathways(kpi, index, filter).filter(
    (item) => !group || keyOf(group.by, item) === group.key,
  );
  return (kpi.sum?.latest ? keepLatestPerTeam(inGroup) : inGroup).filter((item) => {
    if (part === 'denominator') return true;
    if (part === 'numerator')
      return kpi.measure === 'mean' || kpi.measure === 'sum'
        ? item.count > 0
        : kpi.denominator
          ? true
          : item.inNumerator;
    return item.categories.includes(part.slice('category:'.length));
  });
}

/** Whether `a` is a later unit than `b`: by its date, then by when it was submitted. */
function isLater(a: ClassifiedPathway, b: ClassifiedPathway): boolean {
  if (a.date !== b.date) return a.date > b.date;
  return (a.unit?.submittedAt ?? '') > (b.unit?.submittedAt ?? '');
}

/** Every team's latest unit (a `sum.latest` KPI), in the order given. */
function keepLatestPerTeam(items: ClassifiedPathway[]): ClassifiedPathway[] {
  const byTeam = new Map<string, ClassifiedPathway>();
  for (const item of items) {
    const before = byTeam.get(item.pathway.team);
    if (!before || isLater(item, before)) byTeam.set(item.pathway.team, item);
  }
  const kept = new Set(byTeam.values());
  return items.filter((item) => kept.has(item));
}

/** A share as a whole percentage, rounded the way the national evaluation reported (sums may not be 100). */
export function toPercent(rate: number | undefined): number | undefined {
  return rate === undefined ? undefined : Math.round(rate * 100);
}
