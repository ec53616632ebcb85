import type { FamilyAggregate } from '../storage/types';
import type { RetentionPolicy } from './RetentionPolicy';

export type RetentionVerdict =
  | { familyId: string; status: 'expired'; expiredOn: string }
  | { familyId: string; status: 'held' | 'active' | 'no-period' | 'not-yet' };

/**
 * Whether a family's retention has passed: no legal hold, every pathway ended, a period set for every
 * workflow it ran (else it is kept), and the longest of those periods passed since its last activity.
 */
export function judgeRetention(
  aggregate: FamilyAggregate,
  policy: RetentionPolicy,
  now: Date,
): RetentionVerdict {
  const familyId = aggregate.family.id;
  if (aggregate.legalHold) return { familyId, status: 'held' };
  const pathways = Object.values(aggregate.pathways);
  if (pathways.some((p) => p.snapshot.status === 'active')) return { familyId, status: 'active' };
  const periods = pathways.map((p) => policy.workflows[p.workflow.id] ?? policy.defaultYears);
  if (pathways.length === 0) periods.push(policy.defaultYears);
  if (periods.some((years) => years === null)) return { familyId, status: 'no-period' };
  const years = Math.max(...(periods as number[]));
  const last = [
    aggregate.family.createdAt,
    ...pathways.map((p) => p.updatedAt),
    ...aggregate.timeline.map((t) => t.at),
  ].reduce((a, b) => (a > b ? a : b));
  const expires = new Date(last);
  expires.setUTCFullYear(expires.getUTCFullYear() + years);
  return expires.getTime() <= now.getTime()
    ? { familyId, status: 'expired', expiredOn: expires.toISOString() }
    : { familyId, status: 'not-yet' };
}
