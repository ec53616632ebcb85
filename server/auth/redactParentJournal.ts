import type { Flag } from '../storage/types';
import { hasAnyRole, PARENT_JOURNAL } from './roleGroups';
import type { Viewer } from './familyAccess';

/**
 * Flags from the parents' journal are named `parent-…` (e.g. `parent-screening-over-cutoff`: an EPDS or
 * Gotland score over the cut-off). They say as much as the screening itself, so they follow the same rule as
 * parent-subject submissions: health visitors see them, a pedagogue or family therapist does not.
 */
export function isParentJournalFlag(flag: Pick<Flag, 'code'>): boolean {
  return flag.code.startsWith('parent-');
}

/** A pathway view as this viewer may see it. */
export function redactPathway<T extends { flags: Flag[] }>(viewer: Viewer, view: T): T {
  if (hasAnyRole(viewer.roles, PARENT_JOURNAL)) return view;
  return { ...view, flags: view.flags.filter((flag) => !isParentJournalFlag(flag)) };
}

/** A family view (with its pathways) as this viewer may see it. */
export function redactFamily<T extends { pathways: { flags: Flag[] }[] }>(viewer: Viewer, view: T): T {
  if (hasAnyRole(viewer.roles, PARENT_JOURNAL)) return view;
  return { ...view, pathways: view.pathways.map((pathway) => redactPathway(viewer, pathway)) };
}
