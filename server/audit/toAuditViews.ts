import { randomInt } from 'node:crypto';
import type { AccessAction, AccessPurpose, ChainedEntry } from './AccessEntry';

/** A look-up as the citizen (or an auditor) sees it: when, what kind, why, and — unless redacted — who. */
export interface AuditRow {
  seq: number;
  at: string;
  action: AccessAction;
  purpose: AccessPurpose;
  /** The kind of thing looked at (`family`, `pathway`, `submission`, …), without its id for the citizen. */
  what: string;
  resource?: string;
  familyId?: string;
  memberIds?: string[];
  /** The staff member; absent in the citizen's copy when names are redacted. */
  user?: { id: string; name: string };
}

type Names = ReadonlyMap<string, string>;

export function isAboutFamily(entry: ChainedEntry, familyId: string): boolean {
  return entry.familyId === familyId || (entry.familyIds?.includes(familyId) ?? false);
}

/** The look-ups in one family's data (or one member's, when `memberId` is given), newest first. */
export function toCitizenView(
  entries: readonly ChainedEntry[],
  familyId: string,
  names: Names,
  options: { memberId?: string; redactStaff: boolean },
): AuditRow[] {
  return entries
    .filter((e) => isAboutFamily(e, familyId))
    .filter((e) => !options.memberId || !e.memberIds || e.memberIds.includes(options.memberId))
    .map((e) => toRow(e, names, { redactStaff: options.redactStaff, withIds: false }))
    .reverse();
}

/** What one staff member looked at, newest first. */
export function toUserView(entries: readonly ChainedEntry[], userId: string, names: Names): AuditRow[] {
  return entries
    .filter((e) => e.userId === userId)
    .map((e) => toRow(e, names, { redactStaff: false, withIds: true }))
    .reverse();
}

/** A random sample of uses of family data, for a manager to check that each had a reason. */
export function toSpotCheck(
  entries: readonly ChainedEntry[],
  names: Names,
  size: number,
  pick: (max: number) => number = randomInt,
): AuditRow[] {
  const pool = entries.filter((e) => e.familyId !== undefined || (e.familyIds?.length ?? 0) > 0);
  // A partial Fisher–Yates shuffle: `size` distinct entries, each equally likely.
  const chosen = [...pool];
  const count = Math.min(size, chosen.length);
  for (let i = 0; i < count; i++) {
    const j = i + pick(chosen.length - i);
    [chosen[i], chosen[j]] = [chosen[j] as ChainedEntry, chosen[i] as ChainedEntry];
  }
  return chosen
    .slice(0, count)
    .sort((a, b) => b.seq - a.seq)
    .map((e) => toRow(e, names, { redactStaff: false, withIds: true }));
}

function toRow(
  entry: ChainedEntry,
  names: Names,
  options: { redactStaff: boolean; withIds: boolean },
): AuditRow {
  return {
    seq: entry.seq,
    at: entry.at,
    action: entry.action,
    purpose: entry.purpose ?? (entry.action === 'print' ? 'print' : 'casework'),
    what: entry.resource.split(/[:?]/)[0] ?? entry.resource,
    ...(options.withIds
      ? {
          resource: entry.resource,
          ...(entry.familyId ? { familyId: entry.familyId } : {}),
          ...(entry.memberIds ? { memberIds: entry.memberIds } : {}),
        }
      : {}),
    ...(options.redactStaff
      ? {}
      : { user: { id: entry.userId, name: names.get(entry.userId) ?? entry.userId } }),
  };
}
