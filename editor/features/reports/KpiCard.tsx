import { useState } from 'react';
import type { KpiDefinition, KpiResult } from '../../../runtime/reporting';
import { useResource } from '../../app/useResource';
import { DrillDownList } from './DrillDownList';
import { formatTarget, formatValue, listBreakdowns, toChartTarget, toChartValue } from './formatKpi';
import { KpiTable, type DrillRequest } from './KpiTable';
import { reportsApi, type ReportQuery } from './reportsApi';
import type { ReportsText } from './text';
import { KpiChart } from './KpiChart';

interface Props {
  kpi: KpiDefinition;
  result: KpiResult;
  query: ReportQuery;
  text: ReportsText;
  language: 'da' | 'en';
  canDrill: boolean;
}

/** One KPI: its value against the target, its definition, the monthly trend, the table behind it, exports. */
export function KpiCard({ kpi, result, query, text, language, canDrill }: Props) {
  const [tableOpen, setTableOpen] = useState(false);
  const [drill, setDrill] = useState<DrillRequest | undefined>();
  // Month by default; district, team, version, level and the KPI's own breakdowns on request.
  const [by, setBy] = useState('month');
  const breakdowns = listBreakdowns(kpi);
  const groupTitle = (key: string): string =>
    key === 'month'
      ? text.month
      : key === 'district'
        ? text.district
        : key === 'team'
          ? text.team
          : key === 'version'
            ? text.version
            : key === 'level'
              ? text.level
              : (kpi.breakdowns?.[key]?.title[language] ?? key);
  const groupLabel = (key: string): string =>
    by === 'level'
      ? text.levelTitle(key)
      : key === ''
        ? text.notRecorded
        : (kpi.breakdowns?.[by]?.options?.[key]?.[language] ?? key);
  const groups = result.groups[by] ?? [];
  const id = `kpi-${kpi.id}`;
  const title = `${kpi.id} ${kpi.title[language]}`;
  const target = formatTarget(kpi);
  const chartTarget = toChartTarget(kpi);
  const drillKey = drill
    ? `${kpi.id}|${drill.part}|${drill.group?.by ?? ''}=${drill.group?.key ?? ''}|${JSON.stringify(query)}`
    : '';
  const rows = useResource(drillKey, () =>
    drill ? reportsApi.families(kpi.id, query, drill.part, drill.group) : Promise.resolve([]),
  );
  const numerator = kpi.numerator ?? kpi.perPathway ?? kpi.sum;
  return (
    <article className="kpi-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="h3">
        {title}
      </h2>
      {kpi.status === 'partly' ? <p className="kpi-badge">{text.partly}</p> : null}
      <p className="kpi-value">
        <span className="kpi-number">{formatValue(kpi, result.total, language)}</span>{' '}
        {numerator && kpi.measure !== 'count' ? (
          <span>
            ({numerator.title[language]} {result.total.numerator} / {kpi.denominatorTitle[language]}{' '}
            {result.total.denominator})
          </span>
        ) : (
          <span>{kpi.denominatorTitle[language]}</span>
        )}
      </p>
      <p className="kpi-target">
        {target ? `${text.target(target)} – ${kpi.target!.title[language]}` : text.noTarget}
      </p>
      <details className="kpi-definition">
        <summary>{text.definition}</summary>
        <p>{kpi.definition[language]}</p>
        {kpi.note ? <p>{kpi.note[language]}</p> : null}
        <p>
          {text.definitionVersions}:{' '}
          {Object.entries({ ...kpi.draws.workflows, ...kpi.draws.forms })
            .map(([d, v]) => `${d} v${v.join(', v')}`)
            .join('; ')}
        </p>
      </details>
      <div className="form-group kpi-breakdown">
        <label className="form-label" htmlFor={`${id}-by`}>
          {text.breakdown}
        </label>
        <select
          className="form-select"
          id={`${id}-by`}
          value={by}
          onChange={(event) => {
            setBy(event.target.value);
            setDrill(undefined);
          }}
        >
          {breakdowns.map((key) => (
            <option key={key} value={key}>
              {groupTitle(key)}
            </option>
          ))}
        </select>
      </div>
      {groups.length === 0 ? (
        <p>{text.noData}</p>
      ) : (
        <KpiChart
          id={`${id}-chart`}
          kind={by === 'month' ? 'trend' : 'breakdown'}
          title={by === 'month' ? text.trend(title) : text.breakdownChart(title, groupTitle(by))}
          description={text.trendDescription}
          unit={kpi.measure === 'rate' ? ' %' : ''}
          points={
            by === 'month'
              ? result.groups.month.map((g) => ({ label: g.key, value: toChartValue(kpi, g.cell) }))
              : groups.map((g) => ({ label: groupLabel(g.key), value: toChartValue(kpi, g.cell) }))
          }
          {...(chartTarget !== undefined && target
            ? { target: { value: chartTarget, label: text.targetLine(target) } }
            : {})}
        />
      )}
      <button
        type="button"
        className="button button-secondary"
        aria-expanded={tableOpen}
        aria-controls={`${id}-table`}
        onClick={() => setTableOpen((open) => !open)}
      >
        {tableOpen ? text.hideTable : text.showTable}
      </button>
      {tableOpen ? (
        <KpiTable
          kpi={kpi}
          result={result}
          text={text}
          language={language}
          id={`${id}-table`}
          by={by}
          byTitle={groupTitle(by)}
          groupLabel={groupLabel}
          {...(canDrill ? { onDrill: setDrill } : {})}
        />
      ) : null}
      {drill ? (
        <DrillDownList
          title={text.drillTitle(kpi.id, drill.partTitle, drill.groupTitle)}
          rows={rows}
          text={text}
          onClose={() => setDrill(undefined)}
        />
      ) : null}
      <p className="kpi-exports" role="group" aria-label={text.exportsFor(title)}>
        <a
          className="button button-secondary"
          href={reportsApi.exportHref(kpi.id, query, 'csv', language, by)}
          download
        >
          {text.exportCsv}
        </a>{' '}
        <a
          className="button button-secondary"
          href={reportsApi.exportHref(kpi.id, query, 'xlsx', language, by)}
          download
        >
          {text.exportXlsx}
        </a>
      </p>
    </article>
  );
}
