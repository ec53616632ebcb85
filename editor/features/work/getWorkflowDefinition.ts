import type { WorkflowDefinition } from '../../../runtime';
import { api } from '../../api/api';

/** A stored workflow version never changes, so each is fetched once per visit and shared by every card. */
const cache = new Map<string, Promise<WorkflowDefinition>>();

export function getWorkflowDefinition(workflowId: string, version: number): Promise<WorkflowDefinition> {
  const key = `${workflowId}@${version}`;
  let found = cache.get(key);
  if (!found) {
    found = api.getWorkflow(workflowId, version);
    // A failed load is not remembered: the next card (or a retry) asks again.
    found.catch(() => cache.delete(key));
    cache.set(key, found);
  }
  return found;
}
