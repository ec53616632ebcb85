import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const definitionsDir = fileURLToPath(new URL('../../definitions/', import.meta.url));

/**
 * Copies one workflow and the exact form versions it pins into a fresh definitions folder, so a browser test
 * runs against the definitions it is about, whatever else is being added to definitions/ meanwhile.
 */
export async function copyWorkflowDefinitions(workflowFile: string, targetDir: string): Promise<void> {
  await mkdir(join(targetDir, 'forms'), { recursive: true });
  await mkdir(join(targetDir, 'workflows'), { recursive: true });
  const source = join(definitionsDir, 'workflows', workflowFile);
  const workflow = JSON.parse(await readFile(source, 'utf8')) as { forms: Record<string, number> };
  await copyFile(source, join(targetDir, 'workflows', workflowFile));
  for (const [id, version] of Object.entries(workflow.forms)) {
    const file = `${id}.v${version}.json`;
    await copyFile(join(definitionsDir, 'forms', file), join(targetDir, 'forms', file));
  }
}
