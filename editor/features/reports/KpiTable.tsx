import type { KpiCell, KpiDefinition, KpiResult } from '../../../runtime/reporting';
import { formatValue } from './formatKpi';
import type { ReportsText } from './text';

export interface DrillRequest {
  part: string;
  partTitle: string;
  group?: { by: string; key: string };
  groupTitle: string;
}

interface Props {
  kpi: KpiDefinition;
  result: KpiResult;
  text: ReportsText;
  language: 'da' | 'en';
  id: string;
  /** The breakdown shown (month, district, team, version, level or the KPI's own), its title and labels. */
  by: string;
  byTitle: string;
  groupLabel: (key: string) => string;
  /** Set for users who may see the families behind a number. */
  onDrill?: (request: DrillRequest) => void;
}

/** The KPI by the chosen breakdown and in total: the data behind the chart, with drill-down buttons on the counts. */
export function KpiTable({ kpi, result, text, language, id, by, byTitle, groupLabel, onDrill }: Props) {
  const title = `${kpi.id} ${kpi.title[language]}`;
  const categories = Object.entries(kpi.categories ?? {});
  const numeratorTitle =
    kpi.numerator?.title[language] ?? kpi.perPathway?.title[language] ?? kpi.sum?.title[language];
  const valueTitle =
    kpi.measure === 'rate'
      ? text.share
      : kpi.measure === 'mean'
        ? text.mean
        : kpi.measure === 'sum'
          ? text.sum
          : text.count;
  const count = (n: number, part: string, partTitle: string, key: string | undefined, groupTitle: string) =>
    onDrill && n > 0 ? (
      <button
        type="button"
        className="button-link kpi-drill"
        aria-label={text.showFamilies(`${partTitle}: ${n}`, groupTitle)}
        onClick={() =>
          onDrill({ part, partTitle, groupTitle, ...(key !== undefined ? { group: { by, key } } : {}) })
        }
      >
        {n}
      </button>
    ) : (
      n
    );
  const row = (key: string | undefined, label: string, cell: KpiCell) => (
    <tr key={label}>
      <th scope="row">{label}</th>
      <td>{count(cell.denominator, 'denominator', kpi.denominatorTitle[language], key, label)}</td>
      {numeratorTitle ? (
        <td>
          {kpi.measure === 'mean' || kpi.measure === 'sum'
            ? cell.numerator
            : count(cell.numerator, 'numerator', numeratorTitle, key, label)}
        </td>
      ) : null}
      <td>{formatValue(kpi, cell, language)}</td>
      {categories.map(([k, c]) => (
        <td key={k}>{count(cell.categories[k] ?? 0, `category:${k}`, c.title[language], key, label)}</td>
      ))}
    </tr>
  );
  return (
    <div className="table-scroll" id={id}>
      <table className="table table--compact kpi-table">
        <caption>{text.tableCaption(title, byTitle)}</caption>
        <thead>
          <tr>
            <th scope="col">{byTitle}</th>
            <th scope="col">{kpi.denominatorTitle[language]}</th>
            {numeratorTitle ? <th scope="col">{numeratorTitle}</th> : null}
            <th scope="col">{valueTitle}</th>
            {categories.map(([k, c]) => (
              <th scope="col" key={k}>
                {c.title[language]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{(result.groups[by] ?? []).map((g) => row(g.key, groupLabel(g.key), g.cell))}</tbody>
        <tfoot>{row(undefined, text.total, result.total)}</tfoot>
      </table>
    </div>
  );
}
