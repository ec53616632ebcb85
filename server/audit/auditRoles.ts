import type { UserRole } from '../storage/types';

// 'revisor' (auditor) is added to UserRole by the login/roles work; listed here as a plain string so this
// file compiles before and after that change.
const REVISOR = 'revisor' as UserRole;

/** Who reads the access log in full (per citizen, per user, the chain check): administrators and auditors. */
export const AUDITORS: readonly UserRole[] = ['administrator', REVISOR];
/** Who gets the random spot-check list: lead health visitors, administrators and auditors. */
export const SPOT_CHECKERS: readonly UserRole[] = ['ledende_sundhedsplejerske', 'administrator', REVISOR];
