import type { DueRule, Offset } from '../definitions/types';
import { getStateConfig, toActivePaths } from '../workflow/statePaths';
import type { CompiledWorkflow, DueItem, PathwaySnapshot } from '../workflow/types';
import { toFormRefs } from '../workflow/toMachine';
import { addOffset, toCalendarDate } from './dates';

/**
 * When each active step is due, computed from the family's data and the step's entry date: due dates are
 * data, stored with the instance and acted on by the server's scheduler, never in-memory timers.
 */
export function getDue(workflow: CompiledWorkflow, snapshot: PathwaySnapshot): DueItem[] {
  if (snapshot.status !== 'active') return [];
  const items: DueItem[] = [];
  for (const path of toActivePaths(snapshot.value)) {
    const state = getStateConfig(workflow.definition.machine, path);
    const rule = state?.meta?.due;
    if (!state || !rule) continue;
    const dueDate = toDueDate(rule, snapshot, path);
    const window = toWindowDays(rule, snapshot.context.params);
    items.push({
      state: path,
      title: state.meta?.title ?? { da: path, en: path },
      dueDate,
      windowStart: dueDate && window !== undefined ? addOffset(dueDate, { days: -window }) : dueDate,
      windowEnd: dueDate && window !== undefined ? addOffset(dueDate, { days: window }) : dueDate,
      ...(rule.event ? { event: rule.event } : {}),
      forms: toFormRefs(state.meta?.forms).map((f) => f.id),
      ...(state.meta?.roles ? { roles: state.meta.roles } : {}),
    });
  }
  return items.sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'));
}

function toDueDate(rule: DueRule, snapshot: PathwaySnapshot, path: string): string | null {
  const { facts, progress } = snapshot.context;
  const anchor =
    rule.anchor === 'child.birthDate'
      ? facts.child.birthDate
      : rule.anchor === 'child.dueDate'
        ? facts.child.dueDate
        : rule.anchor === 'stateEntry'
          ? progress[path]?.enteredAt
          : readAnswer(snapshot.context.answers, rule.anchor);
  const date = toCalendarDate(anchor);
  if (!date) return null;
  return addOffset(date, toOffset(rule.offset ?? {}, snapshot.context.params));
}

/** `answers.<formId>.<field>`: a date the worker entered, e.g. an agreed follow-up date. */
function readAnswer(answers: Record<string, Record<string, unknown>>, anchor: string): unknown {
  const [, formId = '', ...field] = anchor.split('.');
  let value: unknown = answers[formId];
  for (const part of field)
    value = value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
  return value;
}

/** Offsets may name a workflow parameter (`{ "months": { "param": "ageMonths" } }`). */
function toOffset(offset: DueRule['offset'] & object, params: Record<string, unknown>): Offset {
  const result: Offset = {};
  for (const unit of ['years', 'months', 'weeks', 'days'] as const) {
    const value = offset[unit];
    const resolved = typeof value === 'object' && value !== null ? params[value.param] : value;
    if (typeof resolved === 'number') result[unit] = resolved;
  }
  return result;
}

function toWindowDays(rule: DueRule, params: Record<string, unknown>): number | undefined {
  if (rule.windowDays === undefined) return undefined;
  if (typeof rule.windowDays === 'number') return rule.windowDays;
  const value = params[rule.windowDays.param];
  return typeof value === 'number' ? value : undefined;
}
