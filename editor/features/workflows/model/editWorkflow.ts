import type {
  MachineConfig,
  StateConfig,
  TransitionConfig,
  TransitionObject,
  WorkflowDefinition,
} from '../../../../runtime';
import { getStateConfig } from '../../../../runtime/workflow/statePaths';
import type { TransitionRef } from '../../../../runtime/workflow/toGraph';
import { resolveTarget, toTarget } from '../../../../runtime/workflow/workflowTargets';

/**
 * Pure edits of a workflow definition, each returning a new definition (the input is never changed). The
 * designer's commands are built from these; paths are dotted state paths ('' = the machine itself).
 */

const parentOf = (path: string): string => path.split('.').slice(0, -1).join('.');
const nameOf = (path: string): string => path.split('.').at(-1) ?? path;

/** Replaces the state at `path` with `update(state)`; the ancestors are copied, nothing else is. */
export function updateState(
  definition: WorkflowDefinition,
  path: string,
  update: (state: StateConfig) => StateConfig,
): WorkflowDefinition {
  const parts = path.split('.');
  const walk = (states: Record<string, StateConfig>, depth: number): Record<string, StateConfig> => {
    const name = parts[depth]!;
    const state = states[name];
    if (!state) return states;
    const next =
      depth === parts.length - 1 ? update(state) : { ...state, states: walk(state.states ?? {}, depth + 1) };
    return { ...states, [name]: next };
  };
  return { ...definition, machine: { ...definition.machine, states: walk(definition.machine.states, 0) } };
}

/** The children of a state ('' = the machine's top-level states). */
function getChildren(machine: MachineConfig, parent: string): Record<string, StateConfig> | undefined {
  if (parent === '') return machine.states;
  let states: Record<string, StateConfig> | undefined = machine.states;
  let found: StateConfig | undefined;
  for (const part of parent.split('.')) {
    found = states?.[part];
    states = found?.states;
  }
  return found ? (found.states ?? {}) : undefined;
}

function setChildren(
  definition: WorkflowDefinition,
  parent: string,
  update: (states: Record<string, StateConfig>) => Record<string, StateConfig>,
): WorkflowDefinition {
  if (parent === '')
    return { ...definition, machine: { ...definition.machine, states: update(definition.machine.states) } };
  return updateState(definition, parent, (state) => ({ ...state, states: update(state.states ?? {}) }));
}

/** A state name not yet used among the children of `parent`: `base`, `base2`, `base3`… */
export function toFreeName(definition: WorkflowDefinition, parent: string, base: string): string {
  const children = getChildren(definition.machine, parent) ?? {};
  let name = base;
  for (let n = 2; Object.hasOwn(children, name); n++) name = `${base}${n}`;
  return name;
}

export function addState(
  definition: WorkflowDefinition,
  parent: string,
  name: string,
  state: StateConfig,
): WorkflowDefinition {
  const children = getChildren(definition.machine, parent);
  if (!children || Object.hasOwn(children, name)) return definition;
  const next = setChildren(definition, parent, (states) => ({ ...states, [name]: state }));
  // The first child of a container becomes its initial state, so the machine stays valid.
  const isFirst = Object.keys(children).length === 0;
  if (!isFirst) return next;
  if (parent === '') return { ...next, machine: { ...next.machine, initial: name } };
  return updateState(next, parent, (s) => (s.type === 'parallel' ? s : { ...s, initial: name }));
}

/** Rewrites every transition of the machine; `rewrite` gets the source path and the transition object. */
function mapTransitions(
  definition: WorkflowDefinition,
  rewrite: (source: string, transition: TransitionObject) => TransitionObject | undefined,
): WorkflowDefinition {
  const mapValue = (source: string, value: TransitionConfig | TransitionConfig[] | string | undefined) => {
    if (value === undefined) return undefined;
    const list = Array.isArray(value) ? value : [value];
    const mapped = list.flatMap((item) => {
      const object = typeof item === 'string' ? { target: item } : item;
      const next = rewrite(source, object);
      if (!next) return [];
      // Keep the short string form when the transition is still just a target.
      const unchanged = next === object && typeof item === 'string';
      return [unchanged ? item : next];
    });
    if (mapped.length === 0) return undefined;
    return Array.isArray(value) ? mapped : mapped[0];
  };
  const mapOn = (
    source: string,
    on: Record<string, TransitionConfig | TransitionConfig[] | string> | undefined,
  ) => {
    if (!on) return on;
    const entries = Object.entries(on).flatMap(([event, value]) => {
      const mapped = mapValue(source, value);
      return mapped === undefined ? [] : [[event, mapped] as const];
    });
    return Object.fromEntries(entries);
  };
  const mapStates = (states: Record<string, StateConfig>, prefix: string): Record<string, StateConfig> =>
    Object.fromEntries(
      Object.entries(states).map(([name, state]) => {
        const path = prefix ? `${prefix}.${name}` : name;
        const next: StateConfig = { ...state };
        if (state.on) next.on = mapOn(path, state.on);
        if (state.always !== undefined) {
          const always = mapValue(path, state.always);
          if (always === undefined) delete next.always;
          else next.always = always;
        }
        if (state.onDone !== undefined) {
          const onDone = mapValue(path, state.onDone);
          if (onDone === undefined) delete next.onDone;
          else next.onDone = onDone;
        }
        if (state.states) next.states = mapStates(state.states, path);
        return [name, next];
      }),
    );
  const machine: MachineConfig = { ...definition.machine, states: mapStates(definition.machine.states, '') };
  if (definition.machine.on) machine.on = mapOn('', definition.machine.on);
  return { ...definition, machine };
}

const within = (path: string, root: string) => path === root || path.startsWith(`${root}.`);

/** Renames a state; every transition that pointed into it points to the renamed state. */
export function renameState(
  definition: WorkflowDefinition,
  path: string,
  newName: string,
): WorkflowDefinition {
  const parent = parentOf(path);
  const oldName = nameOf(path);
  const children = getChildren(definition.machine, parent);
  if (!children?.[oldName] || oldName === newName || Object.hasOwn(children, newName)) return definition;
  const newPath = parent ? `${parent}.${newName}` : newName;
  const move = (p: string) => (within(p, path) ? newPath + p.slice(path.length) : p);
  // Resolve every target against the old machine before anything moves.
  const { machine } = definition;
  let next = mapTransitions(definition, (source, transition) => {
    if (transition.target === undefined) return transition;
    const target = resolveTarget(machine, source, transition.target);
    if (!target || !within(target, path)) {
      // Relative targets of a renamed source stay right: its siblings and children move with it.
      return transition;
    }
    return { ...transition, target: toTarget(move(source), move(target)) };
  });
  next = setChildren(next, parent, (states) =>
    Object.fromEntries(Object.entries(states).map(([name, s]) => [name === oldName ? newName : name, s])),
  );
  if (parent === '' && next.machine.initial === oldName)
    next = { ...next, machine: { ...next.machine, initial: newName } };
  if (parent !== '')
    next = updateState(next, parent, (s) => (s.initial === oldName ? { ...s, initial: newName } : s));
  return next;
}

/** Deletes a state with its children; transitions into it go too, and a parent's initial moves on. */
export function deleteState(definition: WorkflowDefinition, path: string): WorkflowDefinition {
  const parent = parentOf(path);
  const name = nameOf(path);
  const { machine } = definition;
  let next = mapTransitions(definition, (source, transition) => {
    if (within(source, path)) return transition; // removed with the state
    if (transition.target === undefined) return transition;
    const target = resolveTarget(machine, source, transition.target);
    return target && within(target, path) ? undefined : transition;
  });
  next = setChildren(next, parent, (states) => {
    const { [name]: _removed, ...rest } = states;
    return rest;
  });
  const remaining = Object.keys(getChildren(next.machine, parent) ?? {});
  if (parent === '' && next.machine.initial === name)
    next = { ...next, machine: { ...next.machine, initial: remaining[0] } };
  if (parent !== '')
    next = updateState(next, parent, (s) => {
      if (s.initial !== name) return s;
      const { initial: _old, ...rest } = s;
      return remaining[0] ? { ...rest, initial: remaining[0] } : rest;
    });
  return next;
}

export function setInitial(definition: WorkflowDefinition, path: string): WorkflowDefinition {
  const parent = parentOf(path);
  const name = nameOf(path);
  if (parent === '') return { ...definition, machine: { ...definition.machine, initial: name } };
  return updateState(definition, parent, (s) => ({ ...s, initial: name }));
}

/** Reads the transition list a ref points into, as a list of objects. */
function readList(definition: WorkflowDefinition, ref: Pick<TransitionRef, 'source' | 'kind' | 'event'>) {
  const state = ref.source === '' ? undefined : getStateConfig(definition.machine, ref.source);
  const value =
    ref.source === ''
      ? definition.machine.on?.[ref.event]
      : ref.kind === 'on'
        ? state?.on?.[ref.event]
        : state?.[ref.kind];
  if (value === undefined) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.map((t) => (typeof t === 'string' ? { target: t } : t));
}

function writeList(
  definition: WorkflowDefinition,
  ref: Pick<TransitionRef, 'source' | 'kind' | 'event'>,
  list: TransitionObject[],
): WorkflowDefinition {
  const value: TransitionConfig | TransitionConfig[] | undefined =
    list.length === 0 ? undefined : list.length === 1 ? list[0] : list;
  if (ref.source === '') {
    const { [ref.event]: _old, ...on } = definition.machine.on ?? {};
    return {
      ...definition,
      machine: { ...definition.machine, on: value === undefined ? on : { ...on, [ref.event]: value } },
    };
  }
  return updateState(definition, ref.source, (state) => {
    if (ref.kind !== 'on') {
      const { [ref.kind]: _old, ...rest } = state;
      return value === undefined ? rest : { ...rest, [ref.kind]: value };
    }
    const { [ref.event]: _old, ...on } = state.on ?? {};
    return { ...state, on: value === undefined ? on : { ...on, [ref.event]: value } };
  });
}

/** Adds a transition from `source` on `event` to the absolute path `target`; it is tried last. */
export function addTransition(
  definition: WorkflowDefinition,
  source: string,
  event: string,
  target: string | undefined,
): WorkflowDefinition {
  const ref = { source, kind: 'on' as const, event };
  const list = readList(definition, ref);
  return writeList(definition, ref, [
    ...list,
    target === undefined ? {} : { target: toTarget(source, target) },
  ]);
}

export function updateTransition(
  definition: WorkflowDefinition,
  ref: TransitionRef,
  update: (transition: TransitionObject) => TransitionObject,
): WorkflowDefinition {
  const list = readList(definition, ref);
  const current = list[ref.index];
  if (!current) return definition;
  return writeList(
    definition,
    ref,
    list.map((t, i) => (i === ref.index ? update(current) : t)),
  );
}

export function deleteTransition(definition: WorkflowDefinition, ref: TransitionRef): WorkflowDefinition {
  const list = readList(definition, ref);
  if (!list[ref.index]) return definition;
  return writeList(
    definition,
    ref,
    list.filter((_, i) => i !== ref.index),
  );
}

/** Moves a transition to another event (keeping target, guard and actions); it is tried last there. */
export function setTransitionEvent(
  definition: WorkflowDefinition,
  ref: TransitionRef,
  event: string,
): WorkflowDefinition {
  if (ref.kind !== 'on' || ref.event === event) return definition;
  const transition = readList(definition, ref)[ref.index];
  if (!transition) return definition;
  const removed = deleteTransition(definition, ref);
  const target = { source: ref.source, kind: 'on' as const, event };
  return writeList(removed, target, [...readList(removed, target), transition]);
}

/** Points a transition at another state (absolute path); undefined makes it a transition without target. */
export function setTransitionTarget(
  definition: WorkflowDefinition,
  ref: TransitionRef,
  target: string | undefined,
): WorkflowDefinition {
  return updateTransition(definition, ref, (t) => {
    const { target: _old, ...rest } = t;
    return target === undefined ? rest : { ...rest, target: toTarget(ref.source, target) };
  });
}

/** Moves a transition earlier (-1) or later (+1) among those of its event: XState tries them in order. */
export function moveTransition(
  definition: WorkflowDefinition,
  ref: TransitionRef,
  offset: -1 | 1,
): WorkflowDefinition {
  const list = readList(definition, ref);
  const other = ref.index + offset;
  const a = list[ref.index];
  const b = list[other];
  if (!a || !b) return definition;
  const next = [...list];
  next[ref.index] = b;
  next[other] = a;
  return writeList(definition, ref, next);
}
