import { toIsoDate } from '../../runtime';
import type { AccessLog } from '../audit/createAccessLog';
import type { StorageAdapter } from '../storage/types';
import type { JobClaim } from './JobClaim';
import { loadRetentionPolicy } from './RetentionPolicy';
import { runRetention, type RetentionRun } from './runRetention';

/** 03:00 Danish time unless `FORLOEB_RETENTION_HOUR` says otherwise: a quiet hour for deletions. */
export const DEFAULT_RETENTION_HOUR = 3;

/** `FORLOEB_RETENTION_HOUR`: an hour 0–23 (Danish time), or `off`; unset means the default hour. */
export function toRetentionHour(raw: string | undefined): number | null {
  if (raw === undefined || raw === '') return DEFAULT_RETENTION_HOUR;
  if (raw === 'off') return null;
  const hour = Number(raw);
  if (!Number.isInteger(hour) || hour < 0 || hour > 23)
    throw new Error(`FORLOEB_RETENTION_HOUR must be an hour 0–23 or "off", not "${raw}"`);
  return hour;
}

const hourFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Copenhagen',
  hour: '2-digit',
  hourCycle: 'h23',
});

export type RetentionTick =
  { status: 'off' | 'not-yet' | 'no-policy' | 'done' | 'busy' } | { status: 'ran'; run: RetentionRun };

/**
 * Runs the deletion job once a day at or after the configured hour, on the scheduler's clock and timer
 * (server/scheduler/createScheduler.ts calls `tick` every round). Without a policy that sets a period,
 * nothing could be deleted, so it does not read the families at all. Only ids and counts are logged.
 */
export function createRetentionSchedule(deps: {
  hour: number | null;
  storage: StorageAdapter;
  accessLog: AccessLog;
  claim: JobClaim;
  now: () => Date;
  log?: (line: string) => void;
}) {
  const { hour, storage, accessLog, claim, now, log = (line) => console.info(line) } = deps;
  let running: Promise<RetentionTick> | undefined;
  let doneDay: string | undefined;

  const tick = async (): Promise<RetentionTick> => {
    if (hour === null) return { status: 'off' };
    const at = now();
    const day = toIsoDate(at);
    if (Number(hourFormat.format(at)) < hour) return { status: 'not-yet' };
    if (doneDay === day) return { status: 'done' };
    const policy = await loadRetentionPolicy();
    if (policy.defaultYears === null && Object.keys(policy.workflows).length === 0) {
      doneDay = day;
      return { status: 'no-policy' };
    }
    const claimed = await claim.once('retention', day, () =>
      runRetention({ storage, accessLog, policy, now: at, userId: 'system', dryRun: false }),
    );
    if (claimed.status !== 'ran') {
      // `busy`: another process is at it, so look again next round; `done`: it ran today.
      if (claimed.status === 'done') doneDay = day;
      return { status: claimed.status };
    }
    doneDay = day;
    const { deleted, kept } = claimed.result;
    log(
      `Retention ${day}: deleted ${deleted.length} families` +
        (deleted.length ? ` (${deleted.map((d) => d.familyId).join(', ')})` : '') +
        `; kept ${JSON.stringify(kept)}`,
    );
    return { status: 'ran', run: claimed.result };
  };

  return {
    /** Runs the job if it is due; never twice at once in this process. */
    tick(): Promise<RetentionTick> {
      running ??= tick().finally(() => (running = undefined));
      return running;
    },
    async stop() {
      await running?.catch(() => undefined);
      await claim.close();
    },
  };
}

export type RetentionSchedule = ReturnType<typeof createRetentionSchedule>;
