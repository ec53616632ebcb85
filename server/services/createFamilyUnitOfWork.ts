import { problems } from '../http/ProblemError';
import { RevisionConflictError, type FamilyAggregate, type StorageAdapter } from '../storage/types';

const MAX_ATTEMPTS = 5;

/** Returned by a change that turned out to change nothing (a replayed request, nothing due): no write. */
export class Unchanged<T> {
  constructor(readonly value: T) {}
}
import { createKeyedLock } from './createKeyedLock';

/**
 * Every change to a family is one unit of work: load the aggregate, change a copy, write it in one durable
 * write. If anything throws before the write, nothing is stored.
 */
export function createFamilyUnitOfWork(storage: StorageAdapter) {
  const withLock = createKeyedLock();
  return {
    async read(familyId: string): Promise<FamilyAggregate> {
      const aggregate = await storage.getFamily(familyId);
      if (!aggregate) throw problems.notFound(`Familien ${familyId}`);
      return aggregate;
    },
    create(aggregate: FamilyAggregate): Promise<void> {
      return withLock(aggregate.family.id, () => storage.saveFamily({ ...aggregate, revision: 1 }));
    },
    /**
     * Changes a family. Another server process may have written it in between (PostgreSQL): then the
     * change is run again on the fresh aggregate, so it is judged (If-Match, due forms) on what is stored.
     */
    update<T>(
      familyId: string,
      change: (aggregate: FamilyAggregate) => T | Unchanged<T> | Promise<T | Unchanged<T>>,
    ): Promise<T> {
      return withLock(familyId, async () => {
        for (let attempt = 1; ; attempt++) {
          const aggregate = await storage.getFamily(familyId);
          if (!aggregate) throw problems.notFound(`Familien ${familyId}`);
          const result = await change(aggregate);
          if (result instanceof Unchanged) return result.value;
          aggregate.revision += 1;
          try {
            await storage.saveFamily(aggregate);
            return result;
          } catch (error) {
            if (!(error instanceof RevisionConflictError) || attempt >= MAX_ATTEMPTS) throw error;
          }
        }
      });
    },
  };
}

export type FamilyUnitOfWork = ReturnType<typeof createFamilyUnitOfWork>;
