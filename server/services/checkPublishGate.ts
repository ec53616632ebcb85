import {
  lintWorkflow,
  loadLibrary,
  type CompiledWorkflow,
  type Library,
  type WorkflowDefinition,
} from '../../runtime';
import { replayScenario } from '../../runtime/simulation/replayScenario';
import type { Scenario } from '../../runtime/simulation/types';
import type { StoredDefinition } from '../storage/types';

export interface GateResult {
  /** Every reason publishing is refused; empty when it may go ahead. */
  reasons: string[];
  /** The published library with the candidate in it (for the replay and the lint), when it loads. */
  workflow?: CompiledWorkflow;
}

/**
 * The publishing gate of a workflow: it must load with the published definitions, its lint must have no errors
 * and every scenario saved with it must replay green. A form needs only to load (its draft issues are empty).
 */
export function checkPublishGate(
  stored: Pick<StoredDefinition, 'kind' | 'id' | 'version' | 'content'>[],
  candidate: WorkflowDefinition,
  scenarios: Scenario[],
): GateResult {
  const { library, issues } = loadLibrary(
    [
      ...stored.map((d) => ({ source: `store:${d.kind}:${d.id}@${d.version}`, content: d.content })),
      { source: 'candidate', content: candidate },
    ],
    { trusted: true },
  );
  // Also the published definitions that name this one (a parent pathway starting it with parameters it no
  // longer accepts): they are checked again with it, and the library must stay loadable.
  if (issues.length > 0)
    return {
      reasons: issues.map((i) =>
        i.source === 'candidate'
          ? `${i.path || '/'}: ${i.message}`
          : `${i.source.replace(/^store:/, '')} ville ikke længere kunne indlæses: ${i.path || '/'}: ${i.message}`,
      ),
    };
  const workflow = library.getWorkflow(candidate.id, candidate.version);
  if (!workflow) return { reasons: ['Forløbsbeskrivelsen kan ikke indlæses.'] };
  const reasons = lintWorkflow(candidate, workflow.machine)
    .filter((issue) => issue.severity === 'error')
    .map((issue) => `Lint (${issue.code}${issue.state ? `, ${issue.state}` : ''}): ${issue.message}`);
  reasons.push(...replayAll(library, workflow, scenarios));
  return { reasons, workflow };
}

function replayAll(library: Library, workflow: CompiledWorkflow, scenarios: Scenario[]): string[] {
  return scenarios.flatMap((scenario) => {
    try {
      const result = replayScenario(library, workflow, scenario);
      return result.ok
        ? []
        : [`Scenariet '${scenario.name}' fejler: ${result.failures.join('; ') || 'uventet forløb'}`];
    } catch (error) {
      return [`Scenariet '${scenario.name}' kan ikke afspilles: ${(error as Error).message}`];
    }
  });
}
