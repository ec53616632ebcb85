import type { WorkflowDefinition } from '../types';
import { isSameJson, pairByKey, toPropertyChanges } from './compareValues';
import { diffParameters } from './diffParameters';
import { toStateSnapshots, toTransitionSnapshots } from './toTransitionSnapshots';
import type { DiffContext, FormPinChange, StateChange, TransitionChange, WorkflowDiff } from './types';

const STATE_PROPERTIES = ['title', 'type', 'forms', 'roles', 'due', 'entry', 'exit'] as const;
const TRANSITION_PROPERTIES = ['guard', 'actions'] as const;

/**
 * What changed from workflow version `a` to `b`: states, transitions (guards, actions), parameters (defaults),
 * due-date rules, the forms bound to states and the pinned form versions. `context.getForm` lets the diff name
 * guards by the forms' field titles; without it guards are named by form id and field path.
 */
export function diffWorkflow(
  a: WorkflowDefinition,
  b: WorkflowDefinition,
  context: DiffContext = {},
): WorkflowDiff {
  const states = pairByKey(toStateSnapshots(a), toStateSnapshots(b), (state) => state.path).flatMap(
    ({ key, before, after }): StateChange[] => {
      if (!before) return [{ path: key, change: 'added', after, changes: [] }];
      if (!after) return [{ path: key, change: 'removed', before, changes: [] }];
      const changes = toPropertyChanges(before, after, STATE_PROPERTIES);
      return changes.length === 0 ? [] : [{ path: key, change: 'changed', before, after, changes }];
    },
  );
  const transitions = pairByKey(
    toTransitionSnapshots(a, context),
    toTransitionSnapshots(b, context),
    (transition) => transition.key,
  ).flatMap(({ key, before, after }): TransitionChange[] => {
    if (!before) return [{ key, change: 'added', after, changes: [] }];
    if (!after) return [{ key, change: 'removed', before, changes: [] }];
    const changes = toPropertyChanges(before, after, TRANSITION_PROPERTIES);
    return changes.length === 0 ? [] : [{ key, change: 'changed', before, after, changes }];
  });
  const formIds = [...new Set([...Object.keys(b.forms), ...Object.keys(a.forms)])];
  const forms = formIds.flatMap((id): FormPinChange[] => {
    const before = a.forms[id];
    const after = b.forms[id];
    if (before === after) return [];
    const form = context.getForm?.(id, after ?? before ?? 0);
    return [
      {
        id,
        title: form?.title ?? { da: id, en: id },
        ...(before !== undefined ? { before } : {}),
        ...(after !== undefined ? { after } : {}),
      },
    ];
  });
  const eventNames = [...new Set([...Object.keys(b.events ?? {}), ...Object.keys(a.events ?? {})])];
  const events = eventNames
    .filter((name) => !isSameJson(a.events?.[name], b.events?.[name]))
    .map((name) => ({ property: name, before: a.events?.[name], after: b.events?.[name] }));
  const formTitles = Object.fromEntries(
    formIds.map((id) => {
      const form = context.getForm?.(id, b.forms[id] ?? a.forms[id] ?? 0);
      return [id, form?.title ?? { da: id, en: id }];
    }),
  );
  return {
    kind: 'workflow',
    id: b.id,
    title: b.title,
    fromVersion: a.version,
    toVersion: b.version,
    meta: toPropertyChanges(a, b, ['title', 'description', 'roles']),
    parameters: diffParameters(a.parameters, b.parameters),
    states,
    transitions,
    forms,
    events,
    formTitles,
  };
}
