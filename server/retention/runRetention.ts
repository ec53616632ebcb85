import type { AccessLog } from '../audit/createAccessLog';
import type { StorageAdapter } from '../storage/types';
import { judgeRetention } from './findExpiredFamilies';
import type { RetentionPolicy } from './RetentionPolicy';

export interface RetentionRun {
  dryRun: boolean;
  /** What was deleted (or would be, in a dry run): ids and numbers only. */
  deleted: { familyId: string; expiredOn: string; counts: Record<string, number> }[];
  /** How many families were kept, by reason. */
  kept: Record<'held' | 'active' | 'no-period' | 'not-yet', number>;
}

/**
 * The deletion job: deletes every family whose retention has passed and that is not on legal hold. Each
 * deletion is written to the access log (ids and counts, purpose `retention`) before the family is
 * deleted, so the log may name a deletion that a crash interrupted, but never misses one.
 */
export async function runRetention(options: {
  storage: StorageAdapter;
  accessLog: AccessLog;
  policy: RetentionPolicy;
  now: Date;
  userId: string;
  dryRun: boolean;
}): Promise<RetentionRun> {
  const { storage, accessLog, policy, now, userId, dryRun } = options;
  const run: RetentionRun = {
    dryRun,
    deleted: [],
    kept: { held: 0, active: 0, 'no-period': 0, 'not-yet': 0 },
  };
  for (const { id } of await storage.listFamilies()) {
    const aggregate = await storage.getFamily(id);
    if (!aggregate) continue;
    const verdict = judgeRetention(aggregate, policy, now);
    if (verdict.status !== 'expired') {
      run.kept[verdict.status] += 1;
      continue;
    }
    const counts = {
      members: aggregate.family.members.length,
      pathways: Object.keys(aggregate.pathways).length,
      submissions: Object.keys(aggregate.submissions).length,
      consents: aggregate.consents?.length ?? 0,
    };
    run.deleted.push({ familyId: id, expiredOn: verdict.expiredOn, counts });
    if (dryRun) continue;
    await accessLog.record({
      at: now.toISOString(),
      userId,
      action: 'delete',
      purpose: 'retention',
      resource: `family:${id}`,
      familyId: id,
      counts,
    });
    await storage.deleteFamily(id);
  }
  return run;
}
