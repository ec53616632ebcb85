import { problems } from '../http/ProblemError';
import {
  NOT_LEVELLED,
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

const GROUP_TITLES: Record<string, { da: string; en: string }> = {
  month: { da: 'Måned', en: 'Month' },
  district: { da: 'Distrikt', en: 'District' },
  team: { da: 'Team', en: 'Team' },
  version: { da: 'Forløbsversion', en: 'Pathway version' },
  level: { da: 'Niveau', en: 'Level' },
};

/** The level codes as the seeds name them (F13/F14 `level`: 0 = Ikke niveauinddelt, Niveau 1–4). */
function levelTitle(code: string, language: Language): string {
  if (code === NOT_LEVELLED) return language === 'da' ? 'Ikke niveauinddelt' : 'Not levelled';
  return `${language === 'da' ? 'Niveau' : 'Level'} ${code}`;
}

/** A KPI result as a plain table (one row per group and a total row): what CSV and XLSX exports write. */
export function toKpiTable(kpi: KpiDefinition, result: KpiResult, by: GroupBy, language: Language): KpiTable {
  const groups = result.groups[by];
  if (!groups) throw problems.badRequest(`Nøgletallet ${kpi.id} kan ikke opdeles efter ${by}.`);
  const groupTitle = GROUP_TITLES[by]?.[language] ?? kpi.breakdowns?.[by]?.title[language] ?? by;
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
        : kpi.measure === 'sum'
          ? language === 'da'
            ? 'Sum'
            : 'Sum'
          : language === 'da'
            ? 'Antal'
            : 'Count';
  const columns = [
    groupTitle,
    kpi.denominatorTitle[language],
    ...(kpi.numerator
      ? [kpi.numerator.title[language]]
      : kpi.perPathway
        ? [kpi.perPathway.title[language]]
        : kpi.sum
          ? [kpi.sum.title[language]]
          : []),
    valueTitle,
    ...categories.map(([, c]) => c.title[language]),
    ...(kpi.target ? [language === 'da' ? 'Mål' : 'Target'] : []),
  ];
  const row = (key: string, cell: KpiCell) => [
    key,
    cell.denominator,
    ...(kpi.numerator || kpi.perPathway || kpi.sum ? [cell.numerator] : []),
    kpi.measure === 'rate'
      ? (toPercent(cell.rate) ?? null)
      : kpi.measure === 'mean'
        ? cell.mean === undefined
          ? null
          : Math.round(cell.mean * 10) / 10
        : kpi.measure === 'sum'
          ? cell.numerator
          : cell.denominator,
    ...categories.map(([k]) => cell.categories[k] ?? 0),
    ...(kpi.target ? [kpi.measure === 'rate' ? Math.round(kpi.target.value * 100) : kpi.target.value] : []),
  ];
  return {
    title: `${kpi.id} ${kpi.title[language]}`,
    columns,
    rows: [
      ...groups.map((g) =>
        row(
          by === 'level'
            ? levelTitle(g.key, language)
            : (kpi.breakdowns?.[by]?.options?.[g.key]?.[language] ?? g.key),
          g.cell,
        ),
      ),
      row(total, result.total),
    ],
  };
}
