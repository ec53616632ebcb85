import type { DefinitionActor } from './definitionTypes';
import type { PathwayInstance } from './familyTypes';

// Moving running instances to a new workflow version, and undoing it.

/** One instance a migration batch moved: what it was before, so the batch can be undone exactly. */
export interface MigratedInstance {
  familyId: string;
  pathwayId: string;
  fromStates: string[];
  toStates: string[];
  /** The instance as it was before the batch (what undo puts back). */
  before: Pick<PathwayInstance, 'workflow' | 'forms' | 'snapshot' | 'due' | 'version'>;
  /** `instance.version` right after the batch moved it: undo refuses an instance that has moved on since. */
  versionAfter: number;
  /** Set when the batch could not move it after all (it changed between the dry run and the write). */
  skipped?: string;
  undo?: { at: string; by: string; result: 'restored' | 'refused'; reason?: string };
}

export interface MigrationBatch {
  id: string;
  workflowId: string;
  fromVersion: number;
  toVersion: number;
  /** Old leaf state path → new leaf state path. */
  stateMap: Record<string, string>;
  /** Form id → old field → new field, applied to the answers guards read (submissions are never changed). */
  fieldMap: Record<string, Record<string, string>>;
  comment: string;
  status: 'running' | 'done' | 'undone';
  ranAt: string;
  ranBy: DefinitionActor;
  undoneAt?: string;
  undoneBy?: DefinitionActor;
  instances: MigratedInstance[];
  /** Instances on the from-version that the state map could not place: left where they are. */
  unmapped: { familyId: string; pathwayId: string; states: string[]; reason: string }[];
}
