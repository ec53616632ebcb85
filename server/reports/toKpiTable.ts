import {
  toPercent,
  type GroupBy,
  type KpiCell,
  type KpiDefinition,
  type KpiResult,
} from '../../runtime/reporting';
import type { Language } from '../../runtime';

export interface KpiTable {
  title: string;
  columns: string[];
  rows: (string | number | null)[][];
}

const GROUP_TITLES: Record<GroupBy, { da: string; en: string }> = {
  month: { da: 'Måned', en: 'Month' },
  district: { da: 'Distrikt', en: 'District' },
  team: { da: 'Team', en: 'Team' },
  version: { da: 'Forløbsversion', en: 'Pathway version' },
};

/** A KPI result as a plain table (one row per group and a total row): what CSV and XLSX exports write. */
export function toKpiTable(kpi: KpiDefinition, result: KpiResult, by: GroupBy, language: Language): KpiTable {
  const categories = Object.entries(kpi.categories ?? {});
  const total = language === 'da' ? 'I alt' : 'Total';
  const valueTitle =
    kpi.measure === 'rate'
      ? language === 'da'
        ? 'Andel (%)'
        : 'Share (%)'
      : kpi.measure === 'mean'
        ? language === 'da'
          ? 'Gennemsnit'
          : 'Mean'
        : language === 'da'
          ? 'Antal'
          : 'Count';
  const columns = [
    GROUP_TITLES[by][language],
    kpi.denominatorTitle[language],
    ...(kpi.numerator
      ? [kpi.numerator.title[language]]
      : kpi.perPathway
        ? [kpi.perPathway.title[language]]
        : []),
    valueTitle,
    ...categories.map(([, c]) => c.title[language]),
    ...(kpi.target ? [language === 'da' ? 'Mål' : 'Target'] : []),
  ];
  const row = (key: string, cell: KpiCell) => [
    key,
    cell.denominator,
    ...(kpi.numerator || kpi.perPathway ? [cell.numerator] : []),
    kpi.measure === 'rate'
      ? (toPercent(cell.rate) ?? null)
      : kpi.measure === 'mean'
        ? cell.mean === undefined
          ? null
          : Math.round(cell.mean * 10) / 10
        : cell.denominator,
    ...categories.map(([k]) => cell.categories[k] ?? 0),
    ...(kpi.target ? [kpi.measure === 'rate' ? Math.round(kpi.target.value * 100) : kpi.target.value] : []),
  ];
  return {
    title: `${kpi.id} ${kpi.title[language]}`,
    columns,
    rows: [...result.groups[by].map((g) => row(g.key, g.cell)), row(total, result.total)],
  };
}
