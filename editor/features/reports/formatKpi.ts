import type { KpiCell, KpiDefinition } from '../../../runtime/reporting';

/** A KPI's headline value as text: a whole percentage for rates (as reported), one decimal for means. */
export function formatValue(kpi: KpiDefinition, cell: KpiCell, language: 'da' | 'en'): string {
  if (kpi.measure === 'rate') return cell.rate === undefined ? '–' : `${Math.round(cell.rate * 100)} %`;
  if (kpi.measure === 'mean')
    return cell.mean === undefined
      ? '–'
      : cell.mean.toLocaleString(language === 'da' ? 'da-DK' : 'en-GB', { maximumFractionDigits: 1 });
  if (kpi.measure === 'sum') return String(cell.numerator);
  return String(cell.denominator);
}

/** The number a chart plots for a cell (percent, mean or count). */
export function toChartValue(kpi: KpiDefinition, cell: KpiCell): number | null {
  if (kpi.measure === 'rate') return cell.rate === undefined ? null : Math.round(cell.rate * 100);
  if (kpi.measure === 'mean') return cell.mean === undefined ? null : Math.round(cell.mean * 10) / 10;
  if (kpi.measure === 'sum') return cell.numerator;
  return cell.denominator;
}

export function formatTarget(kpi: KpiDefinition): string | undefined {
  if (!kpi.target) return undefined;
  return kpi.measure === 'rate' ? `${Math.round(kpi.target.value * 100)} %` : String(kpi.target.value);
}

export function toChartTarget(kpi: KpiDefinition): number | undefined {
  if (!kpi.target) return undefined;
  return kpi.measure === 'rate' ? Math.round(kpi.target.value * 100) : kpi.target.value;
}

/** The breakdowns a KPI's result offers, in the order the dashboard lists them. */
export function listBreakdowns(kpi: KpiDefinition): string[] {
  return [
    'month',
    'district',
    'team',
    'version',
    ...(kpi.level ? ['level'] : []),
    ...Object.keys(kpi.breakdowns ?? {}),
  ];
}
