import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CHILD_BORN,
  FORM_SUBMITTED,
  PATHWAY_DONE,
  getDue,
  getFormsDue,
  listStates,
  startPathway,
  step,
  toActivePaths,
  toLeafPaths,
  type CompiledWorkflow,
  type Library,
  type PathwayEvent,
  type PathwaySnapshot,
} from '../../runtime';
import { PROJECT_ROOT } from './loadSeedLibrary';

export interface Exploration {
  visited: Set<string>;
  endings: Set<string>;
  /** Snapshots explored, for reporting. */
  explored: number;
}

const NOW = new Date('2027-06-01T09:00:00Z');

function validExamples(formId: string): unknown[] {
  const path = join(PROJECT_ROOT, 'tests', 'fixtures', 'submissions', `${formId}.json`);
  if (!existsSync(path)) return [];
  return (JSON.parse(readFileSync(path, 'utf8')) as { valid: unknown[] }).valid;
}

/** The final states a sub-pathway can end in: what its parent may hear in PATHWAY_DONE. */
function finalStatesOf(library: Library, workflowId: string): string[] {
  const workflow = library.listWorkflows().find((w) => w.definition.id === workflowId);
  if (!workflow) return [];
  return listStates(workflow.definition.machine)
    .filter(({ path, state }) => state.type === 'final' && !path.includes('.'))
    .map(({ path }) => path);
}

/** Every event worth trying in a snapshot: each valid example of each due form, manual, due and sub-pathway events. */
function candidateEvents(
  library: Library,
  workflow: CompiledWorkflow,
  snapshot: PathwaySnapshot,
): PathwayEvent[] {
  const events: PathwayEvent[] = [];
  const seenForms = new Set<string>();
  for (const due of getFormsDue(workflow, snapshot)) {
    if (seenForms.has(due.formId)) continue;
    seenForms.add(due.formId);
    for (const data of validExamples(due.formId))
      events.push({ type: FORM_SUBMITTED, formId: due.formId, submissionId: 's', data });
  }
  for (const [name, event] of Object.entries(workflow.definition.events ?? {})) {
    if (event.manual) events.push({ type: name });
  }
  for (const item of getDue(workflow, snapshot)) if (item.event) events.push({ type: item.event });
  if (!snapshot.context.facts.child.birthDate) events.push({ type: CHILD_BORN, birthDate: '2027-05-01' });
  const started = new Set(collectStartedWorkflows(workflow));
  for (const id of started) {
    for (const finalState of finalStatesOf(library, id))
      events.push({ type: PATHWAY_DONE, workflow: id, finalState });
  }
  return events;
}

function collectStartedWorkflows(workflow: CompiledWorkflow): string[] {
  const ids: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (record.type === 'startPathway') ids.push(String((record.params as { workflow?: unknown })?.workflow));
    Object.values(record).forEach(visit);
  };
  visit(workflow.definition.machine);
  return ids;
}

/**
 * Walks a workflow with the real runtime, breadth first, from an unborn and a born child, trying every
 * candidate event in every snapshot. Paths are generated from the machine and the form fixtures, not written by hand.
 */
export function explorePathway(library: Library, workflow: CompiledWorkflow, limit = 2500): Exploration {
  const visited = new Set<string>();
  const endings = new Set<string>();
  let explored = 0;
  // Each parameter variant gets its own budget, so one large variant cannot starve the others.
  for (const params of toParamVariants(workflow)) {
    const queue = [
      startPathway(workflow, { facts: { child: { dueDate: '2027-07-01' } }, params }, NOW).snapshot,
      startPathway(workflow, { facts: { child: { birthDate: '2027-01-15' } }, params }, NOW).snapshot,
    ];
    explored += walk(library, workflow, queue, limit, visited, endings);
  }
  return { visited, endings, explored };
}

function walk(
  library: Library,
  workflow: CompiledWorkflow,
  queue: PathwaySnapshot[],
  limit: number,
  visited: Set<string>,
  endings: Set<string>,
): number {
  const seen = new Set<string>();
  let explored = 0;
  while (queue.length > 0 && explored < limit) {
    const snapshot = queue.shift()!;
    const key = JSON.stringify([
      snapshot.value,
      snapshot.context.counters,
      Boolean(snapshot.context.facts.child.birthDate),
      progressKey(snapshot),
    ]);
    if (seen.has(key)) continue;
    seen.add(key);
    explored++;
    toActivePaths(snapshot.value).forEach((p) => visited.add(p));
    if (snapshot.status === 'done') {
      toLeafPaths(snapshot.value).forEach((p) => endings.add(p));
      continue;
    }
    for (const event of candidateEvents(library, workflow, snapshot)) {
      const result = step(workflow, snapshot, event, NOW);
      if (result.ok) queue.push(result.snapshot);
    }
  }
  return explored;
}

/** The defaults, and each choice of each parameter with a closed set of values (enum, const choices, yes/no). */
function toParamVariants(workflow: CompiledWorkflow): Record<string, unknown>[] {
  const variants: Record<string, unknown>[] = [{}];
  for (const [name, parameter] of Object.entries(workflow.definition.parameters ?? {})) {
    const schema = parameter.schema as { enum?: unknown[]; type?: unknown; oneOf?: { const?: unknown }[] };
    const values =
      schema.enum ??
      (schema.type === 'boolean'
        ? [true, false]
        : (schema.oneOf?.map((o) => o.const).filter((v) => v !== undefined) ?? []));
    for (const value of values) if (value !== parameter.default) variants.push({ [name]: value });
  }
  return variants;
}

function progressKey(snapshot: PathwaySnapshot): string {
  return Object.entries(snapshot.context.progress)
    .map(([state, p]) => `${state}:${Object.keys(p.submitted).sort().join('+')}`)
    .sort()
    .join('|');
}
