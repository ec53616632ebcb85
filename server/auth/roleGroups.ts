import type { UserRole } from '../storage/types';

/**
 * Who may use a route, by role. Every non-public route names one of these groups (least privilege):
 * workers see family data, project staff edit definitions but see no family data, administrators publish.
 */
export const WORKERS: readonly UserRole[] = [
  'sundhedsplejerske',
  'ressourcepaedagog',
  'familiebehandler',
  'ledende_sundhedsplejerske',
];
/** Project staff write drafts of forms and pathways; administrators may too. */
export const EDITORS: readonly UserRole[] = ['redaktoer', 'administrator'];
/** Review, approve, publish, retire, migrate. */
export const ADMINISTRATORS: readonly UserRole[] = ['administrator'];
/** Auditors read the access log; they see no family data and edit nothing. */
export const AUDITORS: readonly UserRole[] = ['revisor'];
/** Anyone logged in (the published library, their own session). */
export const ANY_ROLE: readonly UserRole[] = [...WORKERS, ...EDITORS, ...AUDITORS];
/**
 * Roles that keep the parents' journal: forms with `subject: 'parent'` (EPDS, Gotland, consent, parent
 * competence) are visible to them; other workers see such a submission only where their role works the
 * step it was filled in (see server/auth/familyAccess.ts).
 */
export const PARENT_JOURNAL: readonly UserRole[] = ['sundhedsplejerske', 'ledende_sundhedsplejerske'];

export function hasAnyRole(userRoles: readonly string[], allowed: readonly UserRole[]): boolean {
  return userRoles.some((role) => (allowed as readonly string[]).includes(role));
}
