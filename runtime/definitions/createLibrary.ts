import type { AnyStateNode } from 'xstate';
import { compileForm, toFormKey, type CompiledForm } from '../forms/compileForm';
import { createAjv } from '../validation/createAjv';
import { toMachine, toFormRefs } from '../workflow/toMachine';
import { listStates } from '../workflow/statePaths';
import type { CompiledWorkflow } from '../workflow/types';
import { checkForm } from './checkForm';
import { checkMetaSchema } from './checkMetaSchema';
import { checkWorkflow } from './checkWorkflow';
import { DefinitionError, type DefinitionIssue } from './DefinitionError';
import { toDefaults } from './toDefaults';
import type { FormDefinition, WorkflowDefinition } from './types';

/** A definition as read from a file or the store: where it came from and its parsed JSON. */
export interface DefinitionSource {
  source: string;
  content: unknown;
}

export interface Library {
  getForm(id: string, version: number): CompiledForm | undefined;
  getWorkflow(id: string, version: number): CompiledWorkflow | undefined;
  /** The highest version of each workflow. */
  listWorkflows(): CompiledWorkflow[];
  listForms(): CompiledForm[];
}

export interface LoadOptions {
  /**
   * The definitions were fully checked when they were stored (immutable versions): skip the meta-schema
   * and compile form validators on first use. The cross-checks still run.
   */
  trusted?: boolean;
  /**
   * false: the checks that compile JSON Schemas (the meta-schema, action params, parameter values and
   * defaults) ran elsewhere — the browser asks the server, because its content security policy allows no
   * compiling. The cross-checks and the machine build still run here.
   */
  schemaChecks?: boolean;
}

/** Loads definitions, reporting every problem instead of stopping at the first. */
export function loadLibrary(
  sources: DefinitionSource[],
  options: LoadOptions = {},
): { library: Library; issues: DefinitionIssue[] } {
  const issues: DefinitionIssue[] = [];
  const schemaChecks = options.schemaChecks ?? true;
  // Created on first use: constructing it compiles nothing, but a load without schema checks never needs it.
  let ajv: ReturnType<typeof createAjv> | undefined;
  const getAjv = () => (ajv ??= createAjv());
  const forms = new Map<string, CompiledForm>();
  const workflows = new Map<string, CompiledWorkflow>();
  const workflowSources: { source: string; definition: WorkflowDefinition }[] = [];
  const seen = new Map<string, string>();

  for (const { source, content } of sources) {
    const metaIssues = options.trusted || !schemaChecks ? [] : checkMetaSchema(content, source);
    if (metaIssues.length > 0) {
      issues.push(...metaIssues);
      continue;
    }
    const definition = content as FormDefinition | WorkflowDefinition;
    const key = `${definition.kind}:${definition.id}@${definition.version}`;
    const other = seen.get(key);
    if (other) {
      issues.push({
        source,
        path: '/version',
        message: `${definition.kind} '${definition.id}' version ${definition.version} is also defined in ${other}`,
      });
      continue;
    }
    seen.set(key, source);
    if (definition.kind === 'workflow') {
      workflowSources.push({ source, definition });
      continue;
    }
    const formIssues = checkForm(definition, source);
    if (formIssues.length > 0) {
      issues.push(...formIssues);
      continue;
    }
    try {
      forms.set(
        toFormKey(definition.id, definition.version),
        compileForm(definition, getAjv, { lazy: (options.trusted ?? false) || !schemaChecks }),
      );
    } catch (error) {
      issues.push({
        source,
        path: '/schema',
        message: `the schema does not compile: ${(error as Error).message}`,
      });
    }
  }

  for (const { source, definition } of workflowSources) {
    const getForm = (id: string, version: number) => forms.get(toFormKey(id, version))?.definition;
    const getWorkflowDefinition = (id: string) =>
      workflowSources
        .filter((w) => w.definition.id === id)
        .sort((a, b) => b.definition.version - a.definition.version)[0]?.definition;
    const workflowIssues = checkWorkflow(
      definition,
      source,
      getForm,
      schemaChecks ? getAjv() : undefined,
      getWorkflowDefinition,
    );
    if (workflowIssues.length > 0) {
      issues.push(...workflowIssues);
      continue;
    }
    try {
      workflows.set(`${definition.id}@${definition.version}`, compileWorkflow(definition, forms));
    } catch (error) {
      issues.push({ source, path: '/machine', message: (error as Error).message });
    }
  }
  return { library: toLibrary(forms, workflows), issues };
}

/** Loads definitions and throws a DefinitionError naming every problem. */
export function createLibrary(sources: DefinitionSource[], options: LoadOptions = {}): Library {
  const { library, issues } = loadLibrary(sources, options);
  if (issues.length > 0) throw new DefinitionError(issues);
  return library;
}

function compileWorkflow(definition: WorkflowDefinition, forms: Map<string, CompiledForm>): CompiledWorkflow {
  const machine = toMachine(definition);
  // XState resolves transitions lazily; touch them now so a bad target fails at load time, not mid-pathway.
  const touch = (node: AnyStateNode): void => {
    void node.transitions;
    void node.always;
    Object.values(node.states).forEach(touch);
  };
  touch(machine.root);
  const pinned: Record<string, CompiledForm> = {};
  for (const [id, version] of Object.entries(definition.forms)) {
    const form = forms.get(toFormKey(id, version));
    if (form) pinned[id] = form;
  }
  const stateForms: CompiledWorkflow['stateForms'] = {};
  for (const { path, state } of listStates(definition.machine)) {
    const refs = toFormRefs(state.meta?.forms);
    if (refs.length > 0) stateForms[path] = refs;
  }
  return {
    key: `${definition.id}@${definition.version}`,
    definition,
    machine,
    forms: pinned,
    defaultParams: toDefaults(definition.parameters),
    stateForms,
  };
}

function toLibrary(forms: Map<string, CompiledForm>, workflows: Map<string, CompiledWorkflow>): Library {
  const latest = <T extends { definition: { id: string; version: number } }>(items: Iterable<T>): T[] => {
    const byId = new Map<string, T>();
    for (const item of items) {
      const current = byId.get(item.definition.id);
      if (!current || current.definition.version < item.definition.version)
        byId.set(item.definition.id, item);
    }
    return [...byId.values()].sort((a, b) => a.definition.id.localeCompare(b.definition.id));
  };
  return {
    getForm: (id, version) => forms.get(toFormKey(id, version)),
    getWorkflow: (id, version) => workflows.get(`${id}@${version}`),
    listWorkflows: () => latest(workflows.values()),
    listForms: () => latest(forms.values()),
  };
}
