// Staff accounts, their sessions and the login lock-out.

export type UserRole =
  | 'sundhedsplejerske'
  | 'ressourcepaedagog'
  | 'familiebehandler'
  | 'ledende_sundhedsplejerske'
  | 'redaktoer'
  | 'administrator'
  | 'revisor';

export interface User {
  id: string;
  username: string;
  name: string;
  roles: UserRole[];
  team: string;
  /** Absent: the single municipality of a one-municipality installation. */
  municipality?: string;
  /** Empty for users who only log in through OpenID Connect. */
  passwordHash: string;
  /** The OpenID Connect subject (`iss|sub`) this user logs in as. */
  oidcSubject?: string;
  /** Stores written before the lock-out had its own records kept it here; no longer read or written. */
  failedLogins?: number;
  lockedUntil?: string;
}

/**
 * The lock-out counter of a username as typed at login, an account's or not, keyed by a hash of the name:
 * a failed login writes one of these whether the name exists or not (same work, so the answer's timing
 * does not tell), and an unknown name is not stored in clear. Stored, so a lock holds across processes.
 */
export interface LoginFailures {
  key: string;
  /** Failures in a row within the window. */
  failedLogins: number;
  lockedUntil?: string;
  /** When the record may be forgotten: the lock's end, or the failure window's. */
  expiresAt: string;
}

export interface Session {
  id: string;
  userId: string;
  createdAt: string;
}
