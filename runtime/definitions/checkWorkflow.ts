import type Ajv2020 from 'ajv/dist/2020';
import { readVariables } from '../expressions/readVariables';
import { listFieldPaths } from '../forms/listFieldPaths';
import { getAction } from '../workflow/actionRegistry';
import { getStateConfig, listStates } from '../workflow/statePaths';
import { describeSchemaError } from './describeSchemaError';
import { toFormRefs } from '../workflow/toMachine';
import { isConsentPurpose } from '../workflow/consents';
import { CHILD_BORN, CONSENTS_CHANGED, FORM_SUBMITTED, PATHWAY_DONE } from '../workflow/types';
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
  /** Without it the checks that compile JSON Schemas are left out (they ran elsewhere; see loadLibrary). */
  ajv: Ajv2020 | undefined,
  getWorkflow: (id: string) => WorkflowDefinition | undefined = () => undefined,
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
    CONSENTS_CHANGED,
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
      if (ajv && !ajv.validate(entry.params, action.params ?? {})) {
        const reasons = (ajv.errors ?? []).map(
          (e) => `${e.instancePath.slice(1) || 'params'} ${describeSchemaError(e)}`,
        );
        add(`${at}/${i}/params`, `params of action '${action.type}' are invalid: ${reasons.join('; ')}`);
      } else if (action.type === 'startPathway') {
        const target = getWorkflow(String(action.params?.workflow));
        if (!target)
          return add(
            `${at}/${i}/params/workflow`,
            `workflow '${String(action.params?.workflow)}' does not exist`,
          );
        for (const [name, value] of Object.entries(
          (action.params?.params ?? {}) as Record<string, unknown>,
        )) {
          const declared = target.parameters?.[name];
          if (!declared)
            add(`${at}/${i}/params/params/${name}`, `workflow '${target.id}' has no parameter '${name}'`);
          else if (ajv && typeof value !== 'object' && !ajv.validate(declared.schema, value)) {
            add(
              `${at}/${i}/params/params/${name}`,
              `does not fit parameter '${name}' of workflow '${target.id}'`,
            );
          } else checkGuard(value, `${at}/${i}/params/params/${name}`);
        }
      }
    });
  };
  const checkTransitions = (
    transitions: TransitionConfig | TransitionConfig[] | undefined,
    at: string,
    source: string,
  ) => {
    const many = Array.isArray(transitions);
    const list = transitions === undefined ? [] : Array.isArray(transitions) ? transitions : [transitions];
    list.forEach((t, i) => {
      const target = typeof t === 'string' ? t : t.target;
      const where = many ? `${at}/${i}` : at;
      if (target !== undefined && !resolveTarget(workflow.machine, source, target)) {
        add(typeof t === 'string' ? where : `${where}/target`, `target '${target}' is not a state here`);
      }
      if (typeof t === 'string') return;
      if (t.guard !== undefined) checkGuard(t.guard, `${at}/${i}/guard`);
      checkActions(t.actions, `${at}/${i}/actions`);
    });
  };
  const checkOn = (
    on: Record<string, TransitionConfig | TransitionConfig[]> | undefined,
    at: string,
    source: string,
  ) => {
    for (const [event, transitions] of Object.entries(on ?? {})) {
      if (!knownEvents.has(event)) add(`${at}/on/${event}`, `event '${event}' is not declared in 'events'`);
      checkTransitions(transitions, `${at}/on/${event}`, source);
    }
  };

  checkOn(workflow.machine.on, '/machine', '');
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
    const due = state.meta?.due;
    const window = due?.windowDays;
    if (window && typeof window === 'object' && !params.has(window.param)) {
      add(`${at}/meta/due/windowDays`, `parameter '${window.param}' is not declared`);
    }
    for (const [unit, value] of Object.entries(due?.offset ?? {})) {
      if (typeof value === 'object' && !params.has(value.param))
        add(`${at}/meta/due/offset/${unit}`, `parameter '${value.param}' is not declared`);
    }
    if (due?.anchor.startsWith('answers.')) {
      const message = checkVariable(due.anchor, forms, params, counters);
      if (message) add(`${at}/meta/due/anchor`, message);
    }
    checkOn(state.on, at, path);
    checkTransitions(state.always, `${at}/always`, path);
    checkTransitions(state.onDone, `${at}/onDone`, path);
    checkActions(state.entry, `${at}/entry`);
    checkActions(state.exit, `${at}/exit`);
  }
  for (const [name, parameter] of Object.entries(workflow.parameters ?? {})) {
    if (ajv && !ajv.validate(parameter.schema, parameter.default))
      add(`/parameters/${name}/default`, `does not match its schema`);
  }
  return issues;
}

/**
 * Resolves a transition target as XState does: `name` is a sibling of the source state (a child, for the
 * machine's own transitions), `.name` a child of the source, `#pathway.a.b` a state by its full path.
 */
function resolveTarget(machine: WorkflowDefinition['machine'], source: string, target: string): boolean {
  const exists = (path: string) => path !== '' && getStateConfig(machine, path) !== undefined;
  if (target.startsWith('#')) return exists(target.replace(/^#pathway\.?/, ''));
  if (target.startsWith('.')) return exists(source ? `${source}${target}` : target.slice(1));
  if (source === '') return false; // the machine's own transitions must say `.name`
  const parent = source.split('.').slice(0, -1).join('.');
  return exists(parent ? `${parent}.${target}` : target);
}

function checkVariable(
  variable: string,
  forms: Map<string, FormDefinition>,
  params: Set<string>,
  counters: Set<string>,
): string | undefined {
  const [root, second = '', ...rest] = variable.split('.');
  if (root === 'event') return undefined;
  if (root === 'consents')
    return isConsentPurpose(second) && rest.length === 0
      ? undefined
      : `reads consent '${[second, ...rest].join('.')}', which is not a consent purpose`;
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
  return `reads '${variable}': a guard can read answers, facts, consents, params, counters and event`;
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
