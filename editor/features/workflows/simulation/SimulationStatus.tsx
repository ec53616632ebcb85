import { toLeafPaths, type Language } from '../../../../runtime';
import type { SimulationState } from '../../../../runtime/simulation/types';
import type { WorkflowsText } from '../text';

interface Props {
  state: SimulationState;
  language: Language;
  text: WorkflowsText['simulation'];
}

/** Where the simulation is: the clock, the active states, due dates, the worklist, the path, the log. */
export function SimulationStatus({ state, language, text }: Props) {
  const pathways = Object.values(state.pathways);
  const due = pathways.flatMap((p) =>
    p.due.map((item) => ({ ...item, pathwayId: p.id, workflowId: p.workflowId })),
  );
  const dated = due.filter((item) => item.dueDate);
  return (
    <div className="wf-sim-status">
      <p className="wf-sim-today" role="status">
        <strong>{text.today(state.today)}</strong>
      </p>
      <h3 className="wf-subtitle">{text.pathways}</h3>
      <ul className="wf-sim-pathways">
        {pathways.map((p) => (
          <li key={p.id} data-pathway={p.workflowId}>
            <strong>{p.workflowId}</strong>:{' '}
            {p.snapshot.status === 'done' ? `${text.ended} – ` : `${text.active}: `}
            <span className="wf-sim-active">{toLeafPaths(p.snapshot.value).join(', ')}</span>
            {p.flags.length > 0 ? (
              <span className="wf-sim-flags"> ⚑ {p.flags.map((f) => f.code).join(', ')}</span>
            ) : null}
          </li>
        ))}
      </ul>
      <h3 className="wf-subtitle">{text.due}</h3>
      {due.length === 0 ? <p>{text.noDue}</p> : null}
      <ul>
        {due.map((item) => (
          <li key={`${item.pathwayId}-${item.state}`}>
            {text.dueItem(item.title[language], item.dueDate ?? '–')}
            {item.event ? ` → ${item.event}` : ''}
          </li>
        ))}
      </ul>
      <h3 className="wf-subtitle">{text.worklist}</h3>
      {dated.length === 0 ? <p>{text.noDue}</p> : null}
      <ul className="wf-sim-worklist">
        {dated.map((item) => (
          <li key={`${item.pathwayId}-${item.state}`}>
            {text.worklistItem(
              item.title[language],
              item.windowStart && item.windowEnd && item.windowStart !== item.windowEnd
                ? `${item.dueDate} (${item.windowStart} – ${item.windowEnd})`
                : (item.dueDate ?? ''),
              (item.roles ?? []).join(', '),
            )}
          </li>
        ))}
      </ul>
      <h3 className="wf-subtitle">{text.path}</h3>
      <ol className="wf-sim-path">
        {state.path.map((p, i) => (
          <li key={i}>{p}</li>
        ))}
      </ol>
      <details className="wf-sim-log">
        <summary>{text.log}</summary>
        <ol>
          {state.log.map((entry, i) => (
            <li key={i}>
              {entry.date} · {entry.pathwayId} · {entry.kind} · {entry.detail}
              {entry.to ? ` → ${entry.to.join(', ')}` : ''}
            </li>
          ))}
        </ol>
      </details>
    </div>
  );
}
