import { createLevelIndex, type LevelIndex } from './createLevelIndex';
import type { PathwayFact, RecordFact, ReportFacts, SubmissionFact } from './types';

/** A pathway with its submissions (oldest first). */
export interface PathwayRow {
  pathway: PathwayFact;
  submissions: readonly SubmissionFact[];
}

export interface FactIndex extends LevelIndex {
  pathwaysOf(workflowId: string): readonly PathwayFact[];
  /** The pathways of a workflow with their submissions: what every KPI walks, without a look-up per pathway. */
  rowsOf(workflowId: string): readonly PathwayRow[];
  submissionsOf(pathwayId: string): readonly SubmissionFact[];
  /** A family's submissions of one form, across its pathways (for `later` conditions). */
  familySubmissionsOf(familyId: string, formId: string): readonly SubmissionFact[];
  /** The organisation records of one form. */
  recordsOf(formId: string): readonly RecordFact[];
}

const NONE: readonly SubmissionFact[] = [];

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Indexes the rows once, so evaluating many KPIs over 100,000 families stays linear. */
export function createFactIndex(facts: ReportFacts): FactIndex {
  const byWorkflow = new Map<string, PathwayFact[]>();
  for (const pathway of facts.pathways) push(byWorkflow, pathway.workflowId, pathway);
  const byPathway = new Map<string, SubmissionFact[]>();
  // PostgreSQL hands over a pathway's submissions one after another: one look-up per pathway, not per row.
  let current: SubmissionFact[] | undefined;
  for (const submission of facts.submissions) {
    if (current === undefined || current[0]!.pathwayId !== submission.pathwayId) {
      current = byPathway.get(submission.pathwayId);
      if (!current) byPathway.set(submission.pathwayId, (current = []));
    }
    current.push(submission);
  }
  for (const list of byPathway.values())
    list.sort((a, b) => (a.submittedAt < b.submittedAt ? -1 : a.submittedAt > b.submittedAt ? 1 : 0));
  const rowsByWorkflow = new Map<string, PathwayRow[]>();
  for (const [workflowId, pathways] of byWorkflow)
    rowsByWorkflow.set(
      workflowId,
      pathways.map((pathway) => ({ pathway, submissions: byPathway.get(pathway.id) ?? NONE })),
    );
  const byRecordForm = new Map<string, RecordFact[]>();
  for (const record of facts.records ?? []) push(byRecordForm, record.formId, record);
  // Built on first use: most dashboards never ask for a family-wide look-up or a level.
  let byFamilyForm: Map<string, SubmissionFact[]> | undefined;
  let levels: LevelIndex | undefined;
  return {
    pathwaysOf: (workflowId) => byWorkflow.get(workflowId) ?? [],
    rowsOf: (workflowId) => rowsByWorkflow.get(workflowId) ?? [],
    submissionsOf: (pathwayId) => byPathway.get(pathwayId) ?? NONE,
    familySubmissionsOf(familyId, formId) {
      if (!byFamilyForm) {
        byFamilyForm = new Map();
        for (const s of facts.submissions) push(byFamilyForm, `${s.familyId}\u0000${s.formId}`, s);
      }
      return byFamilyForm.get(`${familyId}\u0000${formId}`) ?? NONE;
    },
    recordsOf: (formId) => byRecordForm.get(formId) ?? [],
    levelOn: (familyId, date) => (levels ??= createLevelIndex(facts.submissions)).levelOn(familyId, date),
  };
}
