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

/** Rows per page of the citizen and staff views; a full page means there may be more. */
export const AUDIT_PAGE = 100;
/** The next page: rows older than the last one shown. */
const page = (before?: number) => `limit=${AUDIT_PAGE}${before ? `&before=${before}` : ''}`;

export const auditApi = {
  forFamily: (familyId: string, options: { hideStaff: boolean; memberId?: string }, before?: number) =>
    request<AuditRow[]>(
      'GET',
      `/api/audit/families/${id(familyId)}?staff=${options.hideStaff ? 'hide' : 'show'}${
        options.memberId?.trim() ? `&memberId=${id(options.memberId)}` : ''
      }&${page(before)}`,
    ),
  forUser: (userId: string, before?: number) =>
    request<AuditRow[]>('GET', `/api/audit/users/${id(userId)}?${page(before)}`),
  spotCheck: (size: number) => request<AuditRow[]>('GET', `/api/audit/spot-check?size=${size}`),
  verify: () => request<ChainReport>('GET', '/api/audit/verify'),
  /** Called by the worker's print view: the print is logged before anything is printed. */
  recordPrint: (familyId: string, submissionId?: string) =>
    request<void>('POST', '/api/audit/print', { familyId, ...(submissionId ? { submissionId } : {}) }),
};
