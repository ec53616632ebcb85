import type { LocalizedText, WorkflowDefinition } from '../../../runtime';
import type { ChangeClassification, DefinitionDiff } from '../../../runtime/definitions/diff';
import { request } from '../../api/client';
import type { DefinitionKind, DraftSummary } from '../editing/draftApi';

export interface PublishedSummary {
  id: string;
  version: number;
  title: LocalizedText;
}

export interface VersionEntry {
  version: number;
  hash: string;
  addedAt: string;
  status: 'published' | 'retired';
  retiredAt?: string;
  /** The version offered for new pathways (the highest not retired). */
  offered: boolean;
  action?: string;
  by?: { id: string; name: string };
  comment?: string;
  details?: Record<string, unknown>;
}

export interface HistoryEntry {
  version?: number;
  action: string;
  at: string;
  by: { id: string; name: string };
  comment: string;
  details?: Record<string, unknown>;
}

export interface DiffReply {
  diff: DefinitionDiff;
  classification: ChangeClassification;
  releaseNotes: { da: string[]; en: string[] };
}

export type LifecycleStep = 'submit' | 'approve' | 'reject' | 'publish';

export interface MigrationPlan {
  workflowId: string;
  fromVersion: number;
  toVersion: number;
  moves: {
    familyId: string;
    familyName: string;
    pathwayId: string;
    from: string[];
    to: string[];
    fromTitle: LocalizedText;
    toTitle: LocalizedText;
  }[];
  unmapped: {
    familyId: string;
    familyName: string;
    pathwayId: string;
    states: string[];
    statesTitle: LocalizedText;
    reason: LocalizedText;
  }[];
  summary: { from: string; to: string; fromTitle: LocalizedText; toTitle: LocalizedText; count: number }[];
  text: LocalizedText;
}

export interface MigrationBatch {
  id: string;
  workflowId: string;
  fromVersion: number;
  toVersion: number;
  comment: string;
  status: 'running' | 'done' | 'undone';
  ranAt: string;
  ranBy: { id: string; name: string };
  undoneAt?: string;
  instances: {
    pathwayId: string;
    familyId: string;
    undo?: { result: 'restored' | 'refused'; reason?: string };
  }[];
  unmapped: { pathwayId: string; states: string[]; reason: string }[];
}

export interface UndoResult {
  batchId: string;
  restored: string[];
  refused: { pathwayId: string; familyId: string; reason: string }[];
}

export interface MigrationInput {
  fromVersion: number;
  toVersion: number;
  stateMap: Record<string, string>;
  fieldMap: Record<string, Record<string, string>>;
}

const e = encodeURIComponent;
const plural = (kind: DefinitionKind) => (kind === 'form' ? 'forms' : 'workflows');

/** The lifecycle, version and migration routes the versions screens use. */
export const versionsApi = {
  listPublished: (kind: DefinitionKind) => request<PublishedSummary[]>('GET', `/api/${plural(kind)}`),
  listDrafts: () => request<DraftSummary[]>('GET', '/api/definition-drafts'),
  versions: (kind: DefinitionKind, id: string) =>
    request<VersionEntry[]>('GET', `/api/definitions/${kind}/${e(id)}/versions`),
  history: (kind: DefinitionKind, id: string) =>
    request<HistoryEntry[]>('GET', `/api/definitions/${kind}/${e(id)}/history`),
  diff: (kind: DefinitionKind, id: string, from: number, to: number | 'draft') =>
    request<DiffReply>('GET', `/api/definitions/${kind}/${e(id)}/diff?from=${from}&to=${to}`),
  content: <C>(kind: DefinitionKind, id: string, version: number) =>
    request<C>('GET', `/api/${plural(kind)}/${e(id)}/versions/${version}`),
  step: (kind: DefinitionKind, id: string, step: LifecycleStep, revision: number, comment: string) =>
    request<unknown>(
      'POST',
      `/api/definition-drafts/${kind}/${e(id)}/${step}`,
      { comment },
      {
        'If-Match': `"${revision}"`,
      },
    ),
  versionStep: (
    kind: DefinitionKind,
    id: string,
    version: number,
    step: 'retire' | 'rollback',
    comment: string,
  ) => request<unknown>('POST', `/api/definitions/${kind}/${e(id)}/versions/${version}/${step}`, { comment }),
  dryRun: (id: string, input: MigrationInput) =>
    request<MigrationPlan>('POST', `/api/workflows/${e(id)}/migrations/dry-run`, input),
  runMigration: (id: string, input: MigrationInput & { comment: string }) =>
    request<MigrationBatch>('POST', `/api/workflows/${e(id)}/migrations`, input),
  listMigrations: (id: string) => request<MigrationBatch[]>('GET', `/api/workflows/${e(id)}/migrations`),
  undoMigration: (batchId: string) => request<UndoResult>('POST', `/api/migrations/${e(batchId)}/undo`),
};

export type { DefinitionKind, DraftSummary, WorkflowDefinition };
