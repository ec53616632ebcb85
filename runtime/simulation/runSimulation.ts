import type { Library } from '../definitions/createLibrary';
import { addOffset } from '../scheduling/dates';
import { getFormsDue } from '../workflow/getFormsDue';
import { startPathway } from '../workflow/startPathway';
import { step } from '../workflow/step';
import { toLeafPaths } from '../workflow/statePaths';
import {
  CHILD_BORN,
  FORM_SUBMITTED,
  PATHWAY_DONE,
  type CompiledWorkflow,
  type Effect,
  type PathwayEvent,
  type PathwaySnapshot,
  type StepResult,
} from '../workflow/types';
import type {
  Scenario,
  ScenarioStep,
  SimulatedFormDue,
  SimulatedPathway,
  SimulationState,
  StepOutcome,
} from './types';

export interface SimulationOptions {
  /** Municipality values of the forms' parameters (e.g. an EPDS cut-off), by form id. */
  formParams?: Record<string, Record<string, unknown>>;
}

/** What the simulation needs besides its state: the workflow under test and where sub-pathways come from. */
export interface SimulationContext {
  library: Library;
  workflow: CompiledWorkflow;
  options?: SimulationOptions;
}

/** The scheduler fires what became due in rounds; a step may make another date due at once (same cap). */
const MAX_ROUNDS = 20;
/** Longest clock jump in one step: a pathway runs for years, not centuries. */
const MAX_DAYS = 366 * 20;

/**
 * Each step gets its own instant on the fake day (10:00 UTC + one second per step): entry times stay
 * distinct, so a state entered again on the same day counts as a new stay, as it would on the server.
 */
function toInstant(state: SimulationState): Date {
  const seconds = state.sequence % 36000;
  return new Date(Date.parse(`${state.today}T10:00:00Z`) + seconds * 1000);
}

/** Starts the simulated workflow for the scenario's subject member on the scenario's start date. */
export function startSimulation(
  context: SimulationContext,
  scenario: Pick<Scenario, 'family' | 'subjectIndex' | 'params' | 'startDate'>,
): SimulationState {
  const subject = scenario.family.members[scenario.subjectIndex];
  const facts = {
    child: {
      ...(subject?.birthDate ? { birthDate: subject.birthDate } : {}),
      ...(subject?.dueDate ? { dueDate: subject.dueDate } : {}),
    },
  };
  const state: SimulationState = {
    today: scenario.startDate,
    rootId: 'p1',
    pathways: {},
    path: [],
    log: [],
    effects: [],
    sequence: 0,
  };
  startOne(context, state, context.workflow, facts, scenario.params);
  fireDue(context, state);
  return state;
}

function startOne(
  context: SimulationContext,
  state: SimulationState,
  workflow: CompiledWorkflow,
  facts: { child: { birthDate?: string; dueDate?: string } },
  params: Record<string, unknown> | undefined,
  parentId?: string,
): SimulatedPathway {
  state.sequence++;
  const id = `p${Object.keys(state.pathways).length + 1}`;
  const { definition } = workflow;
  const formParams = Object.fromEntries(
    Object.keys(definition.forms).flatMap((formId) => {
      const values = context.options?.formParams?.[formId];
      return values ? [[formId, values]] : [];
    }),
  );
  const started = startPathway(
    workflow,
    { facts, ...(params ? { params } : {}), ...(Object.keys(formParams).length ? { formParams } : {}) },
    toInstant(state),
  );
  const pathway: SimulatedPathway = {
    id,
    workflowId: definition.id,
    workflowVersion: definition.version,
    ...(parentId ? { parentId } : {}),
    snapshot: started.snapshot,
    due: started.due,
    fired: [],
    flags: [],
  };
  state.pathways[id] = pathway;
  const leaves = toLeafPaths(started.snapshot.value);
  if (id === state.rootId) state.path.push(...leaves);
  state.log.push({ date: state.today, pathwayId: id, kind: 'started', detail: definition.id, to: leaves });
  carryOut(context, state, pathway, started.effects);
  return pathway;
}

function getWorkflowOf(context: SimulationContext, pathway: SimulatedPathway): CompiledWorkflow | undefined {
  const { workflow, library } = context;
  if (
    pathway.workflowId === workflow.definition.id &&
    pathway.workflowVersion === workflow.definition.version
  )
    return workflow;
  return library.getWorkflow(pathway.workflowId, pathway.workflowVersion);
}

/** Flags are kept; sub-pathways start as the server's engine starts them (the library's latest version). */
function carryOut(
  context: SimulationContext,
  state: SimulationState,
  pathway: SimulatedPathway,
  effects: Effect[],
): void {
  for (const effect of effects) {
    state.effects.push({ ...effect, pathwayId: pathway.id, date: state.today });
    state.log.push({ date: state.today, pathwayId: pathway.id, kind: 'effect', detail: effect.type });
    if (effect.type === 'flag') pathway.flags.push({ code: String(effect.params.code), at: state.today });
    if (effect.type !== 'startPathway') continue;
    const id = String(effect.params.workflow);
    const sub =
      id === context.workflow.definition.id
        ? context.workflow
        : context.library.listWorkflows().find((w) => w.definition.id === id);
    if (!sub) {
      state.log.push({
        date: state.today,
        pathwayId: pathway.id,
        kind: 'problem',
        detail: `Delforløbet '${id}' findes ikke i biblioteket`,
      });
      continue;
    }
    const params = effect.params.params as Record<string, unknown> | undefined;
    startOne(context, state, sub, pathway.snapshot.context.facts, params, pathway.id);
  }
}

/** Steps one pathway and applies the result, as the server's engine applies it (incl. PATHWAY_DONE upward). */
function stepPathway(
  context: SimulationContext,
  state: SimulationState,
  pathway: SimulatedPathway,
  event: PathwayEvent,
): StepResult {
  const workflow = getWorkflowOf(context, pathway);
  if (!workflow) return { ok: false, problem: { kind: 'not-accepted', detail: 'Ukendt arbejdsgang' } };
  state.sequence++;
  const before = pathway.snapshot;
  const result = step(workflow, before, event, toInstant(state));
  if (!result.ok) return result;
  pathway.snapshot = result.snapshot;
  pathway.due = result.due;
  const entered = toEnteredLeaves(before, result.snapshot);
  if (pathway.id === state.rootId) state.path.push(...entered);
  if (entered.length > 0 || result.transition)
    state.log.push({
      date: state.today,
      pathwayId: pathway.id,
      kind: 'transition',
      detail: event.type,
      to: toLeafPaths(result.snapshot.value),
    });
  carryOut(context, state, pathway, result.effects);
  if (result.snapshot.status === 'done') {
    state.log.push({ date: state.today, pathwayId: pathway.id, kind: 'ended', detail: pathway.workflowId });
    const parent = pathway.parentId ? state.pathways[pathway.parentId] : undefined;
    if (parent && parent.snapshot.status === 'active') {
      const finalState = toLeafPaths(result.snapshot.value)[0] ?? '';
      stepPathway(context, state, parent, {
        type: PATHWAY_DONE,
        workflow: pathway.workflowId,
        finalState,
        pathwayId: pathway.id,
      });
    }
  }
  return result;
}

/** Leaves active after a step that were not active before it, or were left and entered again. */
function toEnteredLeaves(before: PathwaySnapshot, after: PathwaySnapshot): string[] {
  const old = new Set(toLeafPaths(before.value));
  return toLeafPaths(after.value).filter(
    (leaf) =>
      !old.has(leaf) || before.context.progress[leaf]?.enteredAt !== after.context.progress[leaf]?.enteredAt,
  );
}

/** What the server's scheduler does on a day: send each due event whose date has come, once per stay. */
function fireDue(context: SimulationContext, state: SimulationState): void {
  for (let round = 0; round < MAX_ROUNDS; round++) {
    let fired = 0;
    for (const pathway of Object.values(state.pathways)) {
      if (pathway.snapshot.status !== 'active') continue;
      for (const item of pathway.due) {
        if (!item.event || !item.dueDate || item.dueDate > state.today) continue;
        const enteredAt = pathway.snapshot.context.progress[item.state]?.enteredAt ?? '';
        const key = `${item.state}|${enteredAt}|${item.event}`;
        if (pathway.fired.includes(key)) continue;
        pathway.fired.push(key);
        state.log.push({ date: state.today, pathwayId: pathway.id, kind: 'scheduled', detail: item.event });
        stepPathway(context, state, pathway, { type: item.event, dueDate: item.dueDate });
        fired++;
        break; // the pathway's due list changed with the step
      }
    }
    if (fired === 0) return;
  }
}

/** The forms due now, over every active pathway of the simulation (the simulated workflow's first). */
export function listSimulatedFormsDue(
  context: SimulationContext,
  state: SimulationState,
): SimulatedFormDue[] {
  return Object.values(state.pathways).flatMap((pathway) => {
    const workflow = getWorkflowOf(context, pathway);
    return workflow
      ? getFormsDue(workflow, pathway.snapshot).map((due) => ({ ...due, pathwayId: pathway.id }))
      : [];
  });
}

/**
 * Applies one scenario step to a copy of the state: a submission goes to the pathway whose active step asks
 * for the form; an event to the first active pathway that accepts it (CHILD_BORN to every one, as the server
 * sends it to all of the child's pathways); a clock jump fires what becomes due, day by day.
 */
export function applyScenarioStep(
  context: SimulationContext,
  current: SimulationState,
  scenarioStep: ScenarioStep,
): StepOutcome {
  const state = structuredClone(current);
  if (scenarioStep.kind === 'advanceDays') {
    const days = Math.max(0, Math.min(MAX_DAYS, Math.floor(scenarioStep.days)));
    for (let day = 0; day < days; day++) {
      state.today = addOffset(state.today, { days: 1 });
      fireDue(context, state);
    }
    return { state };
  }
  if (scenarioStep.kind === 'submit') {
    const due = listSimulatedFormsDue(context, state).find((f) => f.formId === scenarioStep.formId);
    const pathway = due ? state.pathways[due.pathwayId] : undefined;
    if (!pathway)
      return {
        state: current,
        problem: { kind: 'form-not-due', detail: `Skemaet '${scenarioStep.formId}' skal ikke udfyldes nu.` },
      };
    const submissionId = `s${state.sequence + 1}`;
    state.log.push({
      date: state.today,
      pathwayId: pathway.id,
      kind: 'submitted',
      detail: scenarioStep.formId,
    });
    const result = stepPathway(context, state, pathway, {
      type: FORM_SUBMITTED,
      formId: scenarioStep.formId,
      submissionId,
      data: scenarioStep.data,
    });
    if (!result.ok) return { state: current, problem: result.problem };
    fireDue(context, state);
    return { state };
  }
  const event = { ...scenarioStep.payload, type: scenarioStep.type } as PathwayEvent;
  const active = Object.values(state.pathways).filter((p) => p.snapshot.status === 'active');
  let accepted = false;
  let lastProblem: StepOutcome['problem'];
  for (const pathway of active) {
    if (pathway.snapshot.status !== 'active') continue;
    state.log.push({ date: state.today, pathwayId: pathway.id, kind: 'event', detail: scenarioStep.type });
    const result = stepPathway(context, state, pathway, event);
    if (result.ok) {
      accepted = true;
      if (scenarioStep.type !== CHILD_BORN) break;
    } else {
      state.log.pop();
      lastProblem = result.problem;
    }
  }
  if (!accepted)
    return {
      state: current,
      problem: lastProblem ?? { kind: 'no-pathway', detail: 'Ingen aktive forløb kan modtage hændelsen.' },
    };
  fireDue(context, state);
  return { state };
}

/** The active leaf paths of the simulated workflow (its final state once it has ended). */
export function toEndState(state: SimulationState): string[] {
  const root = state.pathways[state.rootId];
  return root ? toLeafPaths(root.snapshot.value) : [];
}
