import type { DefinitionCatalog } from '../../server/definitions/createDefinitionCatalog';
import { createFamilyService } from '../../server/services/createFamilyService';
import { createFamilyUnitOfWork } from '../../server/services/createFamilyUnitOfWork';
import { createPathwayService } from '../../server/services/createPathwayService';
import type { StorageAdapter } from '../../server/storage/types';

export interface PopulationTarget {
  storage: StorageAdapter;
  catalog: DefinitionCatalog;
}

export interface Household {
  familyId: string;
  childId: string;
}

/**
 * Writes families and pathway histories through the server's real services (the engine, validation and
 * storage a health visitor's clicks go through) on a fake clock, so generated populations are what the
 * pathways would really have recorded.
 */
export function createPopulationWriter(
  target: PopulationTarget,
  actor = { id: 'population', team: 'Team 1' },
) {
  let clock = new Date('2020-01-01T09:00:00Z');
  const now = () => new Date(clock);
  const unitOfWork = createFamilyUnitOfWork(target.storage);
  const pathways = createPathwayService(unitOfWork, target.catalog, now);
  const families = createFamilyService(target.storage, unitOfWork, pathways, now);
  return {
    /** Sets the fake clock (a date means 09:00 that day); later steps happen a minute apart. */
    at(date: string) {
      clock = new Date(date.length === 10 ? `${date}T09:00:00Z` : date);
    },
    tick() {
      clock = new Date(clock.getTime() + 60_000);
    },
    async family(
      name: string,
      child: { birthDate?: string; dueDate?: string },
      options: { district?: string; team?: string } = {},
    ): Promise<Household> {
      const view = await families.create(
        {
          name,
          ...(options.district ? { district: options.district } : {}),
          members: [
            { role: 'mother', name: `${name} mor` },
            { role: 'child', name: `${name} barn`, ...child },
          ],
        },
        { id: actor.id, team: options.team ?? actor.team },
      );
      return { familyId: view.id, childId: view.members.find((m) => m.role === 'child')!.id };
    },
    async start(household: Household, workflowId: string, params?: Record<string, unknown>): Promise<string> {
      this.tick();
      const view = await pathways.start(
        household.familyId,
        { workflowId, childId: household.childId, ...(params ? { params } : {}) },
        actor,
      );
      return view.id;
    },
    async submit(household: Household, pathwayId: string, formId: string, data: Record<string, unknown>) {
      this.tick();
      try {
        await pathways.submit(household.familyId, pathwayId, { formId, data }, actor);
      } catch (error) {
        const errors = (error as { errors?: unknown }).errors;
        throw new Error(`${formId} was refused: ${(error as Error).message} ${JSON.stringify(errors ?? [])}`);
      }
    },
    async send(household: Household, pathwayId: string, type: string) {
      this.tick();
      await pathways.sendEvent(household.familyId, pathwayId, { type }, actor);
    },
  };
}

export type PopulationWriter = ReturnType<typeof createPopulationWriter>;
