import type { FormDefinition, WorkflowDefinition } from '../../runtime';
import { request } from './client';
import type {
  CaseloadFamily,
  Family,
  FamilySummary,
  NewMember,
  PathwayEventInput,
  PathwayView,
  Submission,
  TimelineEntry,
  User,
  WorkflowSummary,
  Worklist,
} from './types';

const id = encodeURIComponent;

/** The HTTP API, one function per route the worker screens use. */
export const api = {
  getSession: () => request<{ user: User }>('GET', '/api/session'),
  login: (username: string, password: string) =>
    request<{ user: User }>('POST', '/api/session', { username, password }),
  /** After a broker login, the broker's logout address to send the browser to. */
  logout: () => request<{ logoutUrl: string } | undefined>('DELETE', '/api/session'),

  listWorkflows: () => request<WorkflowSummary[]>('GET', '/api/workflows'),
  getWorkflow: (workflowId: string, version: number) =>
    request<WorkflowDefinition>('GET', `/api/workflows/${id(workflowId)}/versions/${version}`),
  getForm: (formId: string, version: number) =>
    request<FormDefinition>('GET', `/api/forms/${id(formId)}/versions/${version}`),

  getWorklist: (query: { scope: 'mine' | 'team'; workflowId?: string }) => {
    const params = new URLSearchParams({ scope: query.scope });
    if (query.workflowId) params.set('workflowId', query.workflowId);
    return request<Worklist>('GET', `/api/worklist?${params.toString()}`);
  },
  getCaseload: () => request<CaseloadFamily[]>('GET', '/api/caseload'),

  listFamilies: (q?: string) =>
    request<FamilySummary[]>('GET', q ? `/api/families?q=${encodeURIComponent(q)}` : '/api/families'),
  createFamily: (input: { name?: string; members: NewMember[] }) =>
    request<Family>('POST', '/api/families', input),
  getFamily: (familyId: string) => request<Family>('GET', `/api/families/${id(familyId)}`),
  registerBirth: (familyId: string, memberId: string, birthDate: string) =>
    request<Family>('POST', `/api/families/${id(familyId)}/members/${id(memberId)}/birth`, { birthDate }),
  getTimeline: (familyId: string) =>
    request<TimelineEntry[]>('GET', `/api/families/${id(familyId)}/timeline`),

  startPathway: (familyId: string, workflowId: string, childId: string) =>
    request<PathwayView>('POST', `/api/families/${id(familyId)}/pathways`, { workflowId, childId }),
  getPathway: (pathwayId: string) => request<PathwayView>('GET', `/api/pathways/${id(pathwayId)}`),
  /**
   * Sends a manual event to the pathway as the worker saw it (`version`: 412 if it has moved on since) and
   * once only (`key`: a retry with the same key is answered from the first attempt).
   */
  sendEvent: (pathwayId: string, event: PathwayEventInput, version: number, key: string) =>
    request<PathwayView>('POST', `/api/pathways/${id(pathwayId)}/events`, event, {
      'If-Match': `"${version}"`,
      'Idempotency-Key': key,
    }),
  getSubmission: (submissionId: string) => request<Submission>('GET', `/api/submissions/${id(submissionId)}`),
  submitForm: (pathwayId: string, formId: string, data: Record<string, unknown>) =>
    request<{ submission: Submission; pathway: PathwayView }>(
      'POST',
      `/api/pathways/${id(pathwayId)}/submissions`,
      {
        formId,
        data,
      },
    ),
};
