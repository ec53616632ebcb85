import type { FactIndex } from './createFactIndex';
import type { Condition, FieldMatch, PathwayFact, SubmissionFact, Where } from './types';

/** What a condition may look at besides the pathway: the unit (a submission or record), its date, the rows. */
export interface MatchContext {
  unit?: SubmissionFact;
  date?: string;
  index?: FactIndex;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

function isoDateOf(value: unknown): string | undefined {
  return typeof value === 'string' && ISO_DATE.test(value) ? value.slice(0, 10) : undefined;
}

/** The first of the fields (in order) that holds an ISO date, as YYYY-MM-DD. */
export function readDate(
  submission: SubmissionFact,
  fields: string | string[] | undefined,
): string | undefined {
  // Called for every unit of every KPI: no array is made for a single field.
  if (fields === undefined) return undefined;
  if (typeof fields === 'string') return isoDateOf(readField(submission, fields));
  for (const field of fields) {
    const date = isoDateOf(readField(submission, field));
    if (date !== undefined) return date;
  }
  return undefined;
}

/**
 * Paths split once: the paths come from the definitions (a few hundred), the reads from every unit of every
 * KPI (millions per dashboard over 100,000 families).
 */
const SPLIT_PATHS = new Map<string, { computed: boolean; parts: string[] }>();

function splitPath(path: string): { computed: boolean; parts: string[] } {
  let split = SPLIT_PATHS.get(path);
  if (!split) {
    split = path.startsWith('=')
      ? { computed: true, parts: [path.slice(1)] }
      : { computed: false, parts: path.split('.') };
    SPLIT_PATHS.set(path, split);
  }
  return split;
}

/** Reads a dotted path from a submission; `=name` reads a computed field. */
export function readField(submission: SubmissionFact, path: string): unknown {
  const { computed, parts } = splitPath(path);
  if (computed) return submission.computed[parts[0]!];
  let value: unknown = submission.data;
  for (const part of parts) {
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
  for (const path in where) if (!matchesField(readField(submission, path), where[path]!)) return false;
  return true;
}

export function inStates(state: string, wanted: string | string[] | undefined): boolean {
  if (wanted === undefined) return true;
  return typeof wanted === 'string' ? state === wanted : wanted.includes(state);
}

type Matcher = (
  pathway: PathwayFact,
  submissions: readonly SubmissionFact[],
  context: MatchContext,
) => boolean;

/**
 * Conditions turned into functions once per definition object: a dashboard tests them millions of times
 * over 100,000 families, and a function per condition kind tests without finding out its kind each time.
 */
const COMPILED = new WeakMap<object, Matcher>();

function compiled(condition: Condition): Matcher {
  let matcher = COMPILED.get(condition);
  if (!matcher) COMPILED.set(condition, (matcher = compile(condition)));
  return matcher;
}

function compile(condition: Condition): Matcher {
  if ('submission' in condition) {
    const { form, state, where, which } = condition.submission;
    if (which === 'latest')
      return (_pathway, submissions) => {
        for (let i = submissions.length - 1; i >= 0; i--) {
          const s = submissions[i]!;
          if (s.formId === form && inStates(s.state, state)) return matchesWhere(s, where);
        }
        return false;
      };
    return (_pathway, submissions) => {
      for (const s of submissions)
        if (s.formId === form && inStates(s.state, state) && matchesWhere(s, where)) return true;
      return false;
    };
  }
  if ('final' in condition) {
    const { final } = condition;
    return (pathway) => pathway.status === 'done' && pathway.states.some((s) => final.includes(s));
  }
  if ('state' in condition) {
    const wanted = condition.state;
    const prefixes = wanted.map((w) => `${w}.`);
    return (pathway) => {
      for (const s of pathway.states)
        for (let i = 0; i < wanted.length; i++)
          if (s === wanted[i] || s.startsWith(prefixes[i]!)) return true;
      return false;
    };
  }
  if ('event' in condition) {
    const { event } = condition;
    return (pathway) => pathway.events.includes(event);
  }
  if ('not' in condition) {
    const inner = compiled(condition.not);
    return (pathway, submissions, context) => !inner(pathway, submissions, context);
  }
  if ('anyOf' in condition) {
    const any = condition.anyOf.map(compiled);
    return (pathway, submissions, context) => {
      for (const matcher of any) if (matcher(pathway, submissions, context)) return true;
      return false;
    };
  }
  if ('this' in condition) {
    const { form, where } = condition.this;
    return (_pathway, _submissions, { unit }) =>
      unit !== undefined && inStates(unit.formId, form) && matchesWhere(unit, where);
  }
  const { form, field, where } = condition.later;
  return (pathway, _submissions, context) => {
    const since = context.date;
    return (context.index?.familySubmissionsOf(pathway.familyId, form) ?? []).some((s) => {
      if (!matchesWhere(s, where)) return false;
      const date = readDate(s, field);
      return date !== undefined && (since === undefined || date >= since);
    });
  };
}

/** Submissions of one pathway, oldest first. */
export function matchesCondition(
  condition: Condition,
  pathway: PathwayFact,
  submissions: readonly SubmissionFact[],
  context: MatchContext = {},
): boolean {
  return compiled(condition)(pathway, submissions, context);
}

function compileAll(conditions: readonly Condition[]): Matcher {
  const all = conditions.map(compiled);
  return (pathway, submissions, context) => {
    for (const matcher of all) if (!matcher(pathway, submissions, context)) return false;
    return true;
  };
}

export function matchesAll(
  conditions: readonly Condition[] | undefined,
  pathway: PathwayFact,
  submissions: readonly SubmissionFact[],
  context: MatchContext = {},
): boolean {
  if (!conditions || conditions.length === 0) return true;
  let matcher = COMPILED.get(conditions);
  if (!matcher) COMPILED.set(conditions, (matcher = compileAll(conditions)));
  return matcher(pathway, submissions, context);
}
