import { problems } from '../http/ProblemError';
import type { FamilyAggregate, StorageAdapter } from '../storage/types';
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
    update<T>(familyId: string, change: (aggregate: FamilyAggregate) => T | Promise<T>): Promise<T> {
      return withLock(familyId, async () => {
        const aggregate = await storage.getFamily(familyId);
        if (!aggregate) throw problems.notFound(`Familien ${familyId}`);
        const result = await change(aggregate);
        aggregate.revision += 1;
        await storage.saveFamily(aggregate);
        return result;
      });
    },
  };
}

export type FamilyUnitOfWork = ReturnType<typeof createFamilyUnitOfWork>;
