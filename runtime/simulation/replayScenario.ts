import type { Library } from '../definitions/createLibrary';
import type { CompiledWorkflow } from '../workflow/types';
import { applyScenarioStep, startSimulation, toEndState, type SimulationOptions } from './runSimulation';
import type { Scenario, SimulationState } from './types';

export interface ReplayResult {
  ok: boolean;
  path: string[];
  endState: string[];
  /** Readable (Danish) reasons the replay is red; empty when it is green. */
  failures: string[];
}

/**
 * Replays a saved scenario against a workflow with the real runtime and a fake clock: green when every step
 * is accepted and the path taken and the end state are the expected ones. Pure; used by the designer and by
 * the publishing gate on the server.
 */
export function replayScenario(
  library: Library,
  workflow: CompiledWorkflow,
  scenario: Scenario,
  options: SimulationOptions = {},
): ReplayResult {
  const context = { library, workflow, options };
  const failures: string[] = [];
  let state: SimulationState | undefined;
  try {
    let current = startSimulation(context, scenario);
    state = current;
    scenario.steps.forEach((scenarioStep, index) => {
      const outcome = applyScenarioStep(context, current, scenarioStep);
      current = outcome.state;
      state = current;
      if (outcome.problem)
        failures.push(`Trin ${index + 1} (${describeStep(scenarioStep)}): ${outcome.problem.detail}`);
    });
  } catch (error) {
    // A broken draft may make XState throw; the gate must report it, not crash.
    failures.push(`Simuleringen stoppede: ${(error as Error).message}`);
  }
  const path = state?.path ?? [];
  const endState = state ? toEndState(state) : [];
  if (!sameList(path, scenario.expected.path))
    failures.push(
      `Forventet vej: ${scenario.expected.path.join(' → ') || '(ingen)'}; faktisk vej: ${path.join(' → ') || '(ingen)'}`,
    );
  if (!sameList([...endState].sort(), [...scenario.expected.endState].sort()))
    failures.push(
      `Forventet sluttilstand: ${scenario.expected.endState.join(', ') || '(ingen)'}; faktisk: ${endState.join(', ') || '(ingen)'}`,
    );
  return { ok: failures.length === 0, path, endState, failures };
}

function describeStep(step: Scenario['steps'][number]): string {
  if (step.kind === 'submit') return `skema ${step.formId}`;
  if (step.kind === 'event') return `hændelse ${step.type}`;
  return `${step.days} dage frem`;
}

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}
