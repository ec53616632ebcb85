import {
  createActor,
  type AnyMachineSnapshot,
  type AnyStateMachine,
  type EventObject,
  type ExecutableActionObject,
} from 'xstate';
import type { StateValue } from './statePaths';
import type { PathwayContext } from './types';

/**
 * What `step()` asks of XState, with the parts that depend only on the machine computed once per machine:
 * the state nodes of a state value (XState's `resolveState` recomputes them on every call) and the inert
 * actor that transitions run in (XState's `transition()` builds a new actor, and with it the machine's whole
 * initial state, on every call). Both are pure: the same machine and state value give the same nodes.
 */
export interface MachineRunner {
  /** The snapshot of `value` with `context`; throws XState's own error for a value the machine lacks. */
  resolve(value: StateValue, context: PathwayContext): AnyMachineSnapshot;
  /** XState's `transition(machine, snapshot, event)`: the next snapshot and the actions to carry out. */
  transition(
    snapshot: AnyMachineSnapshot,
    event: EventObject,
  ): [AnyMachineSnapshot, ExecutableActionObject[]];
}

/** A machine has few distinct state values; the bound only guards against a pathological definition. */
const MAX_RESOLVED = 512;
const runners = new WeakMap<AnyStateMachine, MachineRunner>();
const noop = () => undefined;
/** The scope XState's `machine.transition` takes, as the machine declares it. */
type MachineScope = Parameters<AnyStateMachine['transition']>[2];

export function getMachineRunner(machine: AnyStateMachine): MachineRunner {
  let runner = runners.get(machine);
  if (!runner) {
    runner = createRunner(machine);
    runners.set(machine, runner);
  }
  return runner;
}

function createRunner(machine: AnyStateMachine): MachineRunner {
  // As XState's own inert scope (createInertActorScope): an actor that is never started, so actions are only
  // collected, never run. Our machines invoke and spawn nothing, so one actor and one scope serve every
  // transition; a transition runs synchronously to its end, so `collected` belongs to one call at a time.
  const self = createActor(machine);
  let collected: ExecutableActionObject[] = [];
  const scope: MachineScope = {
    self,
    system: self.system,
    id: '',
    sessionId: '',
    logger: noop,
    defer: noop,
    emit: noop,
    stopChild: noop,
    actionExecutor: (action) => {
      collected.push(action);
    },
  };
  const resolved = new Map<string, AnyMachineSnapshot>();
  return {
    resolve(value, context) {
      const key = JSON.stringify(value);
      let template = resolved.get(key);
      if (!template) {
        template = machine.resolveState({ value, context: {} }) as AnyMachineSnapshot;
        if (resolved.size >= MAX_RESOLVED) resolved.clear();
        resolved.set(key, template);
      }
      // The nodes, value, tags and history are shared read-only: XState copies them before any change.
      return { ...template, context };
    },
    transition(snapshot, event) {
      const actions: ExecutableActionObject[] = [];
      collected = actions;
      try {
        return [machine.transition(snapshot, event, scope) as AnyMachineSnapshot, actions];
      } finally {
        collected = [];
      }
    },
  };
}
