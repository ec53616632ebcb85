import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createLibrary,
  type CompiledForm,
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

export function getSeedWorkflow(id: string, version: number): CompiledWorkflow {
  const workflow = loadSeedLibrary().getWorkflow(id, version);
  if (!workflow) throw new Error(`The seed definitions have no workflow '${id}' version ${version}`);
  return workflow;
}

export function getSeedForm(id: string, version: number): CompiledForm {
  const form = loadSeedLibrary().getForm(id, version);
  if (!form) throw new Error(`The seed definitions have no form '${id}' version ${version}`);
  return form;
}
