import type { AnyStateMachine, AnyStateNode } from 'xstate';
import type { WorkflowDefinition } from './types';
import { readVariables } from '../expressions/readVariables';
import { LANGUAGES } from '../i18n/text';
import { CHILD_BORN, FORM_SUBMITTED, PATHWAY_DONE } from '../workflow/types';

export interface LintIssue {
  severity: 'error' | 'warning';
  /** Dotted state path the issue is about ('' for the workflow). */
  state: string;
  code:
    | 'unreachable'
    | 'no-way-to-end'
    | 'waiting-without-due'
    | 'unused-event'
    | 'forms-never-complete'
    | 'guard-reads-later-form'
    | 'missing-translation';
  message: string;
  /** For an issue about one transition: where it is (the designer selects it). */
  transition?: { source: string; kind: 'on' | 'always' | 'onDone'; event: string; index: number };
}

export interface LintOptions {
  /**
   * Also check what needs more than the machine (the designer's live lint): guards that read answers of a
   * form no state before them asks for, and titles missing a language.
   */
  extended?: boolean;
}

const pathOf = (node: AnyStateNode): string => node.path.join('.');

/**
 * Structural checks of a loaded workflow, the same ones the designer's lint panel shows: states nobody can
 * reach, states from which the pathway can never end, steps that wait for time without a due date, events no
 * state listens for. Guards are treated as "could be true" — an over-approximation that never hides a dead end.
 */
export function lintWorkflow(
  definition: WorkflowDefinition,
  machine: AnyStateMachine,
  options: LintOptions = {},
): LintIssue[] {
  const nodes = allNodes(machine.root).filter((n) => n !== machine.root);
  const issues: LintIssue[] = [];
  const reachable = findReachable(machine.root);
  const ending = findEnding(nodes);
  const manual = new Set(
    Object.entries(definition.events ?? {})
      .filter(([, e]) => e.manual)
      .map(([name]) => name),
  );
  const dueEvents = new Set(
    nodes.map((n) => (n.meta as { due?: { event?: string } } | undefined)?.due?.event).filter(Boolean),
  );

  for (const node of nodes) {
    const state = pathOf(node);
    if (!reachable.has(node)) {
      issues.push({
        severity: 'error',
        state,
        code: 'unreachable',
        message: `State '${state}' can never be reached`,
      });
      continue;
    }
    if (node.type === 'atomic' && !ending.has(node)) {
      issues.push({
        severity: 'error',
        state,
        code: 'no-way-to-end',
        message: `From state '${state}' the pathway can never end`,
      });
    }
    if (node.type !== 'atomic') continue;
    const meta = node.meta as { forms?: unknown[]; due?: unknown } | undefined;
    const events = [...node.transitions.keys()];
    const acts =
      (meta?.forms?.length ?? 0) > 0 ||
      (node.always?.length ?? 0) > 0 ||
      events.some((e) => manual.has(e) || e === PATHWAY_DONE);
    if (!acts && !meta?.due) {
      issues.push({
        severity: 'warning',
        state,
        code: 'waiting-without-due',
        message: `State '${state}' waits for time or an outside event but has no due-date rule`,
      });
    }
    if ((meta?.forms?.length ?? 0) > 0 && !hasTransitionOn(node, FORM_SUBMITTED)) {
      issues.push({
        severity: 'warning',
        state,
        code: 'forms-never-complete',
        message: `State '${state}' asks for forms but no FORM_SUBMITTED transition leaves it`,
      });
    }
  }
  const used = new Set(
    nodes.flatMap((n) => [...n.transitions.keys()]).concat([...machine.root.transitions.keys()]),
  );
  for (const event of Object.keys(definition.events ?? {})) {
    if (!used.has(event) && event !== CHILD_BORN && !dueEvents.has(event)) {
      issues.push({
        severity: 'warning',
        state: '',
        code: 'unused-event',
        message: `Event '${event}' is declared but no state listens for it`,
      });
    }
  }
  if (options.extended) issues.push(...lintGuardOrder(nodes), ...lintTranslations(definition, nodes));
  return issues;
}

/**
 * A guard may read the answers of a form asked for in its own state, an enclosing one, one inside it, or one
 * before it.
 */
function lintGuardOrder(nodes: AnyStateNode[]): LintIssue[] {
  const issues: LintIssue[] = [];
  const formsOf = (node: AnyStateNode): string[] =>
    ((node.meta as { forms?: (string | { id: string })[] } | undefined)?.forms ?? []).map((f) =>
      typeof f === 'string' ? f : f.id,
    );
  const reach = new Map(nodes.map((node) => [node, findReachableFrom(node)]));
  for (const node of nodes) {
    // A compound state's transitions also fire while one of its children is active: its children's forms count.
    const earlier = new Set([...ancestors(node), ...allNodes(node)].flatMap(formsOf));
    for (const other of nodes) if (reach.get(other)?.has(node)) formsOf(other).forEach((f) => earlier.add(f));
    const lists = [
      ...[...node.transitions.entries()].map(([event, list]) => ['on', event, list] as const),
      ['always', '', node.always ?? []] as const,
    ];
    for (const [kind, event, list] of lists) {
      list.forEach((transition, index) => {
        const guard = transition.guard as { params?: { expr?: unknown } } | undefined;
        const read = readVariables(guard?.params?.expr ?? null).variables;
        for (const variable of read) {
          const [root, formId] = variable.split('.');
          if (root !== 'answers' || !formId || earlier.has(formId)) continue;
          const state = pathOf(node);
          issues.push({
            severity: 'warning',
            state,
            code: 'guard-reads-later-form',
            message: `A guard of '${state}' reads '${variable}', but no state before it asks for form '${formId}'`,
            transition: { source: state, kind, event, index },
          });
        }
      });
    }
  }
  return issues;
}

/** Both languages for every title the worker sees: the workflow, its states, events and parameters. */
function lintTranslations(definition: WorkflowDefinition, nodes: AnyStateNode[]): LintIssue[] {
  const issues: LintIssue[] = [];
  const missing = (text: { da?: string; en?: string } | undefined) =>
    LANGUAGES.filter((language) => !text?.[language]?.trim());
  const add = (state: string, what: string, languages: string[]) => {
    if (languages.length > 0)
      issues.push({
        severity: 'warning',
        state,
        code: 'missing-translation',
        message: `${what} has no title in ${languages.join(', ')}`,
      });
  };
  add('', 'The workflow', missing(definition.title));
  for (const node of nodes) {
    const meta = node.meta as { title?: { da?: string; en?: string } } | undefined;
    add(pathOf(node), `State '${pathOf(node)}'`, missing(meta?.title));
  }
  for (const [name, event] of Object.entries(definition.events ?? {}))
    add('', `Event '${name}'`, missing(event.title));
  for (const [name, parameter] of Object.entries(definition.parameters ?? {}))
    add('', `Parameter '${name}'`, missing(parameter.title));
  return issues;
}

/** Every node some path of transitions leads to from `start` (guards count as "could be true"). */
function findReachableFrom(start: AnyStateNode): Set<AnyStateNode> {
  const seen = new Set<AnyStateNode>();
  const queue = ancestors(start).flatMap(targetsOf).flatMap(enter);
  while (queue.length > 0) {
    const node = queue.pop()!;
    if (seen.has(node)) continue;
    seen.add(node);
    for (const n of ancestors(node)) for (const target of targetsOf(n)) queue.push(...enter(target));
  }
  return seen;
}

function allNodes(node: AnyStateNode): AnyStateNode[] {
  return [node, ...Object.values(node.states).flatMap(allNodes)];
}

function ancestors(node: AnyStateNode): AnyStateNode[] {
  const list: AnyStateNode[] = [];
  for (let n: AnyStateNode | undefined = node; n; n = n.parent) list.push(n);
  return list;
}

function hasTransitionOn(node: AnyStateNode, event: string): boolean {
  return ancestors(node).some((n) => n.transitions.has(event));
}

/** Every transition target of a node (its own transitions, eventless ones and onDone). */
function targetsOf(node: AnyStateNode): AnyStateNode[] {
  const definitions = [...[...node.transitions.values()].flat(), ...(node.always ?? [])];
  return definitions.flatMap((t) => (t.target ?? []) as AnyStateNode[]);
}

/** Entering a node enters its ancestors and its initial descendants (every region of a parallel state). */
function enter(node: AnyStateNode): AnyStateNode[] {
  const entered = new Set<AnyStateNode>(ancestors(node));
  const down = (n: AnyStateNode) => {
    entered.add(n);
    if (n.type === 'parallel') Object.values(n.states).forEach(down);
    else if (n.type === 'compound') ((n.initial?.target ?? []) as AnyStateNode[]).forEach(down);
  };
  down(node);
  return [...entered];
}

function findReachable(root: AnyStateNode): Set<AnyStateNode> {
  const seen = new Set<AnyStateNode>();
  const queue = enter(root);
  while (queue.length > 0) {
    const node = queue.pop()!;
    if (seen.has(node)) continue;
    seen.add(node);
    for (const target of targetsOf(node)) queue.push(...enter(target));
  }
  return seen;
}

/** Atomic states from which some path reaches a top-level final state. */
function findEnding(nodes: AnyStateNode[]): Set<AnyStateNode> {
  const leaves = (node: AnyStateNode) => enter(node).filter((n) => n.type === 'atomic' || n.type === 'final');
  const next = (leaf: AnyStateNode): AnyStateNode[] => {
    const result: AnyStateNode[] = [];
    for (const n of ancestors(leaf)) result.push(...targetsOf(n).flatMap(leaves));
    // A final child ends its parent: the parent's (or, for a region, the parallel state's) onDone may follow.
    let done = leaf.type === 'final' ? leaf.parent : undefined;
    while (done) {
      result.push(...targetsOf(done).flatMap(leaves));
      done = done.parent?.type === 'parallel' ? done.parent : undefined;
    }
    return result;
  };
  const isEnd = (n: AnyStateNode) => n.type === 'final' && n.parent?.parent === undefined;
  const ending = new Set<AnyStateNode>();
  for (const start of nodes.filter((n) => n.type === 'atomic' || n.type === 'final')) {
    const seen = new Set<AnyStateNode>();
    const queue = [start];
    while (queue.length > 0) {
      const node = queue.pop()!;
      if (seen.has(node)) continue;
      seen.add(node);
      if (isEnd(node) || ending.has(node)) {
        ending.add(start);
        break;
      }
      queue.push(...next(node));
    }
  }
  return ending;
}
