// Stored definition versions, and the drafts and lifecycle before a version is published.

export interface StoredDefinition {
  kind: 'form' | 'workflow';
  id: string;
  version: number;
  hash: string;
  content: unknown;
  addedAt: string;
  /** Scenarios published with a workflow version (its bundle); the content hash does not cover them. */
  scenarios?: unknown[];
  /** Retired versions are not offered for new pathways; running instances continue on them. */
  retiredAt?: string;
}

export type DefinitionKind = 'form' | 'workflow';

export interface DefinitionActor {
  id: string;
  name: string;
}

/** The one working draft of a definition (kind + id): editable until submitted for review. */
export interface StoredDefinitionDraft {
  kind: DefinitionKind;
  id: string;
  /** Increases with every write; the If-Match of the draft routes. */
  revision: number;
  status: 'draft' | 'in_review';
  /** The published version the draft was started from (null for a new definition). */
  baseVersion: number | null;
  content: unknown;
  /** Saved simulations of a workflow (the `Scenario` type of runtime/simulation); [] for forms. */
  scenarios: unknown[];
  updatedAt: string;
  updatedBy: DefinitionActor;
  /** Approvals given while in review; cleared when the draft goes back to editing. */
  approvals: { by: DefinitionActor; at: string; comment: string }[];
}

export type DefinitionAction =
  | 'seeded'
  | 'created'
  | 'submitted'
  | 'approved'
  | 'rejected'
  | 'published'
  | 'retired'
  | 'rolled-back'
  | 'imported'
  | 'discarded';

/** One step of a definition's lifecycle: who, when, why. Append-only. */
export interface DefinitionHistoryEntry {
  kind: DefinitionKind;
  id: string;
  /** The published version the step is about, if any. */
  version?: number;
  action: DefinitionAction;
  at: string;
  by: DefinitionActor;
  comment: string;
  /** Extra facts (e.g. the classification of a published change, the version a rollback came from). */
  details?: Record<string, unknown>;
}

export class DefinitionDraftConflictError extends Error {
  constructor(
    readonly kind: DefinitionKind,
    readonly id: string,
  ) {
    super(`The draft of ${kind} ${id} was changed by someone else`);
    this.name = 'DefinitionDraftConflictError';
  }
}
