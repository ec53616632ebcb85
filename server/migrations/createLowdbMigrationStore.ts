import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { DurableJsonFile } from '../storage/DurableJsonFile';
import type { FamilyAggregate, MigrationBatch, StorageAdapter } from '../storage/types';

const READ_BATCH = 64;
const BATCH_FILE = /^([A-Za-z0-9-]+)\.json$/;

type MigrationPort = Pick<
  StorageAdapter,
  'listFamilyIdsOnWorkflow' | 'putMigrationBatch' | 'getMigrationBatch' | 'listMigrationBatches'
>;

/**
 * The migration part of the embedded store: one durable file per batch in DATA_DIR/migrations (a batch
 * holds every moved instance's earlier state, so it stays out of system.json, which every login rewrites).
 * Writes of one batch are queued, so two never share the temp file.
 */
export function createLowdbMigrationStore(
  dataDir: string,
  families: { listIds(): string[]; read(id: string): Promise<FamilyAggregate | undefined> },
): MigrationPort {
  const dir = join(dataDir, 'migrations');
  const file = (id: string) => new DurableJsonFile<MigrationBatch>(join(dir, `${id}.json`));
  let writes: Promise<void> = Promise.resolve();
  return {
    async listFamilyIdsOnWorkflow(workflowId, version) {
      const ids = families.listIds();
      const found: string[] = [];
      for (let i = 0; i < ids.length; i += READ_BATCH) {
        const batch = await Promise.all(ids.slice(i, i + READ_BATCH).map((id) => families.read(id)));
        for (const aggregate of batch) {
          if (!aggregate) continue;
          const onIt = Object.values(aggregate.pathways).some(
            (p) =>
              p.workflow.id === workflowId &&
              p.workflow.version === version &&
              p.snapshot.status === 'active',
          );
          if (onIt) found.push(aggregate.family.id);
        }
      }
      return found;
    },
    putMigrationBatch(batch) {
      const run = writes.then(async () => {
        await mkdir(dir, { recursive: true, mode: 0o700 });
        await file(batch.id).write(batch);
      });
      writes = run.catch(() => undefined);
      return run;
    },
    async getMigrationBatch(id) {
      if (!BATCH_FILE.test(`${id}.json`)) return undefined;
      return (await file(id).read()) ?? undefined;
    },
    async listMigrationBatches(workflowId) {
      const names = await readdir(dir).catch(() => [] as string[]);
      const batches = await Promise.all(
        names.flatMap((name) => BATCH_FILE.exec(name)?.[1] ?? []).map((id) => file(id).read()),
      );
      return batches
        .filter((b): b is MigrationBatch => b !== null && (!workflowId || b.workflowId === workflowId))
        .sort((a, b) => b.ranAt.localeCompare(a.ranAt));
    },
  };
}
