/** History event types a migration writes into each moved instance's append-only history. */
export const PATHWAY_MIGRATED = 'PATHWAY_MIGRATED';
export const PATHWAY_MIGRATION_UNDONE = 'PATHWAY_MIGRATION_UNDONE';
