import { useId, useState, type FormEvent } from 'react';
import type { CompiledWorkflow, Language, Library } from '../../../../runtime';
import { toEndState } from '../../../../runtime/simulation/runSimulation';
import type { Scenario } from '../../../../runtime/simulation/types';
import type { WorkflowsText } from '../text';
import { FamilyEditor } from './FamilyEditor';
import { ScenarioList } from './ScenarioList';
import { SimulationControls } from './SimulationControls';
import { SimulationStatus } from './SimulationStatus';
import type { SimulationRun } from './useSimulation';

interface Props {
  run: SimulationRun;
  library: Library | undefined;
  workflow: CompiledWorkflow | undefined;
  language: Language;
  text: WorkflowsText['simulation'];
  scenarios: Scenario[];
  onScenariosChange: (scenarios: Scenario[]) => void;
  disabled: boolean;
}

const toId = (name: string) =>
  name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'scenarie';

/** Simulation of the draft and its saved scenarios. */
export function SimulationPanel({
  run,
  library,
  workflow,
  language,
  text,
  scenarios,
  onScenariosChange,
  disabled,
}: Props) {
  const id = useId();
  const [name, setName] = useState('');
  const [saved, setSaved] = useState('');
  const save = (event: FormEvent) => {
    event.preventDefault();
    if (!run.state || !name.trim()) return;
    let scenarioId = toId(name);
    for (let n = 2; scenarios.some((s) => s.id === scenarioId); n++) scenarioId = `${toId(name)}-${n}`;
    const scenario: Scenario = {
      id: scenarioId,
      name: name.trim(),
      family: run.setup.family,
      subjectIndex: run.setup.subjectIndex,
      ...(run.setup.params ? { params: run.setup.params } : {}),
      startDate: run.setup.startDate,
      steps: run.steps,
      expected: { path: run.state.path, endState: toEndState(run.state) },
    };
    onScenariosChange([...scenarios, scenario]);
    setSaved(text.saved(scenario.name));
    setName('');
  };
  return (
    <section className="wf-simulation" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="wf-panel-title">
        {text.title}
      </h2>
      <p>{text.intro}</p>
      {!workflow ? <p className="wf-warning">{text.cannotRun}</p> : null}
      {!run.state ? (
        <>
          <FamilyEditor setup={run.setup} onChange={run.setSetup} text={text} />
          <button type="button" className="button button-primary" disabled={!workflow} onClick={run.start}>
            {text.start}
          </button>
        </>
      ) : (
        <>
          <button type="button" className="button button-secondary" onClick={run.reset}>
            {text.restart}
          </button>
          {run.problem ? (
            <p className="wf-warning" role="alert">
              {text.problem(run.problem)}
            </p>
          ) : null}
          <SimulationStatus state={run.state} language={language} text={text} />
          {library && workflow ? (
            <SimulationControls
              run={run}
              library={library}
              workflow={workflow}
              language={language}
              text={text}
            />
          ) : null}
          <form className="wf-sim-row" onSubmit={save} aria-label={text.saveScenario}>
            <label className="form-label" htmlFor={`${id}-name`}>
              {text.scenarioName}
            </label>
            <input
              id={`${id}-name`}
              className="form-input"
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
            <button type="submit" className="button button-secondary" disabled={disabled || !name.trim()}>
              {text.saveScenario}
            </button>
            <span role="status">{saved}</span>
          </form>
        </>
      )}
      <ScenarioList
        scenarios={scenarios}
        library={library}
        workflow={workflow}
        text={text}
        disabled={disabled}
        onRemove={(scenarioId) => onScenariosChange(scenarios.filter((s) => s.id !== scenarioId))}
      />
    </section>
  );
}
