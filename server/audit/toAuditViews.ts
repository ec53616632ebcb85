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

/** The citizen's copy of a page of look-ups in a family's data: no ids, staff names unless redacted. */
export function toCitizenRows(
  entries: readonly ChainedEntry[],
  names: Names,
  redactStaff: boolean,
): AuditRow[] {
  return entries.map((e) => toRow(e, names, { redactStaff, withIds: false }));
}

/** A page of uses (what one staff member did, or a spot check), with ids and who. */
export function toStaffRows(entries: readonly ChainedEntry[], names: Names): AuditRow[] {
  return entries.map((e) => toRow(e, names, { redactStaff: false, withIds: true }));
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
