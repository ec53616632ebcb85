import { listStates } from '../../workflow/statePaths';
import type { ActionRef, LocalizedText, StateConfig, TransitionConfig, WorkflowDefinition } from '../types';
import { describeGuard } from './describeGuard';
import type { DiffContext, StateSnapshot, TransitionSnapshot } from './types';

const SPECIAL_EVENTS: Record<string, LocalizedText> = {
  always: { da: 'automatisk', en: 'automatically' },
  onDone: { da: 'når trinnet er færdigt', en: 'when the step is done' },
  FORM_SUBMITTED: { da: 'når skemaerne er indsendt', en: 'when the forms are submitted' },
  PATHWAY_DONE: { da: 'når et underforløb slutter', en: 'when a sub-pathway ends' },
};

/** Every state of the workflow with what a reader of the diff cares about. */
export function toStateSnapshots(workflow: WorkflowDefinition): StateSnapshot[] {
  return listStates(workflow.machine).map(({ path, state }) => ({
    path,
    title: toStateTitle(workflow, path),
    type: state.type ?? (state.states ? 'compound' : 'atomic'),
    forms: (state.meta?.forms ?? []).map((form) => (typeof form === 'string' ? form : form.id)),
    roles: state.meta?.roles ?? [],
    ...(state.meta?.due ? { due: state.meta.due } : {}),
    entry: toList(state.entry),
    exit: toList(state.exit),
  }));
}

/** A state's title, or its path when it has none (routing states often have none). */
export function toStateTitle(workflow: WorkflowDefinition, path: string): LocalizedText {
  let states: Record<string, StateConfig> | undefined = workflow.machine.states;
  let state: StateConfig | undefined;
  for (const part of path.split('.')) {
    state = states?.[part];
    states = state?.states;
  }
  return state?.meta?.title ?? { da: path, en: path };
}

/** Every transition of the machine (root `on` included), keyed so the same edge matches across versions. */
export function toTransitionSnapshots(
  workflow: WorkflowDefinition,
  context: DiffContext = {},
): TransitionSnapshot[] {
  const snapshots: TransitionSnapshot[] = [];
  const seen = new Map<string, number>();
  const add = (source: string, event: string, config: TransitionConfig) => {
    const transition = typeof config === 'string' ? { target: config } : config;
    const target =
      transition.target === undefined ? undefined : resolveTarget(workflow, source, transition.target);
    const base = `${source}|${event}|${target ?? ''}`;
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    snapshots.push({
      key: count === 0 ? base : `${base}#${count + 1}`,
      source,
      sourceTitle: source ? toStateTitle(workflow, source) : workflow.title,
      event,
      eventTitle: workflow.events?.[event]?.title ?? SPECIAL_EVENTS[event] ?? { da: event, en: event },
      ...(target !== undefined ? { target, targetTitle: toStateTitle(workflow, target) } : {}),
      ...(transition.guard !== undefined
        ? { guard: transition.guard, guardText: describeGuard(transition.guard, workflow, context) }
        : {}),
      actions: toList(transition.actions),
    });
  };
  const addAll = (
    source: string,
    event: string,
    configs: TransitionConfig | TransitionConfig[] | undefined,
  ) => {
    for (const config of configs === undefined ? [] : Array.isArray(configs) ? configs : [configs])
      add(source, event, config);
  };
  for (const [event, configs] of Object.entries(workflow.machine.on ?? {})) addAll('', event, configs);
  for (const { path, state } of listStates(workflow.machine)) {
    for (const [event, configs] of Object.entries(state.on ?? {})) addAll(path, event, configs);
    addAll(path, 'always', state.always);
    addAll(path, 'onDone', state.onDone);
  }
  return snapshots;
}

/** XState targets: `sibling`, `.child`, `#machineId.path`: all as dotted paths from the root. */
function resolveTarget(workflow: WorkflowDefinition, source: string, target: string): string {
  if (target.startsWith('#')) {
    const withoutHash = target.slice(1);
    const machineId = workflow.machine.id ?? workflow.id;
    return withoutHash.startsWith(`${machineId}.`) ? withoutHash.slice(machineId.length + 1) : withoutHash;
  }
  if (target.startsWith('.')) return source ? `${source}${target}` : target.slice(1);
  const parent = source.includes('.') ? source.slice(0, source.lastIndexOf('.')) : '';
  return parent ? `${parent}.${target}` : target;
}

function toList(value: string | ActionRef | (string | ActionRef)[] | undefined): unknown[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}
