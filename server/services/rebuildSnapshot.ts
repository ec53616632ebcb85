import {
  FORM_SUBMITTED,
  startPathway,
  step,
  type CompiledWorkflow,
  type PathwaySnapshot,
} from '../../runtime';
import { createMigrationReplay } from '../migrations/createMigrationReplay';
import type { PathwayInstance, Submission } from '../storage/types';

export const SUBMISSION_CORRECTED = 'SUBMISSION_CORRECTED';

/**
 * Rebuilds an instance's state from what it started with and its append-only history, replaying each event
 * at the time it happened: the stored snapshot is a cache of this, never the only record.
 */
export function rebuildSnapshot(
  workflow: CompiledWorkflow,
  instance: PathwayInstance,
  submissions: Record<string, Submission>,
  /** Other versions of the workflow: needed to replay an instance that a migration moved between versions. */
  getVersion?: (version: number) => CompiledWorkflow | undefined,
): PathwaySnapshot {
  const { params, formParams } = instance.snapshot.context;
  // A migrated instance started on the version its first migration moved it from (versions-ui).
  const migrations = createMigrationReplay(workflow, instance, getVersion);
  workflow = migrations.startWorkflow;
  let snapshot = startPathway(
    workflow,
    { facts: instance.startFacts, params, ...(formParams ? { formParams } : {}) },
    new Date(instance.startedAt),
  ).snapshot;
  for (const { at, event } of instance.history) {
    const migrated = migrations.replay(snapshot, event, new Date(at));
    if (migrated) {
      ({ workflow, snapshot } = migrated);
      continue;
    }
    if (event.type === SUBMISSION_CORRECTED) {
      const correction = submissions[String(event.submissionId)];
      if (!correction) throw new Error(`History of pathway ${instance.id} names a missing correction`);
      if (event.answers === 'updated') {
        const answers = {
          ...snapshot.context.answers,
          [correction.formId]: { ...correction.data, ...correction.computed },
        };
        snapshot = { ...snapshot, context: { ...snapshot.context, answers } };
      }
      continue;
    }
    const data = event.type === FORM_SUBMITTED ? submissions[String(event.submissionId)]?.data : undefined;
    const result = step(
      workflow,
      snapshot,
      event.type === FORM_SUBMITTED ? { ...event, data } : event,
      new Date(at),
    );
    if (!result.ok)
      throw new Error(`Replaying ${event.type} of pathway ${instance.id} failed: ${result.problem.detail}`);
    snapshot = result.snapshot;
  }
  return snapshot;
}
