import type { Selection } from '../model/Selection';
import type { WorkflowsText } from '../text';
import type { LintEntry } from '../useWorkflowLint';

interface Props {
  entries: LintEntry[];
  text: WorkflowsText['lint'];
  onSelect: (selection: Selection) => void;
}

/** The live lint: every finding, errors first; clicking one selects the state or transition it is about. */
export function LintPanel({ entries, text, onSelect }: Props) {
  const errors = entries.filter((e) => e.severity === 'error').length;
  return (
    <section className="wf-lint" aria-labelledby="wf-lint-title">
      <h2 id="wf-lint-title" className="wf-panel-title">
        {text.title} <span className="wf-lint-count">({text.count(errors, entries.length - errors)})</span>
      </h2>
      <div role="status" aria-live="polite" className="sr-only">
        {text.count(errors, entries.length - errors)}
      </div>
      {entries.length === 0 ? <p>{text.clean}</p> : null}
      <ul className="wf-lint-list">
        {entries.map((entry, index) => (
          <li key={index} className={`wf-lint-item wf-lint-${entry.severity}`}>
            <span className="wf-lint-severity">
              {entry.severity === 'error' ? text.error : text.warning}:
            </span>{' '}
            {entry.selection ? (
              <button type="button" className="wf-link-button" onClick={() => onSelect(entry.selection!)}>
                {entry.text}
              </button>
            ) : (
              entry.text
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
