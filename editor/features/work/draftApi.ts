import { isApiError, request } from '../../api/client';
import type { PathwayView, Submission, TimelineEntry } from '../../api/types';
import type { FormData } from '../../../runtime/rendering';

/** A worker's draft of a form as the server keeps it (PUT/GET /api/pathways/{id}/drafts/{formId}). */
export interface ServerDraft {
  data: FormData;
  version: number;
  savedAt: string;
}

const id = encodeURIComponent;
const draftPath = (pathwayId: string, formId: string) =>
  `/api/pathways/${id(pathwayId)}/drafts/${id(formId)}`;

/** The draft and submit calls of the step screen. */
export const draftApi = {
  /** undefined when there is no draft on the server. */
  async getDraft(pathwayId: string, formId: string): Promise<ServerDraft | undefined> {
    try {
      return await request<ServerDraft>('GET', draftPath(pathwayId, formId));
    } catch (error) {
      if (isApiError(error) && error.status === 404) return undefined;
      throw error;
    }
  },
  /** `version`: the server draft this one replaces (0 for none); 412 when another device saved meanwhile. */
  putDraft: (pathwayId: string, formId: string, data: FormData, version: number) =>
    request<ServerDraft>('PUT', draftPath(pathwayId, formId), { data, version }),
  /**
   * Submits once only: a retry with the same `key` (the answer was lost on a flaky connection) is answered
   * from the first attempt. `version` is the pathway as the worker saw it (412 when it moved on since).
   */
  submit: (pathwayId: string, formId: string, data: FormData, key: string, version: number) =>
    request<{ submission: Submission; pathway: PathwayView }>(
      'POST',
      `/api/pathways/${id(pathwayId)}/submissions`,
      { formId, data },
      { 'Idempotency-Key': key, 'If-Match': `"${version}"` },
    ),
  getPathway: (pathwayId: string) => request<PathwayView>('GET', `/api/pathways/${id(pathwayId)}`),
  getTimeline: (familyId: string) =>
    request<TimelineEntry[]>('GET', `/api/families/${id(familyId)}/timeline`),
  getSubmission: (submissionId: string) => request<Submission>('GET', `/api/submissions/${id(submissionId)}`),
};
