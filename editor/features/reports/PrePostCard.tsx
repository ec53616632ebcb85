import type { KpiDefinition } from '../../../runtime/reporting';
import type { PrePostResult } from '../../../runtime/reporting/evaluatePrePost';
import type { ReportsText } from './text';

interface Props {
  kpi: KpiDefinition;
  result: PrePostResult;
  text: ReportsText;
  language: 'da' | 'en';
}

/** Paired start/end measurements per theme: complete pairs on the same form version, change, distribution. */
export function PrePostCard({ kpi, result, text, language }: Props) {
  const title = `${kpi.id} ${kpi.title[language]}`;
  const measures = kpi.prePost?.measures ?? [];
  const number = (n: number) =>
    n.toLocaleString(language === 'da' ? 'da-DK' : 'en-GB', { maximumFractionDigits: 2 });
  return (
    <article className="kpi-card" aria-labelledby={`kpi-${kpi.id}-title`}>
      <h2 id={`kpi-${kpi.id}-title`} className="h3">
        {title}
      </h2>
      {kpi.status === 'partly' ? <p className="kpi-badge">{text.partly}</p> : null}
      <dl className="kpi-prepost-counts">
        <dt>{text.prePost.pathways}</dt>
        <dd>{result.pathways}</dd>
        <dt>{text.prePost.completePairs}</dt>
        <dd>{result.completePairs}</dd>
        <dt>{text.prePost.versionMismatch}</dt>
        <dd>{result.versionMismatch}</dd>
        <dt>{text.prePost.preOnly}</dt>
        <dd>{result.preOnly}</dd>
      </dl>
      <details className="kpi-definition">
        <summary>{text.definition}</summary>
        <p>{kpi.definition[language]}</p>
        {kpi.note ? <p>{kpi.note[language]}</p> : null}
      </details>
      <div className="table-scroll">
        <table className="table table--compact">
          <caption>{text.prePost.caption(title)}</caption>
          <thead>
            <tr>
              <th scope="col">{text.prePost.measure}</th>
              <th scope="col">{text.prePost.pairs}</th>
              <th scope="col">{text.prePost.meanChange}</th>
              <th scope="col">{text.prePost.distribution}</th>
            </tr>
          </thead>
          <tbody>
            {result.measures.map((m) => (
              <tr key={m.field}>
                <th scope="row">{measures.find((d) => d.field === m.field)?.title[language] ?? m.field}</th>
                <td>{m.pairs}</td>
                <td>{m.meanChange === undefined ? '–' : number(m.meanChange)}</td>
                <td>
                  {Object.entries(m.distribution)
                    .map(([k, n]) => `${k}: ${n}`)
                    .join(', ') || '–'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </article>
  );
}
