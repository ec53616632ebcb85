import { toLeafPaths } from '../../runtime';
import type { ReportFacts } from '../../runtime/reporting';
import type { FamilyAggregate } from '../storage/types';

const FORM_SUBMITTED = 'FORM_SUBMITTED';

/**
 * The reporting rows of one family: its pathways of the given workflows and their submissions in force
 * (a corrected submission is replaced by its correction). Used by the embedded store; PostgreSQL computes
 * the same rows in SQL.
 */
export function toReportFacts(
  aggregate: FamilyAggregate,
  /** Undefined: every pathway. */
  workflowIds?: ReadonlySet<string>,
  forms?: ReadonlySet<string>,
): ReportFacts {
  const { family } = aggregate;
  const facts: ReportFacts = { pathways: [], submissions: [] };
  const wanted = new Set<string>();
  for (const instance of Object.values(aggregate.pathways)) {
    if (workflowIds && !workflowIds.has(instance.workflow.id)) continue;
    wanted.add(instance.id);
    facts.pathways.push({
      id: instance.id,
      familyId: family.id,
      childId: instance.childId,
      ...(instance.parentId ? { parentId: instance.parentId } : {}),
      workflowId: instance.workflow.id,
      workflowVersion: instance.workflow.version,
      params: instance.snapshot.context.params,
      status: instance.snapshot.status,
      states: toLeafPaths(instance.snapshot.value),
      events: [...new Set(instance.history.map((h) => h.event.type).filter((t) => t !== FORM_SUBMITTED))],
      startedAt: instance.startedAt,
      team: family.team,
      ...(family.district ? { district: family.district } : {}),
    });
  }
  if (wanted.size === 0) return facts;
  const corrected = new Set<string>();
  for (const s of Object.values(aggregate.submissions)) if (s.corrects) corrected.add(s.corrects);
  for (const s of Object.values(aggregate.submissions)) {
    if (!wanted.has(s.pathwayId) || corrected.has(s.id) || (forms && !forms.has(s.formId))) continue;
    facts.submissions.push({
      id: s.id,
      pathwayId: s.pathwayId,
      familyId: s.familyId,
      formId: s.formId,
      formVersion: s.formVersion,
      state: s.state,
      data: s.data,
      computed: s.computed,
      // A correction keeps the place of the submission it corrects.
      submittedAt: s.corrects
        ? (aggregate.submissions[s.corrects]?.submittedAt ?? s.submittedAt)
        : s.submittedAt,
    });
  }
  return facts;
}
