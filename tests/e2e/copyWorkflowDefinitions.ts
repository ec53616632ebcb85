import { copyFile, mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const definitionsDir = fileURLToPath(new URL('../../definitions/', import.meta.url));

interface WorkflowFile {
  forms: Record<string, number>;
  machine: unknown;
}

/**
 * Copies one workflow, every workflow it starts as a sub-pathway (transitively, latest version, as the server
 * picks them) and the exact form versions they pin into a fresh definitions folder, so a browser test runs
 * against the definitions it is about, whatever else is being added to definitions/ meanwhile.
 */
export async function copyWorkflowDefinitions(workflowFile: string, targetDir: string): Promise<void> {
  await mkdir(join(targetDir, 'forms'), { recursive: true });
  await mkdir(join(targetDir, 'workflows'), { recursive: true });
  const available = await readdir(join(definitionsDir, 'workflows'));
  const copied = new Set<string>();
  const pending = [workflowFile];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (copied.has(file)) continue;
    copied.add(file);
    const source = join(definitionsDir, 'workflows', file);
    const workflow = JSON.parse(await readFile(source, 'utf8')) as WorkflowFile;
    await copyFile(source, join(targetDir, 'workflows', file));
    for (const [id, version] of Object.entries(workflow.forms)) {
      const form = `${id}.v${version}.json`;
      await copyFile(join(definitionsDir, 'forms', form), join(targetDir, 'forms', form));
    }
    for (const id of listStartedWorkflows(workflow.machine)) pending.push(toLatestFile(id, available));
  }
}

/** The ids named by `startPathway` actions anywhere in a machine. */
function listStartedWorkflows(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(listStartedWorkflows);
  if (typeof node !== 'object' || node === null) return [];
  const record = node as Record<string, unknown>;
  const params = record.params as { workflow?: unknown } | undefined;
  const own = record.type === 'startPathway' && typeof params?.workflow === 'string' ? [params.workflow] : [];
  return [...own, ...Object.values(record).flatMap(listStartedWorkflows)];
}

function toLatestFile(id: string, files: string[]): string {
  const versions = files.flatMap((file) => {
    const match = /^(.+)\.v(\d+)\.json$/.exec(file);
    return match && match[1] === id ? [Number(match[2])] : [];
  });
  if (versions.length === 0) throw new Error(`No definition file for the sub-pathway workflow '${id}'`);
  return `${id}.v${Math.max(...versions)}.json`;
}
