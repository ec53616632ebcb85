import { assign, setup, type AnyStateMachine } from 'xstate';
import type {
  ActionRef,
  FormRef,
  MachineConfig,
  StateConfig,
  TransitionConfig,
  WorkflowDefinition,
} from '../definitions/types';
import { evaluateExpression, isTruthy } from '../expressions/evaluate';
import { actionRegistry } from './actionRegistry';
import { toConsentFacts } from './consents';
import { FORM_SUBMITTED, type PathwayContext } from './types';

interface FormsCompleteParams {
  state: string;
  forms: string[];
  required: string[];
  expr?: unknown;
}

/** Every purpose not given; built once, as guards run on every transition tried. */
const NO_CONSENTS: Readonly<Record<string, boolean>> = toConsentFacts();

/** What a guard expression sees; `now` is the step's time (an ISO instant), never the clock. */
export function toGuardScope(context: PathwayContext, event: unknown): Record<string, unknown> {
  return {
    answers: context.answers,
    facts: context.facts,
    consents: { ...NO_CONSENTS, ...context.facts.consents },
    params: context.params,
    counters: context.counters ?? {},
    now: context.clock,
    event,
  };
}

/**
 * Every state records its own entry and exit, as XState runs them: a state entered again (a loop with
 * `reenter`) starts with a clean slate of forms; a state left forgets its forms.
 */
const progressActions = {
  enterState: assign(({ context }: { context: PathwayContext }, params: { state: string }) => ({
    progress: { ...context.progress, [params.state]: { enteredAt: context.clock ?? '', submitted: {} } },
  })),
  exitState: assign(({ context }: { context: PathwayContext }, params: { state: string }) => {
    const { [params.state]: _left, ...progress } = context.progress;
    return { progress };
  }),
};

const noop = () => undefined;
/** Effect actions are no-ops here (the server carries them out); context updates are pure assigns. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- XState cannot type a registry built at run time
const actions = Object.fromEntries(
  Object.entries(actionRegistry).map(([name, entry]) => {
    const update = entry.update;
    if (!update) return [name, noop];
    return [
      name,
      assign(({ context }: { context: PathwayContext }, params: Record<string, unknown>) =>
        update(context, params),
      ),
    ];
  }),
);

const pathwaySetup = setup({
  types: { context: {} as PathwayContext, input: {} as PathwayContext },
  guards: {
    expr: ({ context, event }, params: { expr: unknown }) =>
      isTruthy(evaluateExpression(params.expr, toGuardScope(context, event))),
    /** Added by the loader: a state's FORM_SUBMITTED transitions wait until all its required forms are in. */
    formsComplete: ({ context, event }, params: FormsCompleteParams) => {
      const formId = (event as { formId?: unknown }).formId;
      if (typeof formId !== 'string' || !params.forms.includes(formId)) return false;
      const submitted = context.progress[params.state]?.submitted ?? {};
      if (!params.required.every((id) => Object.hasOwn(submitted, id))) return false;
      return (
        params.expr === undefined || isTruthy(evaluateExpression(params.expr, toGuardScope(context, event)))
      );
    },
  },
  // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- see `actions` above
  actions: { ...actions, ...progressActions },
});

export function toFormRefs(forms: (string | FormRef)[] | undefined): FormRef[] {
  return (forms ?? []).map((f) => (typeof f === 'string' ? { id: f } : f));
}

/** Turns a stored workflow definition into an XState machine. Throws XState's own error for a broken config. */
export function toMachine(definition: WorkflowDefinition): AnyStateMachine {
  const config = {
    id: 'pathway',
    initial: definition.machine.initial,
    context: ({ input }: { input: PathwayContext }) => input,
    states: toStates(definition.machine.states, ''),
    on: toOn(definition.machine.on, undefined),
  };
  return pathwaySetup.createMachine(config as never) as unknown as AnyStateMachine;
}

function toStates(states: Record<string, StateConfig>, prefix: string): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(states).map(([name, state]) => {
      const path = prefix ? `${prefix}.${name}` : name;
      return [name, toState(state, path)];
    }),
  );
}

function toState(state: StateConfig, path: string): Record<string, unknown> {
  const forms = toFormRefs(state.meta?.forms);
  const formsGuard =
    forms.length > 0
      ? {
          state: path,
          forms: forms.map((f) => f.id),
          required: forms.filter((f) => !f.optional).map((f) => f.id),
        }
      : undefined;
  const result: Record<string, unknown> = {
    type: state.type,
    initial: state.initial,
    meta: state.meta,
    tags: state.tags,
    description: state.description,
    on: toOn(state.on, formsGuard),
    always: toTransitions(state.always),
    onDone: toTransitions(state.onDone),
    entry: [{ type: 'enterState', params: { state: path } }, ...(toActions(state.entry) ?? [])],
    exit: [...(toActions(state.exit) ?? []), { type: 'exitState', params: { state: path } }],
    states: state.states ? toStates(state.states, path) : undefined,
  };
  for (const key of Object.keys(result)) if (result[key] === undefined) delete result[key];
  return result;
}

function toOn(
  on: Record<string, TransitionConfig | TransitionConfig[] | string> | undefined,
  formsGuard: Omit<FormsCompleteParams, 'expr'> | undefined,
): Record<string, unknown> | undefined {
  if (!on) return undefined;
  return Object.fromEntries(
    Object.entries(on).map(([event, transitions]) => [
      event,
      toTransitions(transitions, event === FORM_SUBMITTED ? formsGuard : undefined),
    ]),
  );
}

function toTransitions(
  transitions: TransitionConfig | TransitionConfig[] | undefined,
  formsGuard?: Omit<FormsCompleteParams, 'expr'>,
): unknown[] | undefined {
  if (transitions === undefined) return undefined;
  const list = Array.isArray(transitions) ? transitions : [transitions];
  return list.map((t) => {
    const transition = typeof t === 'string' ? { target: t } : t;
    const result: Record<string, unknown> = {};
    if (transition.target !== undefined) result.target = transition.target;
    if (transition.description !== undefined) result.description = transition.description;
    if (transition.reenter !== undefined) result.reenter = transition.reenter;
    if (transition.actions !== undefined) result.actions = toActions(transition.actions);
    const hasExpr = transition.guard !== undefined;
    if (formsGuard) {
      result.guard = {
        type: 'formsComplete',
        params: hasExpr ? { ...formsGuard, expr: transition.guard } : formsGuard,
      };
    } else if (hasExpr) {
      result.guard = { type: 'expr', params: { expr: transition.guard } };
    }
    return result;
  });
}

function toActions(
  actions: string | ActionRef | (string | ActionRef)[] | undefined,
): ActionRef[] | undefined {
  if (actions === undefined) return undefined;
  const list = Array.isArray(actions) ? actions : [actions];
  return list.map((a) => (typeof a === 'string' ? { type: a } : a));
}

export type { MachineConfig };
