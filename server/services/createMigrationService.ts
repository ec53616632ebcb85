import { randomUUID } from 'node:crypto';
import type { CompiledWorkflow, LocalizedText } from '../../runtime';
import { getStateConfig } from '../../runtime';
import type { AccessLog } from '../audit/createAccessLog';
import type { DefinitionCatalog } from '../definitions/createDefinitionCatalog';
import { problems } from '../http/ProblemError';
import { toMigrationSummary, toTitles, type MigrationSummaryLine } from '../migrations/toMigrationSummary';
import { PATHWAY_MIGRATED, PATHWAY_MIGRATION_UNDONE } from '../migrations/migrationEvents';
import { toMigratedSnapshot, type MigrationMaps } from '../migrations/toMigratedSnapshot';
import type {
  DefinitionActor,
  FamilyAggregate,
  MigratedInstance,
  MigrationBatch,
  PathwayInstance,
  StorageAdapter,
} from '../storage/types';
import { createFamilyUnitOfWork, Unchanged } from './createFamilyUnitOfWork';

export { PATHWAY_MIGRATED, PATHWAY_MIGRATION_UNDONE };

/** Families written at once while a batch runs or is undone (the PostgreSQL pool has 10 connections). */
const CONCURRENCY = 8;

export interface MigrationInput extends MigrationMaps {
  workflowId: string;
  fromVersion: number;
  toVersion: number;
}

export interface PlannedMove {
  familyId: string;
  familyName: string;
  pathwayId: string;
  childId: string;
  from: string[];
  to: string[];
  fromTitle: LocalizedText;
  toTitle: LocalizedText;
}

export interface MigrationPlan {
  workflowId: string;
  fromVersion: number;
  toVersion: number;
  moves: PlannedMove[];
  unmapped: {
    familyId: string;
    familyName: string;
    pathwayId: string;
    states: string[];
    statesTitle: LocalizedText;
    reason: LocalizedText;
  }[];
  summary: MigrationSummaryLine[];
  text: LocalizedText;
}

export interface UndoResult {
  batchId: string;
  restored: string[];
  refused: { pathwayId: string; familyId: string; reason: string }[];
}

interface Deps {
  storage: StorageAdapter;
  catalog: DefinitionCatalog;
  accessLog: AccessLog;
  now: () => Date;
}

/**
 * Moves running instances of a workflow version to another version: a dry run that says where each family
 * would go, a run that moves them as one recorded batch (one durable, conflict-checked write per family,
 * an entry in each pathway's history, timeline and the access log), and an undo that puts every instance of
 * the batch back exactly, unless it has changed since.
 */
export function createMigrationService({ storage, catalog, accessLog, now }: Deps) {
  const families = createFamilyUnitOfWork(storage);

  const getWorkflow = async (id: string, version: number): Promise<CompiledWorkflow> => {
    await catalog.ensure('workflow', id, version);
    const workflow = catalog.library.getWorkflow(id, version);
    if (!workflow) throw problems.notFound(`Forløbet ${id} version ${version}`);
    return workflow;
  };

  const candidatesOf = (aggregate: FamilyAggregate, input: MigrationInput): PathwayInstance[] =>
    Object.values(aggregate.pathways).filter(
      (p) =>
        p.workflow.id === input.workflowId &&
        p.workflow.version === input.fromVersion &&
        p.snapshot.status === 'active',
    );

  const plan = async (input: MigrationInput): Promise<MigrationPlan> => {
    if (input.fromVersion === input.toVersion)
      throw problems.badRequest('Fra- og til-version skal være forskellige.');
    const from = await getWorkflow(input.workflowId, input.fromVersion);
    const to = await getWorkflow(input.workflowId, input.toVersion);
    const moves: PlannedMove[] = [];
    const unmapped: MigrationPlan['unmapped'] = [];
    const at = now();
    for (const familyId of await storage.listFamilyIdsOnWorkflow(input.workflowId, input.fromVersion)) {
      const aggregate = await storage.getFamily(familyId);
      if (!aggregate) continue;
      for (const instance of candidatesOf(aggregate, input)) {
        const outcome = toMigratedSnapshot(to, instance.snapshot, input, at);
        const base = { familyId, familyName: aggregate.family.name, pathwayId: instance.id };
        if (outcome.ok)
          moves.push({
            ...base,
            childId: instance.childId,
            from: outcome.from,
            to: outcome.to,
            fromTitle: toTitles(from, outcome.from),
            toTitle: toTitles(to, outcome.to),
          });
        else
          unmapped.push({
            ...base,
            states: outcome.from,
            statesTitle: toTitles(from, outcome.from),
            reason: outcome.reason,
          });
      }
    }
    const { summary, text } = toMigrationSummary(from, to, moves, unmapped);
    return { ...input, moves, unmapped, summary, text };
  };

  /** Runs `work` over items, a few at a time. */
  const inParallel = async <T>(items: T[], work: (item: T) => Promise<void>) => {
    let next = 0;
    const worker = async () => {
      while (next < items.length) await work(items[next++] as T);
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker));
  };

  const logWrite = (userId: string, instance: { pathwayId: string; familyId: string }, childId?: string) =>
    accessLog.record({
      at: now().toISOString(),
      userId,
      action: 'write',
      resource: `pathway:${instance.pathwayId}`,
      familyId: instance.familyId,
      ...(childId ? { memberIds: [childId] } : {}),
    });

  return {
    /** Where each family would move; nothing is written except the access log entry for reading them. */
    async dryRun(input: MigrationInput, actor: DefinitionActor): Promise<MigrationPlan> {
      const result = await plan(input);
      const familyIds = [...new Set([...result.moves, ...result.unmapped].map((m) => m.familyId))];
      if (familyIds.length > 0)
        await accessLog.record({
          at: now().toISOString(),
          userId: actor.id,
          action: 'read',
          resource: `migration:${input.workflowId}@${input.fromVersion}->${input.toVersion}`,
          familyIds,
        });
      return result;
    },

    async run(input: MigrationInput & { comment: string }, actor: DefinitionActor): Promise<MigrationBatch> {
      if (input.fromVersion === input.toVersion)
        throw problems.badRequest('Fra- og til-version skal være forskellige.');
      await getWorkflow(input.workflowId, input.fromVersion);
      const to = await getWorkflow(input.workflowId, input.toVersion);
      const batch: MigrationBatch = {
        id: randomUUID(),
        workflowId: input.workflowId,
        fromVersion: input.fromVersion,
        toVersion: input.toVersion,
        stateMap: input.stateMap,
        fieldMap: input.fieldMap,
        comment: input.comment,
        status: 'running',
        ranAt: now().toISOString(),
        ranBy: actor,
        instances: [],
        unmapped: [],
      };
      // Recorded before anything moves: a batch cut short by a crash stays visible as 'running'.
      await storage.putMigrationBatch(batch);
      const familyIds = await storage.listFamilyIdsOnWorkflow(input.workflowId, input.fromVersion);
      const records: MigratedInstance[] = [];
      // Each family is judged on what is stored when it is written (the unit of work re-runs on a conflict),
      // not on an earlier dry run: one read and one write per family.
      await inParallel(familyIds, async (familyId) => {
        const childOf = new Map<string, string>();
        const { moved, unmapped } = await families.update(familyId, (aggregate) => {
          const done: MigratedInstance[] = [];
          const left: MigrationBatch['unmapped'] = [];
          const at = now();
          for (const instance of candidatesOf(aggregate, input)) {
            const outcome = toMigratedSnapshot(to, instance.snapshot, input, at);
            if (!outcome.ok) {
              left.push({
                familyId,
                pathwayId: instance.id,
                states: outcome.from,
                reason: outcome.reason.da,
              });
              continue;
            }
            childOf.set(instance.id, instance.childId);
            const before = structuredClone({
              workflow: instance.workflow,
              forms: instance.forms,
              snapshot: instance.snapshot,
              due: instance.due,
              version: instance.version,
            });
            instance.workflow = {
              id: input.workflowId,
              version: input.toVersion,
              hash: catalog.getHash('workflow', input.workflowId, input.toVersion),
            };
            instance.forms = Object.fromEntries(
              Object.entries(to.definition.forms).map(([id, version]) => [
                id,
                { version, hash: catalog.getHash('form', id, version) },
              ]),
            );
            instance.snapshot = outcome.snapshot;
            instance.due = outcome.due;
            instance.version += 1;
            instance.updatedAt = at.toISOString();
            instance.history.push({
              at: at.toISOString(),
              by: actor.id,
              event: {
                type: PATHWAY_MIGRATED,
                batchId: batch.id,
                fromVersion: input.fromVersion,
                toVersion: input.toVersion,
                from: outcome.from,
                to: outcome.to,
                // With the maps, a replay of the history can redo the move on the new version.
                stateMap: input.stateMap,
                fieldMap: input.fieldMap,
              },
            });
            aggregate.timeline.push({
              id: randomUUID(),
              at: at.toISOString(),
              by: actor.id,
              kind: 'transition',
              pathwayId: instance.id,
              from: outcome.from,
              to: outcome.to,
              summary: describeMove(to, input, outcome.to),
            });
            done.push({
              familyId,
              pathwayId: instance.id,
              fromStates: outcome.from,
              toStates: outcome.to,
              before,
              versionAfter: instance.version,
            });
          }
          const result = { moved: done, unmapped: left };
          return done.length === 0 ? new Unchanged(result) : result;
        });
        batch.unmapped.push(...unmapped);
        for (const record of moved) {
          records.push(record);
          await logWrite(actor.id, record, childOf.get(record.pathwayId));
        }
      });
      batch.instances = records.sort((a, b) => a.pathwayId.localeCompare(b.pathwayId));
      batch.status = 'done';
      await storage.putMigrationBatch(batch);
      return batch;
    },

    async undo(batchId: string, actor: DefinitionActor): Promise<UndoResult> {
      const batch = await storage.getMigrationBatch(batchId);
      if (!batch) throw problems.notFound(`Migreringen ${batchId}`);
      if (batch.status === 'undone') throw problems.conflict('Migreringen er allerede fortrudt.');
      const result: UndoResult = { batchId, restored: [], refused: [] };
      const byFamily = new Map<string, MigratedInstance[]>();
      for (const record of batch.instances.filter((r) => r.undo?.result !== 'restored'))
        byFamily.set(record.familyId, [...(byFamily.get(record.familyId) ?? []), record]);
      await inParallel([...byFamily.entries()], async ([familyId, records]) => {
        const outcomes = await families.update(familyId, (aggregate) => {
          const at = now().toISOString();
          const list: { record: MigratedInstance; reason?: string; childId?: string }[] = [];
          for (const record of records) {
            const instance = aggregate.pathways[record.pathwayId];
            if (!instance) {
              list.push({ record, reason: 'Forløbet findes ikke længere.' });
              continue;
            }
            if (instance.version !== record.versionAfter || instance.workflow.version !== batch.toVersion) {
              list.push({
                record,
                reason: `Forløbet er ændret efter migreringen (version ${instance.version}, ventet ${record.versionAfter}).`,
              });
              continue;
            }
            instance.workflow = record.before.workflow;
            instance.forms = record.before.forms;
            instance.snapshot = record.before.snapshot;
            instance.due = record.before.due;
            instance.version += 1;
            instance.updatedAt = at;
            instance.history.push({
              at,
              by: actor.id,
              event: {
                type: PATHWAY_MIGRATION_UNDONE,
                batchId: batch.id,
                fromVersion: batch.toVersion,
                toVersion: batch.fromVersion,
              },
            });
            aggregate.timeline.push({
              id: randomUUID(),
              at,
              by: actor.id,
              kind: 'transition',
              pathwayId: instance.id,
              from: record.toStates,
              to: record.fromStates,
              summary: {
                da: `Migreringen er fortrudt: tilbage på version ${batch.fromVersion}`,
                en: `The migration was undone: back on version ${batch.fromVersion}`,
              },
            });
            list.push({ record, childId: instance.childId });
          }
          return list.some((item) => !item.reason) ? list : new Unchanged(list);
        });
        const at = now().toISOString();
        for (const { record, reason, childId } of outcomes) {
          if (reason) {
            record.undo = { at, by: actor.id, result: 'refused', reason };
            result.refused.push({ pathwayId: record.pathwayId, familyId, reason });
          } else {
            record.undo = { at, by: actor.id, result: 'restored' };
            result.restored.push(record.pathwayId);
            await logWrite(actor.id, record, childId);
          }
        }
      });
      // The batch counts as undone when nothing of it is left to undo; refused instances can be retried.
      if (batch.instances.every((r) => r.undo?.result === 'restored')) {
        batch.status = 'undone';
        batch.undoneAt = now().toISOString();
        batch.undoneBy = actor;
      }
      await storage.putMigrationBatch(batch);
      result.restored.sort();
      return result;
    },

    list: (workflowId?: string) => storage.listMigrationBatches(workflowId),

    async get(batchId: string): Promise<MigrationBatch> {
      const batch = await storage.getMigrationBatch(batchId);
      if (!batch) throw problems.notFound(`Migreringen ${batchId}`);
      return batch;
    },
  };
}

export type MigrationService = ReturnType<typeof createMigrationService>;

function describeMove(workflow: CompiledWorkflow, input: MigrationInput, to: string[]): LocalizedText {
  const titles = to.map(
    (path) => getStateConfig(workflow.definition.machine, path)?.meta?.title ?? { da: path, en: path },
  );
  return {
    da: `Flyttet til version ${input.toVersion} af forløbet: ${titles.map((t) => t.da).join(', ')}`,
    en: `Moved to version ${input.toVersion} of the pathway: ${titles.map((t) => t.en).join(', ')}`,
  };
}
