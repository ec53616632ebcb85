/**
 * Which screens a role sees in the menu. The server decides what a role may do (server/auth/roleGroups.ts);
 * this only keeps the menu to what would work.
 */
export const WORKER_ROLES = [
  'sundhedsplejerske',
  'ressourcepaedagog',
  'familiebehandler',
  'ledende_sundhedsplejerske',
];
export const EDITOR_ROLES = ['redaktoer', 'administrator'];
export const REPORT_ROLES = ['ledende_sundhedsplejerske', 'administrator'];
/** Forms filled outside any family (staff survey, parent panel, activity registration). */
export const RECORD_ROLES = [...WORKER_ROLES, 'administrator'];
export const AUDIT_ROLES = ['revisor', 'administrator'];

/** Where a role lands after login: workers on their work, project staff on the forms. */
export function isWorker(roles: readonly string[]): boolean {
  return roles.some((role) => WORKER_ROLES.includes(role));
}
