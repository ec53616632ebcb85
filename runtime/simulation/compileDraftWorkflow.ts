import { checkMetaSchema } from '../definitions/checkMetaSchema';
import { loadLibrary, type DefinitionSource, type Library } from '../definitions/createLibrary';
import type { DefinitionIssue } from '../definitions/DefinitionError';
import type { WorkflowDefinition } from '../definitions/types';
import type { CompiledWorkflow } from '../workflow/types';

const SOURCE = 'draft';

/**
 * Compiles a workflow draft against a library of published definitions (the forms it pins, the workflows
 * its actions start): the compiled workflow for simulation and lint, or every issue that stops it. A draft
 * may be broken; this never throws. `schemaChecks: false` leaves out the checks that compile JSON Schemas
 * (the meta-schema, params): the browser, which may not compile, has the server run them.
 */
export function compileDraftWorkflow(
  library: Library,
  content: unknown,
  options: { schemaChecks?: boolean } = {},
): { workflow?: CompiledWorkflow; issues: DefinitionIssue[] } {
  const schemaChecks = options.schemaChecks ?? true;
  const metaIssues = schemaChecks ? checkMetaSchema(content, SOURCE) : [];
  if (metaIssues.length > 0) return { issues: metaIssues };
  const definition = content as WorkflowDefinition;
  if (!definition.forms || typeof definition.forms !== 'object' || !definition.machine)
    return { issues: [{ source: SOURCE, path: '/', message: 'is not a workflow with forms and a machine' }] };
  const sources: DefinitionSource[] = [{ source: SOURCE, content: definition }];
  for (const [id, version] of Object.entries(definition.forms)) {
    const form = library.getForm(id, version);
    if (form) sources.push({ source: `form:${id}`, content: form.definition });
  }
  // Only the workflows its actions start: checking every other workflow on each edit would be wasted work.
  const started = collectStartedWorkflows(definition.machine);
  for (const workflow of library.listWorkflows()) {
    if (workflow.definition.id !== definition.id && started.has(workflow.definition.id))
      sources.push({ source: `workflow:${workflow.definition.id}`, content: workflow.definition });
  }
  try {
    const loaded = loadLibrary(sources, { trusted: true, schemaChecks });
    const issues = loaded.issues.filter((issue) => issue.source === SOURCE);
    const workflow = loaded.library.getWorkflow(definition.id, definition.version);
    return workflow ? { workflow, issues } : { issues };
  } catch (error) {
    return { issues: [{ source: SOURCE, path: '/machine', message: (error as Error).message }] };
  }
}

function collectStartedWorkflows(machine: unknown): Set<string> {
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
  return ids;
}
