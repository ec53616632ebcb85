import { useCallback, useMemo, useState } from 'react';
import {
  addOffset,
  toActivePaths,
  toIsoDate,
  type CompiledWorkflow,
  type Library,
} from '../../../../runtime';
import { applyScenarioStep, startSimulation } from '../../../../runtime/simulation/runSimulation';
import type { Scenario, ScenarioStep, SimulationState } from '../../../../runtime/simulation/types';

export type SimulationSetup = Pick<Scenario, 'family' | 'subjectIndex' | 'startDate'> & {
  params?: Record<string, unknown>;
};

export interface SimulationRun {
  setup: SimulationSetup;
  setSetup: (setup: SimulationSetup) => void;
  state: SimulationState | undefined;
  /** The steps taken so far, as they will be saved in a scenario. */
  steps: ScenarioStep[];
  problem: string | undefined;
  start: () => void;
  apply: (step: ScenarioStep) => boolean;
  reset: () => void;
  /** Every state path active in the simulated workflow (containers too), for the canvas. */
  activePaths: ReadonlySet<string>;
}

export function createDefaultSetup(today: string): SimulationSetup {
  return {
    family: {
      members: [
        { role: 'mother', name: 'Testmor' },
        { role: 'child', name: 'Testbarn', dueDate: addOffset(today, { days: 60 }) },
      ],
    },
    subjectIndex: 1,
    startDate: today,
  };
}

/**
 * A simulation of the draft in the browser: the real runtime (runtime/simulation) on a fake clock. Kept by
 * the designer page so that it survives switching panels and lights up the canvas.
 */
export function useSimulation(
  library: Library | undefined,
  workflow: CompiledWorkflow | undefined,
): SimulationRun {
  const [setup, setSetup] = useState<SimulationSetup>(() => createDefaultSetup(toIsoDate(new Date())));
  const [state, setState] = useState<SimulationState>();
  const [steps, setSteps] = useState<ScenarioStep[]>([]);
  const [problem, setProblem] = useState<string>();
  const context = useMemo(
    () => (library && workflow ? { library, workflow } : undefined),
    [library, workflow],
  );

  const start = useCallback(() => {
    if (!context) return;
    try {
      setState(startSimulation(context, setup));
      setSteps([]);
      setProblem(undefined);
    } catch (error) {
      setProblem((error as Error).message);
    }
  }, [context, setup]);

  const apply = useCallback(
    (step: ScenarioStep): boolean => {
      if (!context || !state) return false;
      try {
        const outcome = applyScenarioStep(context, state, step);
        if (outcome.problem) {
          setProblem(outcome.problem.detail);
          return false;
        }
        setState(outcome.state);
        setSteps((s) => [...s, step]);
        setProblem(undefined);
        return true;
      } catch (error) {
        setProblem((error as Error).message);
        return false;
      }
    },
    [context, state],
  );

  const reset = useCallback(() => {
    setState(undefined);
    setSteps([]);
    setProblem(undefined);
  }, []);

  const activePaths = useMemo(() => {
    const root = state?.pathways[state.rootId];
    return new Set(root ? toActivePaths(root.snapshot.value) : []);
  }, [state]);

  return { setup, setSetup, state, steps, problem, start, apply, reset, activePaths };
}
