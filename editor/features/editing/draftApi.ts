import type { FormDefinition, LocalizedText, WorkflowDefinition } from '../../../runtime';
import { request } from '../../api/client';

export type DefinitionKind = 'form' | 'workflow';

export interface DraftSummary {
  kind: DefinitionKind;
  id: string;
  revision: number;
  status: 'draft' | 'in_review';
  title: LocalizedText;
  baseVersion: number | null;
  updatedAt: string;
  updatedBy: { id: string; name: string };
}

export interface DraftIssue {
  path: string;
  message: string;
}

export interface DefinitionDraft<C = unknown> extends DraftSummary {
  content: C;
  /** Saved simulations of a workflow ("test families"); empty for forms. */
  scenarios: unknown[];
  issues: DraftIssue[];
}

export type DefinitionContent<K extends DefinitionKind> = K extends 'form'
  ? FormDefinition
  : WorkflowDefinition;

const e = encodeURIComponent;
const draftPath = (kind: DefinitionKind, id: string) => `/api/definition-drafts/${kind}/${e(id)}`;

/** The definition-draft routes (one working draft per definition; revisions guard against lost updates). */
export const draftApi = {
  list: (kind?: DefinitionKind) =>
    request<DraftSummary[]>('GET', kind ? `/api/definition-drafts?kind=${kind}` : '/api/definition-drafts'),
  get: <C>(kind: DefinitionKind, id: string) => request<DefinitionDraft<C>>('GET', draftPath(kind, id)),
  /** Saves over `revision` (0 creates the draft); a stale revision is a 412 carrying the current draft. */
  save: <C>(
    kind: DefinitionKind,
    id: string,
    revision: number,
    body: { content: C; scenarios?: unknown[] },
  ) => request<DefinitionDraft<C>>('PUT', draftPath(kind, id), body, { 'If-Match': `"${revision}"` }),
  /** The problems a save would report, without saving (the JSON view checks what the editor types). */
  check: (kind: DefinitionKind, id: string, content: unknown) =>
    request<{ issues: DraftIssue[] }>('POST', `${draftPath(kind, id)}/check`, { content }),
  discard: (kind: DefinitionKind, id: string, revision: number) =>
    request<void>('DELETE', draftPath(kind, id), undefined, { 'If-Match': `"${revision}"` }),
  /** The latest published version, the starting point of a new draft. */
  getLatestPublished: async <C>(kind: DefinitionKind, id: string): Promise<C | undefined> => {
    const list = await request<{ id: string; version: number }[]>(
      'GET',
      kind === 'form' ? '/api/forms' : '/api/workflows',
    );
    const found = list.find((d) => d.id === id);
    if (!found) return undefined;
    return request<C>(
      'GET',
      `/api/${kind === 'form' ? 'forms' : 'workflows'}/${e(id)}/versions/${found.version}`,
    );
  },
};
