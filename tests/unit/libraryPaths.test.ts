import { describe, expect, it } from 'vitest';
import { lintWorkflow, listStates } from '../../runtime';
import { explorePathway } from './explorePathway';
import { PROJECT_ROOT, loadSeedLibrary } from './loadSeedLibrary';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

// Data-driven over the whole library: adding a workflow adds its tests.
const library = loadSeedLibrary();

describe.each(library.listWorkflows().map((w) => [w.key, w] as const))('workflow %s', (_key, workflow) => {
  it('has a clean lint: every state reachable, every state can end, waiting states have due dates', () => {
    expect(lintWorkflow(workflow.definition, workflow.machine)).toEqual([]);
  });

  it('reaches every state and a final state when walked with the real runtime and the form fixtures', () => {
    const { visited, endings } = explorePathway(library, workflow);
    const states = listStates(workflow.definition.machine);
    // A state with only eventless transitions is passed through within one step; it counts when its parent was entered.
    const transient = (path: string, always: unknown) =>
      always !== undefined && visited.has(path.split('.').slice(0, -1).join('.') || path);
    const missed = states.filter(({ path, state }) => !visited.has(path) && !transient(path, state.always));
    expect(missed.map((s) => s.path)).toEqual([]);
    expect(endings.size).toBeGreaterThan(0);
  }, 60_000);

  it('asks for forms that all have fixtures of valid and invalid submissions', () => {
    const forms = Object.keys(workflow.definition.forms);
    const missing = forms.filter(
      (id) => !existsSync(join(PROJECT_ROOT, 'tests', 'fixtures', 'submissions', `${id}.json`)),
    );
    expect(missing).toEqual([]);
  });
});
