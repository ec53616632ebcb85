import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createLibrary,
  formatIssue,
  loadLibrary,
  type CompiledForm,
  type DefinitionIssue,
  type CompiledWorkflow,
  type DefinitionSource,
  type Library,
} from '../../runtime';

/** The project root, found from this file so that tests run from any working directory. */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DEFINITIONS_DIR = join(PROJECT_ROOT, 'definitions');

const DEFINITION_FOLDERS = ['forms', 'workflows'] as const;

/** Parses a JSON file into `unknown`: callers narrow it themselves. */
export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8')) as unknown;
}

/** Every `*.json` in `definitions/forms` and `definitions/workflows`, named as the server names them. */
export function readSeedSources(): DefinitionSource[] {
  return DEFINITION_FOLDERS.flatMap((folder) =>
    readdirSync(join(DEFINITIONS_DIR, folder))
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => ({
        source: `${folder}/${name}`,
        content: readJson(join(DEFINITIONS_DIR, folder, name)),
      })),
  );
}

let seedLibrary: Library | undefined;

/** The real definitions of the project, loaded once per test file through the runtime's own loader. */
export function loadSeedLibrary(): Library {
  seedLibrary ??= createLibrary(readSeedSources());
  return seedLibrary;
}

let seedDefinitions: { library: Library; issues: DefinitionIssue[] } | undefined;

/**
 * The seed definitions that load, even while others in the folder have issues: tests of one workflow or form
 * keep their signal when an unrelated definition breaks (seedDefinitions.test.ts reports that one).
 */
export function loadSeedDefinitions(): { library: Library; issues: DefinitionIssue[] } {
  seedDefinitions ??= loadLibrary(readSeedSources());
  return seedDefinitions;
}

function describeIssues(): string {
  const { issues } = loadSeedDefinitions();
  return issues.length > 0 ? `; the definitions have issues:\n${issues.map(formatIssue).join('\n')}` : '';
}

export function getSeedWorkflow(id: string, version: number): CompiledWorkflow {
  const workflow = loadSeedDefinitions().library.getWorkflow(id, version);
  if (!workflow)
    throw new Error(
      `The seed definitions have no loadable workflow '${id}' version ${version}${describeIssues()}`,
    );
  return workflow;
}

export function getSeedForm(id: string, version: number): CompiledForm {
  const form = loadSeedDefinitions().library.getForm(id, version);
  if (!form)
    throw new Error(
      `The seed definitions have no loadable form '${id}' version ${version}${describeIssues()}`,
    );
  return form;
}
