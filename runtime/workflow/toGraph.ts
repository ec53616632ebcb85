import type {
  MachineConfig,
  StateConfig,
  TransitionConfig,
  TransitionObject,
  WorkflowDefinition,
} from '../definitions/types';
import { resolveTarget } from './workflowTargets';

export type TransitionKind = 'on' | 'always' | 'onDone';

/** Where a transition sits in the definition: its source state ('' = the machine), list, event and place. */
export interface TransitionRef {
  source: string;
  kind: TransitionKind;
  /** The event for `on`; '' for `always` and `onDone`. */
  event: string;
  index: number;
}

export interface GraphNode {
  /** The state's dotted path: unique, stable while the state keeps its name. */
  id: string;
  name: string;
  parentId?: string;
  /** The state's own config without children and transitions (those are nodes and edges). */
  config: Omit<StateConfig, 'states' | 'on' | 'always' | 'onDone'>;
  /** The parent's (or the machine's) initial state. */
  initial: boolean;
  /** How the state had its children (`states` present, even empty), to write them back the same way. */
  hasStates: boolean;
}

export interface GraphEdge extends TransitionRef {
  id: string;
  /** Absolute path of the target; undefined for a transition without a target (actions only) or a broken one. */
  target?: string;
  transition: TransitionObject;
  /** How it was written: `"EVENT": "target"`, a single object, or one item of a list. */
  form: 'string' | 'single' | 'list';
}

export interface WorkflowGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** The machine's own config (id, initial) without states and transitions. */
  machine: Omit<MachineConfig, 'states' | 'on'>;
  hasMachineOn: boolean;
}

export const toEdgeId = (ref: TransitionRef): string => `${ref.source}|${ref.kind}|${ref.event}|${ref.index}`;

/** The workflow's machine as nodes (states, parents first) and edges (transitions, in definition order). */
export function toGraph(definition: Pick<WorkflowDefinition, 'machine'>): WorkflowGraph {
  const { machine } = definition;
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const addEdges = (source: string, kind: TransitionKind, event: string, value: unknown) => {
    if (value === undefined) return;
    const list = Array.isArray(value) ? (value as TransitionConfig[]) : [value as TransitionConfig];
    const form = Array.isArray(value) ? 'list' : typeof value === 'string' ? 'string' : 'single';
    list.forEach((item, index) => {
      const transition: TransitionObject = typeof item === 'string' ? { target: item } : item;
      const target =
        transition.target === undefined ? undefined : resolveTarget(machine, source, transition.target);
      const ref = { source, kind, event, index };
      edges.push({ ...ref, id: toEdgeId(ref), ...(target ? { target } : {}), transition, form });
    });
  };
  const addOn = (source: string, on: Record<string, unknown> | undefined) => {
    for (const [event, value] of Object.entries(on ?? {})) addEdges(source, 'on', event, value);
  };
  const walk = (states: Record<string, StateConfig>, parent: string, initial: string | undefined) => {
    for (const [name, state] of Object.entries(states)) {
      const id = parent ? `${parent}.${name}` : name;
      const { states: children, on, always, onDone, ...config } = state;
      nodes.push({
        id,
        name,
        ...(parent ? { parentId: parent } : {}),
        config,
        initial: initial === name,
        hasStates: children !== undefined,
      });
      addOn(id, on);
      addEdges(id, 'always', '', always);
      addEdges(id, 'onDone', '', onDone);
      if (children) walk(children, id, state.initial);
    }
  };
  const { states, on, ...machineRest } = machine;
  addOn('', on);
  walk(states, '', machine.initial);
  return { nodes, edges, machine: machineRest, hasMachineOn: on !== undefined };
}

/** Writes a graph back as a machine config: the inverse of `toGraph`. */
export function toMachineConfig(graph: WorkflowGraph): MachineConfig {
  const built = new Map<string, StateConfig>();
  const root: Record<string, StateConfig> = {};
  for (const node of graph.nodes) {
    const state: StateConfig = { ...node.config };
    if (node.hasStates) state.states = {};
    built.set(node.id, state);
    const siblings = node.parentId ? built.get(node.parentId)?.states : root;
    if (siblings) siblings[node.name] = state;
  }
  const machineOn: NonNullable<MachineConfig['on']> = {};
  const groups = new Map<string, GraphEdge[]>();
  for (const edge of graph.edges) {
    const key = `${edge.source}|${edge.kind}|${edge.event}`;
    groups.set(key, [...(groups.get(key) ?? []), edge]);
  }
  for (const group of groups.values()) {
    const first = group[0]!;
    const sorted = [...group].sort((a, b) => a.index - b.index);
    const value =
      first.form === 'list'
        ? sorted.map((e) => e.transition)
        : first.form === 'string'
          ? (first.transition.target ?? '')
          : first.transition;
    if (first.source === '') {
      machineOn[first.event] = value;
      continue;
    }
    const state = built.get(first.source);
    if (!state) continue;
    if (first.kind === 'on') state.on = { ...state.on, [first.event]: value as TransitionConfig };
    else state[first.kind] = value;
  }
  return {
    ...graph.machine,
    states: root,
    ...(graph.hasMachineOn ? { on: machineOn } : {}),
  };
}
