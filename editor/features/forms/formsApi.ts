import type { FormSubject, LocalizedText } from '../../../runtime';
import { request } from '../../api/client';

export interface FormSummary {
  id: string;
  version: number;
  title: LocalizedText;
  subject: FormSubject;
}

/** The published forms (latest version of each), for the form library. */
export const formsApi = {
  list: () => request<FormSummary[]>('GET', '/api/forms'),
};
