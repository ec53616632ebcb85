import type { CompiledWorkflow, PathwaySnapshot } from '../../runtime';
import type { HistoryEvent, PathwayInstance } from '../storage/types';
import { PATHWAY_MIGRATED, PATHWAY_MIGRATION_UNDONE } from './migrationEvents';
import { toMigratedSnapshot, type MigrationMaps } from './toMigratedSnapshot';

/**
 * Lets a replay of an instance's history (rebuildSnapshot) cross migrations: it starts on the version the
 * first migration moved the instance from, redoes each move with the maps the history recorded, and an undo
 * puts back the snapshot from just before that move. Without migrations in the history it changes nothing.
 */
export function createMigrationReplay(
  current: CompiledWorkflow,
  instance: PathwayInstance,
  getVersion?: (version: number) => CompiledWorkflow | undefined,
) {
  const version = (n: number): CompiledWorkflow => {
    if (n === current.definition.version) return current;
    const found = getVersion?.(n);
    if (!found)
      throw new Error(
        `Replaying pathway ${instance.id} needs ${current.definition.id} version ${n}, which was not given`,
      );
    return found;
  };
  const first = instance.history.find((h) => h.event.type === PATHWAY_MIGRATED)?.event;
  const before: { workflow: CompiledWorkflow; snapshot: PathwaySnapshot }[] = [];
  let workflow = first ? version(Number(first.fromVersion)) : current;
  return {
    startWorkflow: workflow,
    /** The workflow and snapshot after a migration event; undefined for any other event. */
    replay(
      snapshot: PathwaySnapshot,
      event: HistoryEvent,
      at: Date,
    ): { workflow: CompiledWorkflow; snapshot: PathwaySnapshot } | undefined {
      if (event.type === PATHWAY_MIGRATION_UNDONE) {
        const restored = before.pop();
        if (!restored) throw new Error(`History of pathway ${instance.id} undoes a migration it never had`);
        workflow = restored.workflow;
        return restored;
      }
      if (event.type !== PATHWAY_MIGRATED) return undefined;
      before.push({ workflow, snapshot });
      const to = version(Number(event.toVersion));
      const maps: MigrationMaps = {
        stateMap: (event.stateMap ?? {}) as MigrationMaps['stateMap'],
        fieldMap: (event.fieldMap ?? {}) as MigrationMaps['fieldMap'],
      };
      const outcome = toMigratedSnapshot(to, snapshot, maps, at);
      if (!outcome.ok)
        throw new Error(`Replaying the migration of pathway ${instance.id} failed: ${outcome.reason.en}`);
      workflow = to;
      return { workflow, snapshot: outcome.snapshot };
    },
  };
}
