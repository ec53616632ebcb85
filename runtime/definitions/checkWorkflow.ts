import type Ajv2020 from 'ajv/dist/2020';
import { readVariables } from '../expressions/readVariables';
import { listFieldPaths } from '../forms/listFieldPaths';
import { getAction } from '../workflow/actionRegistry';
import { listStates } from '../workflow/statePaths';
import { toFormRefs } from '../workflow/toMachine';
import { CHILD_BORN, FORM_SUBMITTED, PATHWAY_DONE } from '../workflow/types';
import type { DefinitionIssue } from './DefinitionError';
import type { ActionRef, FormDefinition, TransitionConfig, WorkflowDefinition } from './types';

const FACTS = new Set(['facts.child.birthDate', 'facts.child.dueDate', 'facts.child']);

/**
 * Cross-checks a workflow against the forms it pins and the registries: every form exists, every field a
 * guard reads exists in a pinned form, every action is registered with valid params, every event is known.
 */
export function checkWorkflow(
  workflow: WorkflowDefinition,
  source: string,
  getForm: (id: string, version: number) => FormDefinition | undefined,
  ajv: Ajv2020,
  hasWorkflow: (id: string) => boolean = () => true,
): DefinitionIssue[] {
  const issues: DefinitionIssue[] = [];
  const add = (path: string, message: string) => issues.push({ source, path, message });
  const forms = new Map<string, FormDefinition>();
  for (const [id, version] of Object.entries(workflow.forms)) {
    const form = getForm(id, version);
    if (form) forms.set(id, form);
    else add(`/forms/${id}`, `form '${id}' version ${version} does not exist`);
  }
  const params = new Set(Object.keys(workflow.parameters ?? {}));
  const dueEvents = new Set<string>();
  const states = listStates(workflow.machine);
  for (const { state } of states) if (state.meta?.due?.event) dueEvents.add(state.meta.due.event);
  const knownEvents = new Set([
    FORM_SUBMITTED,
    CHILD_BORN,
    PATHWAY_DONE,
    ...Object.keys(workflow.events ?? {}),
    ...dueEvents,
  ]);
  const counters = collectCounters(workflow);

  const checkGuard = (guard: unknown, at: string) => {
    const { variables, unknownOperators } = readVariables(guard);
    for (const operator of unknownOperators) add(at, `unknown operator '${operator}'`);
    for (const variable of variables) {
      const message = checkVariable(variable, forms, params, counters);
      if (message) add(at, message);
    }
  };
  const checkActions = (actions: string | ActionRef | (string | ActionRef)[] | undefined, at: string) => {
    const list = actions === undefined ? [] : Array.isArray(actions) ? actions : [actions];
    list.forEach((a, i) => {
      const action = typeof a === 'string' ? { type: a } : a;
      const entry = getAction(action.type);
      if (!entry) return add(`${at}/${i}`, `action '${action.type}' is not registered`);
      if (!ajv.validate(entry.params, action.params ?? {})) {
        add(
          `${at}/${i}/params`,
          `params of action '${action.type}' are invalid: ${ajv.errorsText(ajv.errors)}`,
        );
      } else if (action.type === 'startPathway' && !hasWorkflow(String(action.params?.workflow))) {
        add(`${at}/${i}/params/workflow`, `workflow '${String(action.params?.workflow)}' does not exist`);
      }
    });
  };
  const checkTransitions = (transitions: TransitionConfig | TransitionConfig[] | undefined, at: string) => {
    const list = transitions === undefined ? [] : Array.isArray(transitions) ? transitions : [transitions];
    list.forEach((t, i) => {
      if (typeof t === 'string') return;
      if (t.guard !== undefined) checkGuard(t.guard, `${at}/${i}/guard`);
      checkActions(t.actions, `${at}/${i}/actions`);
    });
  };
  const checkOn = (on: Record<string, TransitionConfig | TransitionConfig[]> | undefined, at: string) => {
    for (const [event, transitions] of Object.entries(on ?? {})) {
      if (!knownEvents.has(event)) add(`${at}/on/${event}`, `event '${event}' is not declared in 'events'`);
      checkTransitions(transitions, `${at}/on/${event}`);
    }
  };

  checkOn(workflow.machine.on, '/machine');
  if (workflow.machine.initial && !Object.hasOwn(workflow.machine.states, workflow.machine.initial)) {
    add('/machine/initial', `initial state '${workflow.machine.initial}' does not exist`);
  }
  for (const { path, state } of states) {
    const at = `/machine/states/${path.split('.').join('/states/')}`;
    if (state.states && state.type !== 'parallel') {
      if (!state.initial) add(at, `state '${path}' has child states but no 'initial'`);
      else if (!Object.hasOwn(state.states, state.initial))
        add(`${at}/initial`, `initial state '${state.initial}' does not exist`);
    }
    for (const ref of toFormRefs(state.meta?.forms)) {
      if (!Object.hasOwn(workflow.forms, ref.id))
        add(`${at}/meta/forms`, `form '${ref.id}' is not pinned in 'forms'`);
    }
    const window = state.meta?.due?.windowDays;
    if (window && typeof window === 'object' && !params.has(window.param)) {
      add(`${at}/meta/due/windowDays`, `parameter '${window.param}' is not declared`);
    }
    checkOn(state.on, at);
    checkTransitions(state.always, `${at}/always`);
    checkTransitions(state.onDone, `${at}/onDone`);
    checkActions(state.entry, `${at}/entry`);
    checkActions(state.exit, `${at}/exit`);
  }
  for (const [name, parameter] of Object.entries(workflow.parameters ?? {})) {
    if (!ajv.validate(parameter.schema, parameter.default))
      add(`/parameters/${name}/default`, `does not match its schema`);
  }
  return issues;
}

function checkVariable(
  variable: string,
  forms: Map<string, FormDefinition>,
  params: Set<string>,
  counters: Set<string>,
): string | undefined {
  const [root, second = '', ...rest] = variable.split('.');
  if (root === 'event') return undefined;
  if (root === 'counters')
    return counters.has(second) ? undefined : `reads counter '${second}', which no 'count' action keeps`;
  if (root === 'facts')
    return FACTS.has(variable) ? undefined : `reads '${variable}', which is not a known fact`;
  if (root === 'params')
    return params.has(second) ? undefined : `reads parameter '${second}', which is not declared`;
  if (root === 'answers') {
    const form = forms.get(second);
    if (!form) return `reads answers of form '${second}', which the workflow does not pin`;
    const field = rest.join('.');
    if (!field) return undefined;
    const fields = new Set(listFieldPaths(form.schema).map((f) => f.path));
    const known = fields.has(field) || Object.hasOwn(form.computed ?? {}, field);
    return known
      ? undefined
      : `reads '${field}', which form '${second}' version ${form.version} does not have`;
  }
  return `reads '${variable}': a guard can read answers, facts, params, counters and event`;
}

/** The counters a workflow keeps: every `count`/`resetCount` action names one. */
function collectCounters(workflow: WorkflowDefinition): Set<string> {
  const names = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (record.type === 'count' && record.params && typeof record.params === 'object') {
      names.add(String((record.params as Record<string, unknown>).counter));
    }
    Object.values(record).forEach(visit);
  };
  visit(workflow.machine);
  return names;
}
