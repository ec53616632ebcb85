import { problems } from '../http/ProblemError';
import type { StorageAdapter } from '../storage/types';

/** The family a pathway belongs to: every pathway route starts here, and an unknown id is a 404. */
export async function findFamilyOfPathway(storage: StorageAdapter, pathwayId: string): Promise<string> {
  const familyId = await storage.findFamilyOfPathway(pathwayId);
  if (!familyId) throw problems.notFound(`Forløbet ${pathwayId}`);
  return familyId;
}
