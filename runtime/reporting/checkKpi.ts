import type { DefinitionIssue } from '../definitions/DefinitionError';
import type { Library } from '../definitions/createLibrary';
import type { FormDefinition, WorkflowDefinition } from '../definitions/types';
import { listFieldPaths } from '../forms/listFieldPaths';
import { listStates } from '../workflow/statePaths';
import type { Condition, KpiDefinition, Where } from './types';

/** Events every pathway can have besides its declared ones (sent by the runtime and the server). */
const RUNTIME_EVENTS = new Set(['CHILD_BORN', 'PATHWAY_DONE', 'FORM_SUBMITTED', 'SUBMISSION_CORRECTED']);

/**
 * Cross-checks a KPI against the workflow and form library: every workflow version it draws on exists,
 * and every state, final state, event, parameter and field it names exists there. Loud, with the JSON path.
 */
export function checkKpi(kpi: KpiDefinition, library: Library, source: string): DefinitionIssue[] {
  const issues: DefinitionIssue[] = [];
  const issue = (path: string, message: string) => issues.push({ source, path, message });

  const workflows: WorkflowDefinition[] = [];
  for (const [id, versions] of Object.entries(kpi.draws.workflows))
    for (const version of versions) {
      const workflow = library.getWorkflow(id, version);
      if (workflow) workflows.push(workflow.definition);
      else issue(`/draws/workflows/${id}`, `workflow ${id} version ${version} does not exist`);
    }
  const forms = new Map<string, FormDefinition[]>();
  for (const [id, versions] of Object.entries(kpi.draws.forms))
    for (const version of versions) {
      const form = library.getForm(id, version);
      if (form) forms.set(id, [...(forms.get(id) ?? []), form.definition]);
      else issue(`/draws/forms/${id}`, `form ${id} version ${version} does not exist`);
    }

  const population = workflows.filter((w) => w.id === kpi.population.workflow);
  if (population.length === 0) {
    issue('/population/workflow', `workflow ${kpi.population.workflow} is not among the versions drawn on`);
    return issues;
  }
  const states = new Map<string, boolean>();
  const events = new Set(RUNTIME_EVENTS);
  for (const workflow of population) {
    for (const { path, state } of listStates(workflow.machine)) {
      states.set(path, state.type === 'final' || states.get(path) === true);
      for (const event of Object.keys(state.on ?? {})) events.add(event);
    }
    for (const event of Object.keys(workflow.events ?? {})) events.add(event);
  }

  for (const name of Object.keys(kpi.population.params ?? {}))
    if (!population.some((w) => w.parameters?.[name]))
      issue(
        `/population/params/${name}`,
        `parameter '${name}' is not declared by ${kpi.population.workflow}`,
      );

  const checkForm = (path: string, formId: string, fields: string[]) => {
    const versions = forms.get(formId);
    if (!versions) return issue(`${path}/form`, `form ${formId} is not among the versions drawn on`);
    if (!population.some((w) => w.forms[formId] !== undefined))
      issue(`${path}/form`, `form ${formId} is not used by ${kpi.population.workflow}`);
    for (const field of fields) {
      const known = versions.some((form) =>
        field.startsWith('=')
          ? form.computed?.[field.slice(1)] !== undefined
          : listFieldPaths(form.schema).some((f) => f.path === field),
      );
      if (!known) issue(`${path}/${field}`, `field '${field}' does not exist in form ${formId}`);
    }
  };
  const checkStates = (path: string, wanted: string | string[] | undefined, finalOnly = false) => {
    for (const state of wanted === undefined ? [] : typeof wanted === 'string' ? [wanted] : wanted) {
      if (!states.has(state)) issue(path, `state '${state}' does not exist in ${kpi.population.workflow}`);
      else if (finalOnly && !states.get(state))
        issue(path, `state '${state}' is not a final state of ${kpi.population.workflow}`);
    }
  };
  const fieldsOf = (where: Where | undefined) => Object.keys(where ?? {});
  const checkConditions = (path: string, conditions: Condition[] | undefined) =>
    (conditions ?? []).forEach((c, i) => checkCondition(`${path}/${i}`, c));
  const checkCondition = (path: string, condition: Condition): void => {
    if ('submission' in condition) {
      const s = condition.submission;
      checkForm(`${path}/submission`, s.form, fieldsOf(s.where));
      checkStates(`${path}/submission/state`, s.state);
    } else if ('final' in condition) checkStates(`${path}/final`, condition.final, true);
    else if ('state' in condition) checkStates(`${path}/state`, condition.state);
    else if ('event' in condition) {
      if (!events.has(condition.event))
        issue(`${path}/event`, `event '${condition.event}' does not exist in ${kpi.population.workflow}`);
    } else if ('not' in condition) checkCondition(`${path}/not`, condition.not);
    else condition.anyOf.forEach((c, i) => checkCondition(`${path}/anyOf/${i}`, c));
  };

  checkConditions('/population/require', kpi.population.require);
  const date = kpi.population.date;
  if (date.form) checkForm('/population/date', date.form, date.field ? [date.field] : []);
  checkStates('/population/date/state', date.state);
  checkConditions('/numerator/require', kpi.numerator?.require);
  for (const [key, category] of Object.entries(kpi.categories ?? {}))
    checkConditions(`/categories/${key}/require`, category.require);
  if (kpi.perPathway) {
    checkForm('/perPathway', kpi.perPathway.form, []);
    checkStates('/perPathway/state', kpi.perPathway.state);
  }
  if (kpi.prePost)
    checkForm('/prePost', kpi.prePost.form, [
      kpi.prePost.timepointField,
      ...kpi.prePost.measures.map((m) => m.field),
    ]);
  if (kpi.measure === 'rate' && !kpi.numerator) issue('/numerator', 'a rate needs a numerator');
  if (kpi.measure === 'mean' && !kpi.perPathway) issue('/perPathway', 'a mean needs perPathway');
  if (kpi.measure === 'prepost' && !kpi.prePost) issue('/prePost', 'a pre/post KPI needs prePost');
  return issues;
}
