import {
  loadLibrary,
  type FormDefinition,
  type Library,
  type LocalizedText,
  type WorkflowDefinition,
} from '../../../runtime';
import { request } from '../../api/client';
import { publishedFormValidators } from '../../api/formValidators';

export interface FormSummary {
  id: string;
  version: number;
  title: LocalizedText;
  subject: string;
}

export interface WorkflowSummary {
  id: string;
  version: number;
  title: LocalizedText;
  roles: string[];
}

const e = encodeURIComponent;
/** Published versions never change: each is fetched once per page load. */
const cache = new Map<string, Promise<unknown>>();
function cached<T>(key: string, load: () => Promise<T>): Promise<T> {
  let found = cache.get(key) as Promise<T> | undefined;
  if (!found) {
    found = load();
    found.catch(() => cache.delete(key));
    cache.set(key, found);
  }
  return found;
}

export const designerApi = {
  listForms: () => request<FormSummary[]>('GET', '/api/forms'),
  listWorkflows: () => request<WorkflowSummary[]>('GET', '/api/workflows'),
  getForm: (id: string, version: number) =>
    cached(`form:${id}@${version}`, () =>
      request<FormDefinition>('GET', `/api/forms/${e(id)}/versions/${version}`),
    ),
  getWorkflow: (id: string, version: number) =>
    cached(`workflow:${id}@${version}`, () =>
      request<WorkflowDefinition>('GET', `/api/workflows/${e(id)}/versions/${version}`),
    ),
};

/** The workflows a definition starts with `startPathway` actions. */
export function listStartedWorkflows(machine: unknown): string[] {
  const ids = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    const params = record.params as Record<string, unknown> | undefined;
    if (record.type === 'startPathway' && typeof params?.workflow === 'string') ids.add(params.workflow);
    Object.values(record).forEach(visit);
  };
  visit(machine);
  return [...ids].sort();
}

/**
 * The published definitions a draft needs to compile and simulate: the forms it pins, the workflows it
 * starts (latest versions), and theirs in turn. Loaded as a runtime Library, as the server loads its own.
 */
export async function loadDesignerLibrary(
  pins: Record<string, number>,
  started: string[],
  published: WorkflowSummary[],
): Promise<Library> {
  const forms = new Map<string, Promise<FormDefinition | undefined>>();
  const workflows = new Map<string, WorkflowDefinition>();
  const addForms = (pinned: Record<string, number>) => {
    for (const [id, version] of Object.entries(pinned)) {
      const key = `${id}@${version}`;
      if (!forms.has(key))
        forms.set(
          key,
          designerApi.getForm(id, version).catch(() => undefined),
        );
    }
  };
  addForms(pins);
  const queue = [...started];
  while (queue.length > 0) {
    const id = queue.shift()!;
    if (workflows.has(id)) continue;
    const summary = published.find((w) => w.id === id);
    if (!summary) continue;
    const definition = await designerApi.getWorkflow(id, summary.version);
    workflows.set(id, definition);
    addForms(definition.forms);
    queue.push(...listStartedWorkflows(definition.machine));
  }
  const loaded = (await Promise.all(forms.values())).filter((f): f is FormDefinition => f !== undefined);
  // Their validators come from the server (the CSP allows no eval): the simulation finds them, not compiling.
  await Promise.all(loaded.map((form) => Promise.resolve(publishedFormValidators(form))));
  const sources = [
    ...loaded.map((content) => ({ source: `form:${content.id}@${content.version}`, content })),
    ...[...workflows.values()].map((content) => ({ source: `workflow:${content.id}`, content })),
  ];
  return loadLibrary(sources, { trusted: true, schemaChecks: false }).library;
}
