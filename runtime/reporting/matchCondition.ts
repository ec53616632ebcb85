import type { FactIndex } from './createFactIndex';
import type { Condition, FieldMatch, PathwayFact, SubmissionFact, Where } from './types';

/** What a condition may look at besides the pathway: the unit (a submission or record), its date, the rows. */
export interface MatchContext {
  unit?: SubmissionFact;
  date?: string;
  index?: FactIndex;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

/** The first of the fields (in order) that holds an ISO date, as YYYY-MM-DD. */
export function readDate(
  submission: SubmissionFact,
  fields: string | string[] | undefined,
): string | undefined {
  for (const field of fields === undefined ? [] : typeof fields === 'string' ? [fields] : fields) {
    const value = readField(submission, field);
    if (typeof value === 'string' && ISO_DATE.test(value)) return value.slice(0, 10);
  }
  return undefined;
}

/** Reads a dotted path from a submission; `=name` reads a computed field. */
export function readField(submission: SubmissionFact, path: string): unknown {
  if (path.startsWith('=')) return submission.computed[path.slice(1)];
  let value: unknown = submission.data;
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

export function matchesField(value: unknown, match: FieldMatch): boolean {
  if (typeof match !== 'object') return value === match;
  if ('in' in match) return match.in.some((m) => m === value);
  if ('not' in match) return value !== match.not;
  if ('contains' in match) return Array.isArray(value) && value.includes(match.contains);
  return (value !== undefined && value !== null) === match.exists;
}

export function matchesWhere(submission: SubmissionFact, where: Where | undefined): boolean {
  if (!where) return true;
  for (const [path, match] of Object.entries(where))
    if (!matchesField(readField(submission, path), match)) return false;
  return true;
}

export function inStates(state: string, wanted: string | string[] | undefined): boolean {
  if (wanted === undefined) return true;
  return typeof wanted === 'string' ? state === wanted : wanted.includes(state);
}

/** Submissions of one pathway, oldest first. */
export function matchesCondition(
  condition: Condition,
  pathway: PathwayFact,
  submissions: readonly SubmissionFact[],
  context: MatchContext = {},
): boolean {
  if ('submission' in condition) {
    const { form, state, where, which } = condition.submission;
    const candidates = submissions.filter((s) => s.formId === form && inStates(s.state, state));
    if (which === 'latest') {
      const latest = candidates[candidates.length - 1];
      return latest !== undefined && matchesWhere(latest, where);
    }
    return candidates.some((s) => matchesWhere(s, where));
  }
  if ('final' in condition)
    return pathway.status === 'done' && pathway.states.some((s) => condition.final.includes(s));
  if ('state' in condition)
    return pathway.states.some((s) =>
      condition.state.some((wanted) => s === wanted || s.startsWith(`${wanted}.`)),
    );
  if ('event' in condition) return pathway.events.includes(condition.event);
  if ('not' in condition) return !matchesCondition(condition.not, pathway, submissions, context);
  if ('anyOf' in condition)
    return condition.anyOf.some((c) => matchesCondition(c, pathway, submissions, context));
  if ('this' in condition) {
    const { unit } = context;
    const { form, where } = condition.this;
    return unit !== undefined && inStates(unit.formId, form) && matchesWhere(unit, where);
  }
  const { form, field, where } = condition.later;
  const since = context.date;
  return (context.index?.familySubmissionsOf(pathway.familyId, form) ?? []).some((s) => {
    if (!matchesWhere(s, where)) return false;
    const date = readDate(s, field);
    return date !== undefined && (since === undefined || date >= since);
  });
}

export function matchesAll(
  conditions: readonly Condition[] | undefined,
  pathway: PathwayFact,
  submissions: readonly SubmissionFact[],
  context: MatchContext = {},
): boolean {
  return (conditions ?? []).every((c) => matchesCondition(c, pathway, submissions, context));
}
