import type { Definition, FormDefinition, WorkflowDefinition } from '../types';
import { diffForm } from './diffForm';
import { diffWorkflow } from './diffWorkflow';
import type { ChangeClassification, ChangeReason, ChangeUsage, FieldChange } from './types';

/**
 * Breaking or safe: what publishing `b` after `a` does to data and families already there.
 * Breaking: a field with data removed or retyped, a choice code removed or recoded, a required field added
 * while families wait for the form, a state with live instances removed. Counts left out of `usage` are
 * taken as "there is data" — the safe assumption — except for families waiting for a form, which only the
 * server can know.
 */
export function classifyChange(
  kind: 'form' | 'workflow',
  a: Definition,
  b: Definition,
  usage: ChangeUsage = {},
): ChangeClassification {
  const reasons =
    kind === 'form'
      ? classifyForm(a as FormDefinition, b as FormDefinition, usage)
      : classifyWorkflow(a as WorkflowDefinition, b as WorkflowDefinition, usage);
  return { level: reasons.length > 0 ? 'breaking' : 'safe', reasons };
}

function classifyForm(a: FormDefinition, b: FormDefinition, usage: ChangeUsage): ChangeReason[] {
  const hasData = usage.submissions === undefined || usage.submissions > 0;
  const waiting = (usage.instancesAwaitingForm ?? 0) > 0;
  return diffForm(a, b).fields.flatMap((field): ChangeReason[] => {
    const computed = field.path.startsWith('=');
    const title = (field.after ?? field.before)?.title ?? { da: field.path, en: field.path };
    const reasons: ChangeReason[] = [];
    if (field.change === 'removed' && hasData && !computed)
      reasons.push({
        code: 'field-removed',
        path: field.path,
        message: {
          da: `Feltet "${title.da}" fjernes, men der findes besvarelser med data i det.`,
          en: `The field "${title.en}" is removed, but there are responses with data in it.`,
        },
      });
    if (field.change === 'changed' && hasData && !computed && isRetyped(field))
      reasons.push({
        code: 'field-retyped',
        path: field.path,
        message: {
          da: `Feltet "${title.da}" skifter type (${field.before?.type} → ${field.after?.type}); gemte svar passer ikke længere.`,
          en: `The field "${title.en}" changes type (${field.before?.type} → ${field.after?.type}); stored answers no longer fit.`,
        },
      });
    const recodedFrom = new Set(field.optionsRecoded.map((recode) => recode.from));
    if (hasData)
      for (const recode of field.optionsRecoded)
        reasons.push({
          code: 'choice-recoded',
          path: `${field.path}/${recode.from}`,
          message: {
            da: `Svarmuligheden "${recode.title.da}" i "${title.da}" får ny kode (${recode.from} → ${recode.to}); gemte svar bruger den gamle kode.`,
            en: `The choice "${recode.title.en}" in "${title.en}" gets a new code (${recode.from} → ${recode.to}); stored answers use the old code.`,
          },
        });
    if (hasData)
      for (const option of field.optionsRemoved.filter((option) => !recodedFrom.has(option.code)))
        reasons.push({
          code: 'choice-removed',
          path: `${field.path}/${option.code}`,
          message: {
            da: `Svarmuligheden "${option.title.da}" fjernes fra "${title.da}"; gemte svar med den kan ikke vises som et valg.`,
            en: `The choice "${option.title.en}" is removed from "${title.en}"; stored answers with it no longer match a choice.`,
          },
        });
    if (waiting && isNewlyRequired(field))
      reasons.push({
        code: 'required-added',
        path: field.path,
        message: {
          da: `Feltet "${title.da}" bliver obligatorisk uden standardværdi, mens ${usage.instancesAwaitingForm} familier venter på skemaet.`,
          en: `The field "${title.en}" becomes required without a default while ${usage.instancesAwaitingForm} families wait for the form.`,
        },
      });
    return reasons;
  });
}

function isRetyped(field: FieldChange): boolean {
  return field.changes.some((change) => change.property === 'type' || change.property === 'format');
}

function isNewlyRequired(field: FieldChange): boolean {
  const after = field.after;
  if (!after?.required || after.hasDefault) return false;
  return field.change === 'added' || (field.change === 'changed' && field.before?.required === false);
}

function classifyWorkflow(a: WorkflowDefinition, b: WorkflowDefinition, usage: ChangeUsage): ChangeReason[] {
  return diffWorkflow(a, b)
    .states.filter((state) => state.change === 'removed')
    .flatMap((state): ChangeReason[] => {
      const live = countLive(usage.instancesByState, state.path);
      if (live === 0) return [];
      const title = state.before?.title ?? { da: state.path, en: state.path };
      const count =
        live === undefined ? { da: 'der kan være', en: 'there may be' } : { da: `${live}`, en: `${live}` };
      return [
        {
          code: 'state-removed',
          path: state.path,
          message: {
            da: `Trinnet "${title.da}" fjernes, men ${count.da} familier står i det.`,
            en: `The step "${title.en}" is removed, but ${count.en} families are in it.`,
          },
        },
      ];
    });
}

/** Live instances in the state or below it; undefined when the server gave no counts. */
function countLive(byState: Record<string, number> | undefined, path: string): number | undefined {
  if (!byState) return undefined;
  // Counts may list parents as well as leaves: the state's own count then already holds its children.
  const own = byState[path];
  if (own !== undefined) return own;
  return Object.entries(byState)
    .filter(([statePath]) => statePath === path || statePath.startsWith(`${path}.`))
    .reduce((sum, [, count]) => sum + count, 0);
}
