import { toActivePaths } from '../../runtime';
import type { StorageAdapter } from '../storage/types';

/**
 * Live (active) instances of a workflow version per active state path, parents included: the `usage` that
 * `classifyChange` needs to tell whether removing a state strands families ("a state with live instances").
 */
export async function countLiveInstances(
  storage: Pick<StorageAdapter, 'listFamilyIdsOnWorkflow' | 'getFamily'>,
  workflowId: string,
  version: number,
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const familyId of await storage.listFamilyIdsOnWorkflow(workflowId, version)) {
    const aggregate = await storage.getFamily(familyId);
    for (const instance of Object.values(aggregate?.pathways ?? {})) {
      if (instance.workflow.id !== workflowId || instance.workflow.version !== version) continue;
      if (instance.snapshot.status !== 'active') continue;
      for (const path of toActivePaths(instance.snapshot.value)) counts[path] = (counts[path] ?? 0) + 1;
    }
  }
  return counts;
}
