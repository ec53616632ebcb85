import { toIsoDate } from '../../runtime';
import { Unchanged, type FamilyUnitOfWork } from '../services/createFamilyUnitOfWork';
import type { PathwayEngine } from '../services/pathwayEngine';
import { toFiredKey } from '../storage/toDueRows';
import type { FamilyAggregate, StorageAdapter } from '../storage/types';

const SYSTEM = { id: 'system' };
/** An event may lead to a step whose date has passed too; fire those in the same round, within reason. */
const MAX_ROUNDS = 20;

/**
 * Sends each scheduled event exactly once: the due dates are stored rows, the fired keys are stored with the
 * instance and written in the same unit of work as the step they cause. A restart, a clock that goes back,
 * or a second server process (PostgreSQL: the revision check makes one of them retry and find it fired)
 * cannot fire an event twice; a clock that jumps ahead fires what became due.
 */
export function createScheduler(deps: {
  storage: StorageAdapter;
  families: FamilyUnitOfWork;
  engine: PathwayEngine;
  now: () => Date;
  /** Daily jobs (the retention job) that run on this scheduler's timer and clock, after the due events. */
  jobs?: { name: string; tick(): Promise<unknown> }[];
}) {
  const { storage, families, engine, now, jobs = [] } = deps;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;

  const fireDue = (aggregate: FamilyAggregate, today: string): number => {
    let fired = 0;
    for (let round = 0; round < MAX_ROUNDS; round++) {
      let firedThisRound = 0;
      for (const instance of Object.values(aggregate.pathways)) {
        if (instance.snapshot.status !== 'active') continue;
        for (const item of instance.due) {
          if (!item.event || !item.dueDate || item.dueDate > today) continue;
          const key = toFiredKey(
            item.state,
            instance.snapshot.context.progress[item.state]?.enteredAt ?? '',
            item.event,
          );
          if (instance.fired.includes(key)) continue;
          instance.fired.push(key);
          engine.step(aggregate, instance, { type: item.event, dueDate: item.dueDate }, SYSTEM);
          firedThisRound++;
          break; // the instance's due list changed with the step
        }
      }
      fired += firedThisRound;
      if (firedThisRound === 0) break;
    }
    return fired;
  };

  const tick = async (): Promise<number> => {
    const today = toIsoDate(now());
    const rows = await storage.listDue({ withEvent: true, until: today });
    let fired = 0;
    for (const familyId of new Set(rows.map((r) => r.familyId))) {
      fired += await families.update(familyId, (aggregate) => {
        const count = fireDue(aggregate, today);
        return count > 0 ? count : new Unchanged(0);
      });
    }
    return fired;
  };

  return {
    /** One pass over everything due; resolves with the number of events sent. Never runs twice at once. */
    tick(): Promise<number> {
      running ??= tick().finally(() => (running = undefined));
      return running;
    },
    /** What the timer does: one pass over the due events, then each job; a failure is logged. */
    async round(): Promise<void> {
      await this.tick().catch((error: Error) => console.error(`Scheduler round failed: ${error.message}`));
      for (const job of jobs)
        await job.tick().catch((error: Error) => console.error(`${job.name} failed: ${error.message}`));
    },
    start(intervalMs: number) {
      timer = setInterval(() => void this.round(), intervalMs);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      await running?.catch(() => undefined);
    },
  };
}

export type Scheduler = ReturnType<typeof createScheduler>;
