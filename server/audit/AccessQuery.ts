import type { ChainedEntry } from './AccessEntry';

/** A page of the access log: entries about a family or by a user, newest first, older than a cursor. */
export interface AccessQuery {
  /** Entries whose `familyId` is this family or whose `familyIds` include it. */
  familyId?: string;
  /** Entries written by this user. */
  userId?: string;
  /** Only those that concern this member (or the whole family's data: entries without `memberIds`). */
  memberId?: string;
  /** The cursor: only entries with a lower `seq` (the last `seq` of the page before). */
  before?: number;
  limit: number;
}

export function matchesQuery(entry: ChainedEntry, query: AccessQuery): boolean {
  if (query.before !== undefined && entry.seq >= query.before) return false;
  if (query.userId !== undefined && entry.userId !== query.userId) return false;
  if (
    query.familyId !== undefined &&
    entry.familyId !== query.familyId &&
    !(entry.familyIds?.includes(query.familyId) ?? false)
  )
    return false;
  return !query.memberId || !entry.memberIds || entry.memberIds.includes(query.memberId);
}

/** Whether an entry is a use of family data (what a spot check samples). */
export function concernsFamilies(entry: Pick<ChainedEntry, 'familyId' | 'familyIds'>): boolean {
  return entry.familyId !== undefined || (entry.familyIds?.length ?? 0) > 0;
}

/**
 * Fills a page from candidates read newest first in chunks (`read(before, n)` gives up to n candidates with
 * a lower seq, newest first): the store narrows by family or user, the member filter is applied here.
 */
export async function collectPage(
  query: AccessQuery,
  read: (before: number | undefined, count: number) => Promise<ChainedEntry[]>,
): Promise<ChainedEntry[]> {
  const page: ChainedEntry[] = [];
  let before = query.before;
  const chunk = Math.max(query.limit, 100);
  for (;;) {
    const candidates = await read(before, chunk);
    for (const entry of candidates) {
      if (matchesQuery(entry, query)) page.push(entry);
      if (page.length === query.limit) return page;
    }
    if (candidates.length < chunk) return page;
    before = candidates[candidates.length - 1]!.seq;
  }
}
