import {
  getAction,
  type ActionRef,
  type MachineConfig,
  type StateConfig,
  type TransitionConfig,
  type TransitionObject,
} from '../../../../runtime';
import { MACHINE_ID } from '../../../../runtime/workflow/workflowTargets';

export interface XStateImport {
  machine: MachineConfig;
  /** Event names the machine uses (after renaming to UPPER_SNAKE), to declare in `events`. */
  events: string[];
  /** Everything that could not be carried over, in words, with where it was. */
  notConverted: string[];
}

type Json = Record<string, unknown>;
const STATE_NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
const BUILT_IN = new Set(['FORM_SUBMITTED', 'PATHWAY_DONE', 'CHILD_BORN']);

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `next`, `go.back`, `xstate.done` → `NEXT`, `GO_BACK`, `XSTATE_DONE`: our events are UPPER_SNAKE. */
export function toEventName(name: string): string {
  const snake = name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase();
  const valid = /^[A-Z]/.test(snake) ? snake : `E_${snake}`;
  return valid.slice(0, 64);
}

/**
 * Converts an XState machine config in JSON (e.g. exported from Stately) into our machine format: states,
 * targets, initial, types, eventless and done transitions, registry actions and descriptions come over;
 * named guards, delayed transitions (`after`), invoked services, history states, actions not in the registry
 * and anything else we cannot run are listed instead of silently dropped.
 */
export function fromXStateConfig(input: unknown): XStateImport {
  if (!isObject(input) || !isObject(input.states)) throw new Error('The machine has no "states"');
  const notConverted: string[] = [];
  const events = new Set<string>();
  const machineId = typeof input.id === 'string' ? input.id : undefined;

  const toTargetString = (at: string, target: unknown): string | undefined => {
    const list = Array.isArray(target) ? target : [target];
    if (list.length > 1)
      notConverted.push(`${at}: several targets (${list.join(', ')}); only the first was kept`);
    const first: unknown = list[0];
    if (typeof first !== 'string') return undefined;
    if (machineId && first.startsWith(`#${machineId}.`))
      return `#${MACHINE_ID}.${first.slice(machineId.length + 2)}`;
    if (first.startsWith('#') && !first.startsWith(`#${MACHINE_ID}.`)) {
      notConverted.push(`${at}: target '${first}' refers to a state id; written as a path instead`);
      return `#${MACHINE_ID}.${first.slice(1)}`;
    }
    return first;
  };

  const toActions = (at: string, actions: unknown): ActionRef[] => {
    const list = actions === undefined ? [] : Array.isArray(actions) ? actions : [actions];
    const result: ActionRef[] = [];
    for (const action of list) {
      const type = typeof action === 'string' ? action : isObject(action) ? action.type : undefined;
      if (typeof type === 'string' && getAction(type)) {
        const params = isObject(action) && isObject(action.params) ? action.params : undefined;
        result.push(params ? { type, params } : { type });
      } else {
        notConverted.push(
          `${at}: action '${typeof type === 'string' ? type : JSON.stringify(action)}' is not in the action registry`,
        );
      }
    }
    return result;
  };

  const toTransition = (at: string, value: unknown): TransitionObject | undefined => {
    if (typeof value === 'string') return { target: toTargetString(at, value) };
    if (!isObject(value)) {
      notConverted.push(`${at}: a transition that is not JSON (an inline function?)`);
      return undefined;
    }
    const transition: TransitionObject = {};
    if (value.target !== undefined) {
      const target = toTargetString(at, value.target);
      if (target !== undefined) transition.target = target;
    }
    const guard = value.guard ?? value.cond;
    if (guard !== undefined)
      notConverted.push(
        `${at}: guard ${JSON.stringify(guard)} (named guards cannot run here; add a condition in the designer)`,
      );
    const actions = toActions(at, value.actions);
    if (actions.length > 0) transition.actions = actions;
    if (typeof value.description === 'string') transition.description = value.description;
    if (value.reenter === true) transition.reenter = true;
    return transition;
  };

  const toTransitions = (at: string, value: unknown): TransitionConfig | TransitionConfig[] | undefined => {
    const list = (Array.isArray(value) ? value : [value])
      .map((v, i) => toTransition(Array.isArray(value) ? `${at}[${i}]` : at, v))
      .filter((t): t is TransitionObject => t !== undefined);
    if (list.length === 0) return undefined;
    return Array.isArray(value) ? list : list[0];
  };

  const toOn = (at: string, on: unknown) => {
    if (!isObject(on)) return undefined;
    const result: Record<string, TransitionConfig | TransitionConfig[]> = {};
    for (const [name, value] of Object.entries(on)) {
      const event = BUILT_IN.has(name) ? name : toEventName(name);
      if (event !== name) notConverted.push(`${at}: event '${name}' renamed to '${event}'`);
      if (name === '*' || name === '') {
        notConverted.push(`${at}: wildcard event '${name}'`);
        continue;
      }
      const transitions = toTransitions(`${at} on ${name}`, value);
      if (transitions === undefined) continue;
      result[event] = transitions;
      if (!BUILT_IN.has(event)) events.add(event);
    }
    return Object.keys(result).length > 0 ? result : undefined;
  };

  const toStates = (states: Json, prefix: string): Record<string, StateConfig> => {
    const result: Record<string, StateConfig> = {};
    for (const [name, raw] of Object.entries(states)) {
      const at = prefix ? `${prefix}.${name}` : name;
      if (!isObject(raw)) continue;
      if (!STATE_NAME.test(name)) {
        notConverted.push(`${at}: state name is not letters and digits; state left out`);
        continue;
      }
      if (raw.type === 'history') {
        notConverted.push(`${at}: history state`);
        continue;
      }
      const state: StateConfig = {};
      if (raw.type === 'parallel' || raw.type === 'final' || raw.type === 'compound' || raw.type === 'atomic')
        state.type = raw.type;
      if (typeof raw.initial === 'string') state.initial = raw.initial;
      if (typeof raw.description === 'string') state.description = raw.description;
      const title = isObject(raw.meta) ? raw.meta.title : undefined;
      if (typeof title === 'string') state.meta = { title: { da: title, en: title } };
      else if (isObject(title) && typeof title.da === 'string')
        state.meta = { title: { da: title.da, en: typeof title.en === 'string' ? title.en : title.da } };
      const on = toOn(at, raw.on);
      if (on) state.on = on;
      const always = raw.always === undefined ? undefined : toTransitions(`${at} always`, raw.always);
      if (always) state.always = always;
      const onDone = raw.onDone === undefined ? undefined : toTransitions(`${at} onDone`, raw.onDone);
      if (onDone) state.onDone = onDone;
      for (const key of ['entry', 'exit'] as const) {
        const actions = toActions(`${at} ${key}`, raw[key]);
        if (actions.length > 0) state[key] = actions;
      }
      if (raw.after !== undefined)
        notConverted.push(`${at}: delayed transitions ('after'); use a due-date rule with an event`);
      if (raw.invoke !== undefined) notConverted.push(`${at}: invoked service(s) ('invoke')`);
      if (raw.onError !== undefined) notConverted.push(`${at}: 'onError'`);
      if (isObject(raw.states)) state.states = toStates(raw.states, at);
      result[name] = state;
    }
    return result;
  };

  const machine: MachineConfig = { states: toStates(input.states, '') };
  if (typeof input.initial === 'string') machine.initial = input.initial;
  const on = toOn('(machine)', input.on);
  if (on) machine.on = on;
  for (const key of ['context', 'after', 'invoke', 'entry', 'exit'] as const)
    if (input[key] !== undefined) notConverted.push(`(machine): '${key}'`);
  return { machine, events: [...events].sort(), notConverted };
}
