import type { SubmissionFact } from './types';

/**
 * Where a family's level comes from (decision 1 in definitions/KPI-DATA.md): the level assessment (F06)
 * of the `level.assessment` pathway, dated by its assessment date. A KPI that breaks down by level must
 * draw on this workflow and form, so the catalogue check proves they exist.
 */
export const LEVEL_SOURCE = {
  workflow: 'level.assessment',
  form: 'F06-level-assessment',
  field: 'level',
  date: 'assessmentDate',
} as const;

/** "Ikke niveauinddelt": the code F12, F13 and F14 use (F06 cannot choose it). */
export const NOT_LEVELLED = '0';

export interface LevelIndex {
  /** The family's latest assessed level on or before `date` (ISO); none → `NOT_LEVELLED`. */
  levelOn(familyId: string, date: string): string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

/**
 * The level join, built once: every family's assessments ordered by date (then by when they were
 * submitted, so a same-day reassessment wins). An assessment dated after the activity does not count.
 */
export function createLevelIndex(submissions: readonly SubmissionFact[]): LevelIndex {
  const byFamily = new Map<string, { date: string; at: string; level: string }[]>();
  for (const s of submissions) {
    if (s.formId !== LEVEL_SOURCE.form) continue;
    const date = s.data[LEVEL_SOURCE.date];
    const level = s.data[LEVEL_SOURCE.field];
    if (typeof date !== 'string' || !ISO_DATE.test(date) || typeof level !== 'number') continue;
    const list = byFamily.get(s.familyId) ?? [];
    list.push({ date: date.slice(0, 10), at: s.submittedAt, level: String(level) });
    byFamily.set(s.familyId, list);
  }
  for (const list of byFamily.values())
    list.sort((a, b) => a.date.localeCompare(b.date) || a.at.localeCompare(b.at));
  return {
    levelOn(familyId, date) {
      const list = byFamily.get(familyId);
      if (!list) return NOT_LEVELLED;
      let found = NOT_LEVELLED;
      for (const entry of list) {
        if (entry.date > date) break;
        found = entry.level;
      }
      return found;
    },
  };
}
