import { initialTransition } from 'xstate';
import { getDue } from '../scheduling/getDue';
import { toEffects } from './actionRegistry';
import { toGuardScope } from './toMachine';
import type { StateValue } from './statePaths';
import type {
  CompiledWorkflow,
  DueItem,
  Effect,
  PathwayContext,
  PathwayFacts,
  PathwaySnapshot,
} from './types';

export interface StartOptions {
  facts: PathwayFacts;
  /** Municipality overrides of the workflow's parameter defaults. */
  params?: Record<string, unknown>;
  /** Municipality overrides of the forms' parameters (e.g. a cut-off), by form id; kept with the pathway. */
  formParams?: Record<string, Record<string, unknown>>;
}

/** Starts a pathway for a family: the first snapshot, its effects and due dates. Pure; `now` is given. */
export function startPathway(
  workflow: CompiledWorkflow,
  options: StartOptions,
  now: Date,
): { snapshot: PathwaySnapshot; effects: Effect[]; due: DueItem[] } {
  const input = {
    params: { ...workflow.defaultParams, ...options.params },
    facts: structuredClone(options.facts),
    answers: {},
    progress: {},
    counters: {},
    ...(options.formParams ? { formParams: structuredClone(options.formParams) } : {}),
    clock: now.toISOString(),
  };
  const [first, actions] = initialTransition(workflow.machine, input);
  const value = first.value as StateValue;
  const snapshot: PathwaySnapshot = {
    status: first.status === 'done' ? 'done' : 'active',
    value,
    context: first.context as PathwayContext,
  };
  const effects = toEffects(actions, toGuardScope(snapshot.context, { type: 'xstate.init' }));
  return { snapshot, effects, due: getDue(workflow, snapshot) };
}
