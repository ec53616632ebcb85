import { useEffect, useRef } from 'react';
import { toHref } from '../../app/routes';
import type { Resource } from '../../app/useResource';
import { LoadFailure } from '../../app/LoadFailure';
import type { DrillRow } from './reportsApi';
import type { ReportsText } from './text';

interface Props {
  title: string;
  rows: Resource<DrillRow[]>;
  text: ReportsText;
  onClose: () => void;
}

/** The families behind a number: opened from a KPI table, focused when it opens, closed back to the table. */
export function DrillDownList({ title, rows, text, onClose }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [title]);
  return (
    <section className="kpi-drilldown" aria-labelledby="kpi-drilldown-title">
      <h3 id="kpi-drilldown-title" ref={heading} tabIndex={-1}>
        {title}
      </h3>
      {rows.status === 'loading' ? <p role="status">{text.loading}</p> : null}
      {rows.status === 'error' ? <LoadFailure error={rows.error} onRetry={rows.reload} /> : null}
      {rows.status === 'ready' ? (
        <div className="table-scroll">
          <table className="table table--compact">
            <caption>{text.drillCount(rows.data.length)}</caption>
            <thead>
              <tr>
                <th scope="col">{text.family}</th>
                <th scope="col">{text.date}</th>
                <th scope="col">{text.district}</th>
                <th scope="col">{text.team}</th>
                <th scope="col">{text.version}</th>
              </tr>
            </thead>
            <tbody>
              {rows.data.map((r) => (
                <tr key={r.pathwayId}>
                  <th scope="row">
                    <a href={toHref({ name: 'family', familyId: r.familyId })}>{r.familyName}</a>
                  </th>
                  <td>{r.date}</td>
                  <td>{r.district ?? ''}</td>
                  <td>{r.team}</td>
                  <td>{r.workflowVersion}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <button type="button" className="button button-secondary" onClick={onClose}>
        {text.closeDrill}
      </button>
    </section>
  );
}
