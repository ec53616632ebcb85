import type { FormDefinition, LocalizedText } from '../../../runtime';
import { request } from '../../api/client';

export interface FormSummary {
  id: string;
  version: number;
  title: LocalizedText;
  subject: string;
}

export interface OrganisationRecord {
  id: string;
  formId: string;
  formVersion: number;
  submittedAt: string;
  mine: boolean;
}

export const recordsApi = {
  /** The latest version of each form filled outside any family. */
  listForms: async () =>
    (await request<FormSummary[]>('GET', '/api/forms')).filter((f) => f.subject === 'organisation'),
  getForm: (id: string, version: number) =>
    request<FormDefinition>('GET', `/api/forms/${encodeURIComponent(id)}/versions/${version}`),
  list: () => request<OrganisationRecord[]>('GET', '/api/organisation-records'),
  submit: (formId: string, data: Record<string, unknown>) =>
    request<OrganisationRecord>('POST', '/api/organisation-records', { formId, data }),
};
