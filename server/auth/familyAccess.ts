import { getStateConfig } from '../../runtime';
import type { DefinitionCatalog } from '../definitions/createDefinitionCatalog';
import { problems } from '../http/ProblemError';
import type { FamilyAggregate, FamilySummary, StorageAdapter, Submission } from '../storage/types';
import { isParentJournalFlag } from './redactParentJournal';
import { hasAnyRole, PARENT_JOURNAL, WORKERS } from './roleGroups';
import type { PublicUser } from './sessions';

export type Viewer = Pick<PublicUser, 'id' | 'roles' | 'team' | 'municipality'>;
type FamilyScope = Pick<FamilySummary, 'responsibleId' | 'team' | 'municipality'>;

/**
 * Object-level access to a family (least privilege):
 * - only worker roles see family data; project staff, administrators and auditors never do;
 * - never across municipalities;
 * - a worker sees the families she is responsible for (her caseload) and those of her team;
 * - a lead health visitor also sees the other teams of her municipality (she leads them).
 */
export function canSeeFamily(viewer: Viewer, family: FamilyScope): boolean {
  if (!hasAnyRole(viewer.roles, WORKERS)) return false;
  if ((family.municipality ?? '') !== (viewer.municipality ?? '')) return false;
  // A user without a team (a broker login without the team claim) has only her own caseload.
  if (family.responsibleId === viewer.id || (viewer.team !== '' && family.team === viewer.team)) return true;
  return viewer.roles.includes('ledende_sundhedsplejerske');
}

/**
 * The parents' journal is separate from the child's: a submission of a `subject: 'parent'` form (EPDS,
 * Gotland, consent, parent competence) is seen by the health visitors who keep that journal, and by other
 * workers only when their role works the step it was filled in (a pedagogue on the consent step of a course).
 */
export function canSeeSubmission(
  viewer: Viewer,
  submission: Submission,
  aggregate: FamilyAggregate,
  catalog: DefinitionCatalog,
): boolean {
  const form = catalog.library.getForm(submission.formId, submission.formVersion)?.definition;
  if (form?.subject !== 'parent' || hasAnyRole(viewer.roles, PARENT_JOURNAL)) return true;
  const pinned = aggregate.pathways[submission.pathwayId]?.workflow;
  const workflow = pinned && catalog.library.getWorkflow(pinned.id, pinned.version)?.definition;
  const stateRoles = workflow ? (getStateConfig(workflow.machine, submission.state)?.meta?.roles ?? []) : [];
  return viewer.roles.some((role) => stateRoles.includes(role));
}

/**
 * The checks routes make before touching a family. Anything outside the caller's reach is answered exactly
 * like an unknown id (404, same text), so ids cannot be probed.
 */
export function createFamilyAccess(storage: StorageAdapter, catalog: DefinitionCatalog) {
  const assertFamily = async (viewer: Viewer, familyId: string): Promise<FamilySummary> => {
    const [family] = await storage.listFamilies({ ids: [familyId] });
    if (!family || !canSeeFamily(viewer, family)) throw problems.notFound(`Familien ${familyId}`);
    return family;
  };
  return {
    assertFamily,
    /** The family of a pathway the caller may see. */
    async assertPathway(viewer: Viewer, pathwayId: string): Promise<string> {
      const familyId = await storage.findFamilyOfPathway(pathwayId);
      const [family] = familyId ? await storage.listFamilies({ ids: [familyId] }) : [];
      if (!familyId || !family || !canSeeFamily(viewer, family))
        throw problems.notFound(`Forløbet ${pathwayId}`);
      return familyId;
    },
    /** The family of a submission the caller may see, parent-journal rule included. */
    async assertSubmission(viewer: Viewer, submissionId: string): Promise<string> {
      const familyId = await storage.findFamilyOfSubmission(submissionId);
      const aggregate = familyId ? await storage.getFamily(familyId) : undefined;
      const submission = aggregate?.submissions[submissionId];
      if (
        !familyId ||
        !aggregate ||
        !submission ||
        !canSeeFamily(viewer, aggregate.family) ||
        !canSeeSubmission(viewer, submission, aggregate, catalog)
      )
        throw problems.notFound(`Besvarelsen ${submissionId}`);
      return familyId;
    },
    /**
     * The timeline entries this viewer may see: entries of parent-journal submissions follow the submission,
     * and a flag entry follows its flag (same pathway and time; see redactParentJournal.ts).
     */
    async filterTimeline<T extends { submissionId?: string; kind: string; pathwayId?: string; at: string }>(
      viewer: Viewer,
      familyId: string,
      entries: T[],
    ): Promise<T[]> {
      if (hasAnyRole(viewer.roles, PARENT_JOURNAL)) return entries;
      const aggregate = await storage.getFamily(familyId);
      if (!aggregate) return [];
      const isParentFlag = (entry: T) =>
        entry.kind === 'flag' &&
        (aggregate.pathways[entry.pathwayId ?? '']?.flags ?? []).some(
          (flag) => flag.at === entry.at && isParentJournalFlag(flag),
        );
      return entries.filter((entry) => {
        const submission = entry.submissionId ? aggregate.submissions[entry.submissionId] : undefined;
        if (submission && !canSeeSubmission(viewer, submission, aggregate, catalog)) return false;
        return !isParentFlag(entry);
      });
    },
    filterFamilies<T extends FamilyScope>(viewer: Viewer, families: T[]): T[] {
      return families.filter((family) => canSeeFamily(viewer, family));
    },
  };
}

export type FamilyAccess = ReturnType<typeof createFamilyAccess>;
