/** What a user did with the data: read, search, write, export, print, delete (retention) — or logging in. */
export const ACCESS_ACTIONS = [
  'read',
  'search',
  'write',
  'export',
  'print',
  'delete',
  'login',
  'login-failed',
] as const;
export type AccessAction = (typeof ACCESS_ACTIONS)[number];

/**
 * Why the data was used. `casework`: the worker's own work with the family (the default for the journal
 * routes); `print`: a printed copy; `audit`: an auditor or manager reading the log; `retention`: the
 * deletion job; `session`: logging in.
 */
export const ACCESS_PURPOSES = ['casework', 'print', 'audit', 'retention', 'session'] as const;
export type AccessPurpose = (typeof ACCESS_PURPOSES)[number];

/**
 * One use of data, by id only: never names, never form data, never a search text in clear (see
 * `search`). Written before the response is sent.
 */
export interface AccessEntry {
  at: string;
  userId: string;
  action: AccessAction;
  /** What was touched: `family:…`, `pathway:…`, `submission:…`, `families?q`. */
  resource: string;
  /** Whose data: the family … */
  familyId?: string;
  /** … and, where the route knows it, the members (the child of a pathway, a consent's member). */
  memberIds?: string[];
  /** A list or search that returned several families: their ids (a look-up in each family's data). */
  familyIds?: string[];
  purpose?: AccessPurpose;
  /**
   * A search's criterion. The text may be a name, so only its kind (`date` or `text`) and a keyed hash
   * (HMAC-SHA-256 with the installation's audit key) are kept: an auditor holding the key can check
   * whether a given criterion was searched for; the log alone does not reveal it.
   */
  search?: { kind: 'date' | 'text'; hash: string };
  /** What a deletion removed, as numbers only (`{ members: 3, pathways: 2, submissions: 14 }`). */
  counts?: Record<string, number>;
}

/** An entry as stored: numbered and chained to the one before it. */
export interface ChainedEntry extends AccessEntry {
  seq: number;
  /** The hash of the entry before (GENESIS_HASH for the first). */
  prev: string;
  /** SHA-256 of `prev` and the entry's canonical JSON (everything but `hash`). */
  hash: string;
}
