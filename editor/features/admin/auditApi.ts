import { request } from '../../api/client';

/** One use of family data, as the access-log views return it. */
export interface AuditRow {
  seq: number;
  at: string;
  action: string;
  purpose: string;
  what: string;
  resource?: string;
  familyId?: string;
  memberIds?: string[];
  user?: { id: string; name: string };
}

export interface ChainReport {
  ok: boolean;
  entries: number;
  head: string;
  problems: { line: number; reason: string }[];
}

const id = (value: string) => encodeURIComponent(value.trim());

export const auditApi = {
  forFamily: (familyId: string, options: { hideStaff: boolean; memberId?: string }) =>
    request<AuditRow[]>(
      'GET',
      `/api/audit/families/${id(familyId)}?staff=${options.hideStaff ? 'hide' : 'show'}${
        options.memberId?.trim() ? `&memberId=${id(options.memberId)}` : ''
      }`,
    ),
  forUser: (userId: string) => request<AuditRow[]>('GET', `/api/audit/users/${id(userId)}?limit=500`),
  spotCheck: (size: number) => request<AuditRow[]>('GET', `/api/audit/spot-check?size=${size}`),
  verify: () => request<ChainReport>('GET', '/api/audit/verify'),
  /** Called by the worker's print view: the print is logged before anything is printed. */
  recordPrint: (familyId: string, submissionId?: string) =>
    request<void>('POST', '/api/audit/print', { familyId, ...(submissionId ? { submissionId } : {}) }),
};
