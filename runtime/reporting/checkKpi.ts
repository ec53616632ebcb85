import type { DefinitionIssue } from '../definitions/DefinitionError';
import type { Library } from '../definitions/createLibrary';
import type { FormDefinition, WorkflowDefinition } from '../definitions/types';
import { listFieldPaths } from '../forms/listFieldPaths';
import { listStates } from '../workflow/statePaths';
import { LEVEL_SOURCE } from './createLevelIndex';
import { listPopulationWorkflows } from './listPopulationWorkflows';
import type { Condition, KpiDefinition, Where } from './types';

/** Events every pathway can have besides its declared ones (sent by the runtime and the server). */
const RUNTIME_EVENTS = new Set(['CHILD_BORN', 'PATHWAY_DONE', 'FORM_SUBMITTED', 'SUBMISSION_CORRECTED']);

const asList = (value: string | string[] | undefined): string[] =>
  value === undefined ? [] : typeof value === 'string' ? [value] : value;

/** The planned number a KPI with `denominator.parameter` divides by: the parameter's default, newest version first. */
export function resolveKpiDenominator(
  kpi: KpiDefinition,
  library: Library,
  formValues: Record<string, Record<string, unknown>> = {},
): number | undefined {
  const rule = kpi.denominator?.parameter;
  if (!rule) return undefined;
  // A municipality's own value (its parameter profile) before the definition's default.
  const own = formValues[rule.form]?.[rule.name];
  if (typeof own === 'number' && own > 0) return own;
  for (const version of [...(kpi.draws.forms[rule.form] ?? [])].sort((a, b) => b - a)) {
    const value = library.getForm(rule.form, version)?.definition.parameters?.[rule.name]?.default;
    if (typeof value === 'number' && value > 0) return value;
  }
  return undefined;
}

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

  const unit = kpi.population.unit ?? 'pathway';
  const populationIds = listPopulationWorkflows(kpi);
  const named = populationIds.join(', ');
  const population = workflows.filter((w) => populationIds.includes(w.id));
  if (unit === 'record') {
    if (populationIds.length > 0)
      issue('/population/workflow', 'a KPI over organisation records has no workflow');
    if (!kpi.population.record) issue('/population/record', 'a KPI over organisation records needs record');
  } else {
    for (const id of populationIds)
      if (!population.some((w) => w.id === id))
        issue('/population/workflow', `workflow ${id} is not among the versions drawn on`);
    if (populationIds.length === 0) issue('/population/workflow', 'the population needs a workflow');
    if (population.length === 0) return issues;
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
      issue(`/population/params/${name}`, `parameter '${name}' is not declared by ${named}`);

  const hasField = (formId: string, field: string) =>
    (forms.get(formId) ?? []).some((form) =>
      field.startsWith('=')
        ? form.computed?.[field.slice(1)] !== undefined
        : listFieldPaths(form.schema).some((f) => f.path === field),
    );
  const checkForm = (path: string, formId: string, fields: string[], usedBy = population) => {
    if (!forms.has(formId)) return issue(`${path}/form`, `form ${formId} is not among the versions drawn on`);
    if (unit === 'record' && usedBy === population) {
      if (!forms.get(formId)!.some((f) => f.subject === 'organisation'))
        issue(`${path}/form`, `form ${formId} is not an organisation form`);
    } else if (!usedBy.some((w) => w.forms[formId] !== undefined))
      issue(`${path}/form`, `form ${formId} is not used by ${usedBy.map((w) => w.id).join(', ')}`);
    for (const field of fields)
      if (!hasField(formId, field))
        issue(`${path}/${field}`, `field '${field}' does not exist in form ${formId}`);
  };
  const checkStates = (path: string, wanted: string | string[] | undefined, finalOnly = false) => {
    for (const state of asList(wanted)) {
      if (!states.has(state)) issue(path, `state '${state}' does not exist in ${named}`);
      else if (finalOnly && !states.get(state))
        issue(path, `state '${state}' is not a final state of ${named}`);
    }
  };
  // The forms a unit can be: what `this`, the unit's date, `sum` and `breakdowns` read.
  const unitForms =
    unit === 'submission'
      ? [...new Set((kpi.population.forms ?? []).map((f) => f.form))]
      : unit === 'record' && kpi.population.record
        ? [kpi.population.record.form]
        : [];
  const checkUnitField = (path: string, field: string) => {
    if (!unitForms.some((f) => hasField(f, field)))
      issue(
        path,
        `field '${field}' does not exist in ${unitForms.join(', ') || 'the unit (not a submission or record)'}`,
      );
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
        issue(`${path}/event`, `event '${condition.event}' does not exist in ${named}`);
    } else if ('not' in condition) checkCondition(`${path}/not`, condition.not);
    else if ('anyOf' in condition) condition.anyOf.forEach((c, i) => checkCondition(`${path}/anyOf/${i}`, c));
    else if ('this' in condition) {
      if (unitForms.length === 0) issue(`${path}/this`, 'only a submission or record unit can test itself');
      for (const form of asList(condition.this.form))
        if (!unitForms.includes(form))
          issue(`${path}/this/form`, `form ${form} is not a unit form of this KPI`);
      for (const field of fieldsOf(condition.this.where))
        checkUnitField(`${path}/this/where/${field}`, field);
    } else {
      const { workflow, form, field, where } = condition.later;
      const usedBy = workflows.filter((w) => w.id === workflow);
      if (usedBy.length === 0)
        issue(`${path}/later/workflow`, `workflow ${workflow} is not among the versions drawn on`);
      else checkForm(`${path}/later`, form, [field, ...fieldsOf(where)], usedBy);
    }
  };

  checkConditions('/population/require', kpi.population.require);
  const date = kpi.population.date;
  if (unit === 'submission' || unit === 'record') {
    (kpi.population.forms ?? []).forEach((f, i) => {
      checkForm(`/population/forms/${i}`, f.form, fieldsOf(f.where));
      checkStates(`/population/forms/${i}/state`, f.state);
    });
    if (unit === 'submission' && unitForms.length === 0)
      issue('/population/forms', 'a submission unit needs forms');
    if (kpi.population.record)
      checkForm('/population/record', kpi.population.record.form, fieldsOf(kpi.population.record.where));
    if (date.form) issue('/population/date/form', 'a submission or record unit is dated by its own fields');
    for (const field of asList(date.field)) checkUnitField(`/population/date/field`, field);
    if (unit === 'submission' && asList(date.field).length === 0)
      issue('/population/date/field', 'a submission unit needs a date field');
  } else {
    if (date.form) checkForm('/population/date', date.form, asList(date.field));
    checkStates('/population/date/state', date.state);
  }
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
  if (kpi.sum) checkUnitField('/sum/field', kpi.sum.field);
  for (const [key, breakdown] of Object.entries(kpi.breakdowns ?? {})) {
    if (['month', 'district', 'team', 'version', 'level'].includes(key))
      issue(`/breakdowns/${key}`, `'${key}' is a breakdown every KPI has`);
    checkUnitField(`/breakdowns/${key}/field`, breakdown.field);
  }
  if (kpi.level) {
    // The join reads the level assessments: the KPI must draw on them, so the library proves they exist.
    if (!workflows.some((w) => w.id === LEVEL_SOURCE.workflow))
      issue('/level', `a level breakdown draws on workflow ${LEVEL_SOURCE.workflow}`);
    else
      checkForm(
        '/level',
        LEVEL_SOURCE.form,
        [LEVEL_SOURCE.field, LEVEL_SOURCE.date],
        workflows.filter((w) => w.id === LEVEL_SOURCE.workflow),
      );
    for (const [form, field] of Object.entries(kpi.level.own ?? {}))
      if (!hasField(form, field))
        issue(`/level/own/${form}`, `field '${field}' does not exist in form ${form}`);
  }
  if (kpi.denominator) {
    const { form, name } = kpi.denominator.parameter;
    if (!forms.has(form))
      issue('/denominator/parameter/form', `form ${form} is not among the versions drawn on`);
    else if (!forms.get(form)!.some((f) => f.parameters?.[name]))
      issue('/denominator/parameter/name', `parameter '${name}' is not declared by form ${form}`);
    else if (resolveKpiDenominator(kpi, library) === undefined)
      issue(
        '/denominator/parameter/name',
        `parameter '${name}' of form ${form} has no positive number as default`,
      );
    if (kpi.measure !== 'rate') issue('/denominator', 'a fixed denominator belongs to a rate');
  }
  if (kpi.measure === 'rate' && !kpi.numerator) issue('/numerator', 'a rate needs a numerator');
  if (kpi.measure === 'mean' && !kpi.perPathway) issue('/perPathway', 'a mean needs perPathway');
  if (kpi.measure === 'sum' && !kpi.sum) issue('/sum', 'a sum needs sum');
  if (kpi.measure === 'prepost' && !kpi.prePost) issue('/prePost', 'a pre/post KPI needs prePost');
  return issues;
}
