import type { FormDefinition } from '../../runtime';
import { request } from './client';
import type {
  Family,
  FamilySummary,
  NewMember,
  PathwayView,
  Submission,
  TimelineEntry,
  User,
  WorkflowSummary,
} from './types';

const id = encodeURIComponent;

/** The HTTP API, one function per route the worker screens use. */
export const api = {
  getSession: () => request<{ user: User }>('GET', '/api/session'),
  login: (username: string, password: string) =>
    request<{ user: User }>('POST', '/api/session', { username, password }),
  logout: () => request<void>('DELETE', '/api/session'),

  listWorkflows: () => request<WorkflowSummary[]>('GET', '/api/workflows'),
  getForm: (formId: string, version: number) =>
    request<FormDefinition>('GET', `/api/forms/${id(formId)}/versions/${version}`),

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
