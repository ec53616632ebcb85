import { useState } from 'react';
import type { CompiledWorkflow, Library } from '../../../../runtime';
import { replayScenario, type ReplayResult } from '../../../../runtime/simulation/replayScenario';
import type { Scenario } from '../../../../runtime/simulation/types';
import type { WorkflowsText } from '../text';

interface Props {
  scenarios: Scenario[];
  library: Library | undefined;
  workflow: CompiledWorkflow | undefined;
  text: WorkflowsText['simulation'];
  onRemove: (id: string) => void;
  disabled: boolean;
}

/** The saved scenarios of the workflow, replayed on demand against the current draft. */
export function ScenarioList({ scenarios, library, workflow, text, onRemove, disabled }: Props) {
  const [results, setResults] = useState<Record<string, ReplayResult>>({});
  const replay = (list: Scenario[]) => {
    if (!library || !workflow) return;
    const next = { ...results };
    for (const scenario of list) next[scenario.id] = replayScenario(library, workflow, scenario);
    setResults(next);
  };
  return (
    <section className="wf-scenarios" aria-labelledby="wf-scenarios-title">
      <h3 id="wf-scenarios-title" className="wf-subtitle">
        {text.scenarios}
      </h3>
      {scenarios.length === 0 ? <p>{text.noScenarios}</p> : null}
      {scenarios.length > 0 ? (
        <button
          type="button"
          className="button button-secondary"
          disabled={!workflow}
          onClick={() => replay(scenarios)}
        >
          {text.replayAll}
        </button>
      ) : null}
      <ul className="wf-scenario-list">
        {scenarios.map((scenario) => {
          const result = results[scenario.id];
          return (
            <li key={scenario.id} className="wf-scenario" data-scenario={scenario.id}>
              <strong>{scenario.name}</strong> <code>{scenario.id}</code>{' '}
              {result ? (
                <span className={result.ok ? 'wf-green' : 'wf-red'} role="status">
                  {result.ok ? text.green : text.red}
                </span>
              ) : null}
              <p className="wf-scenario-expected">{text.expected(scenario.expected.path.join(' → '))}</p>
              {result && !result.ok ? (
                <ul className="wf-scenario-failures">
                  {result.failures.map((f, i) => (
                    <li key={i}>{f}</li>
                  ))}
                </ul>
              ) : null}
              <div className="button-row">
                <button
                  type="button"
                  className="button button-secondary button-small"
                  disabled={!workflow}
                  onClick={() => replay([scenario])}
                >
                  {text.replay} {scenario.name}
                </button>
                <button
                  type="button"
                  className="button button-secondary button-small"
                  disabled={disabled}
                  onClick={() => onRemove(scenario.id)}
                >
                  {text.removeScenario(scenario.name)}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
