import { AUDITORS, SPOT_CHECKERS } from '../audit/auditRoles';
import { toCitizenRows, toStaffRows } from '../audit/toAuditViews';
import { createFamilyAccess } from '../auth/familyAccess';
import { getUser } from '../auth/sessions';
import { WORKERS } from '../auth/roleGroups';
import { problems } from '../http/ProblemError';
import type { RouteSpec } from '../http/RouteSpec';
import { validateBody } from '../http/validateBody';
import type { Services } from './Services';

const printInput = {
  type: 'object',
  required: ['familyId'],
  additionalProperties: false,
  properties: {
    familyId: { type: 'string', minLength: 1, maxLength: 100 },
    submissionId: { type: 'string', minLength: 1, maxLength: 100 },
  },
};
const auditRow = {
  type: 'object',
  required: ['seq', 'at', 'action', 'purpose', 'what'],
  properties: {
    seq: { type: 'integer' },
    at: { type: 'string', format: 'date-time' },
    action: { type: 'string' },
    purpose: { type: 'string' },
    what: { type: 'string' },
    resource: { type: 'string' },
    familyId: { type: 'string' },
    memberIds: { type: 'array', items: { type: 'string' } },
    user: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' } } },
  },
};
const rows = { type: 'array', items: auditRow };

/** The access log's views (per citizen, per user, a spot check), its chain check, and the print event. */
export function auditRoutes({ accessLog, storage, catalog, now }: Services): RouteSpec[] {
  const access = createFamilyAccess(storage, catalog);
  const names = async () => new Map((await storage.listUsers()).map((u) => [u.id, u.name]));
  const limitOf = (raw: unknown, fallback: number, max: number) => {
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1 || n > max)
      throw problems.badRequest(`Antal skal være et helt tal fra 1 til ${max}.`);
    return n;
  };
  /** The paging cursor: the `seq` of the last row already shown; rows older than it come next. */
  const beforeOf = (raw: unknown) => {
    if (raw === undefined) return undefined;
    const n = Number(raw);
    if (!Number.isSafeInteger(n) || n < 1)
      throw problems.badRequest('before skal være et positivt helt tal.');
    return n;
  };
  const paging = {
    limit: { description: 'at most this many rows (1–1000, default 100)' },
    before: { description: 'the next page: rows older than this `seq` (the last row of the page before)' },
  };
  return [
    {
      method: 'post',
      path: '/api/audit/print',
      tag: 'audit',
      summary: 'Record that the worker opened the print view of a family or a submission',
      roles: WORKERS,
      body: printInput,
      responses: { 204: { description: 'Recorded' }, 404: { description: 'Unknown family or submission' } },
      async handle(req, res) {
        const user = getUser(res);
        const input = validateBody<{ familyId: string; submissionId?: string }>(printInput, req.body);
        await access.assertFamily(user, input.familyId);
        if (input.submissionId) await access.assertSubmission(user, input.submissionId);
        const aggregate = await storage.getFamily(input.familyId);
        if (!aggregate) throw problems.notFound(`Familien ${input.familyId}`);
        const found = input.submissionId ? aggregate.submissions[input.submissionId] : undefined;
        if (input.submissionId && !found) throw problems.notFound(`Besvarelsen ${input.submissionId}`);
        const childId = found ? aggregate.pathways[found.pathwayId]?.childId : undefined;
        await accessLog.record({
          at: now().toISOString(),
          userId: user.id,
          action: 'print',
          purpose: 'print',
          resource: found ? `submission:${found.id}` : `family:${input.familyId}`,
          familyId: input.familyId,
          ...(childId ? { memberIds: [childId] } : {}),
        });
        res.status(204).end();
      },
    },
    {
      method: 'get',
      path: '/api/audit/families/:familyId',
      tag: 'audit',
      summary:
        "The look-ups in a family's data (the citizen's copy): dates, kinds and purposes; staff names unless `staff=hide`",
      roles: AUDITORS,
      query: {
        memberId: { description: "only look-ups that concern this member (or the whole family's data)" },
        staff: {
          description: '`show` (default) or `hide`: leave out who looked, for the copy given to the citizen',
        },
        ...paging,
      },
      responses: { 200: { description: 'A page of look-ups, newest first', schema: rows } },
      async handle(req, res) {
        const user = getUser(res);
        const familyId = String(req.params.familyId);
        const staff = req.query.staff ?? 'show';
        if (staff !== 'show' && staff !== 'hide')
          throw problems.badRequest('staff skal være show eller hide.');
        const memberId = typeof req.query.memberId === 'string' ? req.query.memberId : undefined;
        const limit = limitOf(req.query.limit, 100, 1000);
        const before = beforeOf(req.query.before);
        const page = await accessLog.page({
          familyId,
          limit,
          ...(memberId ? { memberId } : {}),
          ...(before ? { before } : {}),
        });
        const view = toCitizenRows(page, await names(), staff === 'hide');
        await accessLog.record({
          at: now().toISOString(),
          userId: user.id,
          action: 'read',
          purpose: 'audit',
          resource: `audit:family:${familyId}`,
          familyId,
        });
        res.json(view);
      },
    },
    {
      method: 'get',
      path: '/api/audit/users/:userId',
      tag: 'audit',
      summary: 'What one staff member looked at and changed, newest first',
      roles: AUDITORS,
      query: paging,
      responses: { 200: { description: 'A page of uses, newest first', schema: rows } },
      async handle(req, res) {
        const user = getUser(res);
        const limit = limitOf(req.query.limit, 100, 1000);
        const before = beforeOf(req.query.before);
        const userId = String(req.params.userId);
        const page = await accessLog.page({ userId, limit, ...(before ? { before } : {}) });
        const view = toStaffRows(page, await names());
        await accessLog.record({
          at: now().toISOString(),
          userId: user.id,
          action: 'read',
          purpose: 'audit',
          resource: `audit:user:${userId}`,
        });
        res.json(view);
      },
    },
    {
      method: 'get',
      path: '/api/audit/spot-check',
      tag: 'audit',
      summary: 'A random sample of uses of family data, for a manager to check each had a reason',
      roles: SPOT_CHECKERS,
      query: { size: { description: 'how many (1–200, default 20)' } },
      responses: { 200: { description: 'The sample, newest first', schema: rows } },
      async handle(req, res) {
        const user = getUser(res);
        const size = limitOf(req.query.size, 20, 200);
        const sample = toStaffRows(await accessLog.sample(size), await names());
        await accessLog.record({
          at: now().toISOString(),
          userId: user.id,
          action: 'read',
          purpose: 'audit',
          resource: 'audit:spot-check',
          familyIds: [...new Set(sample.flatMap((r) => (r.familyId ? [r.familyId] : [])))],
        });
        res.json(sample);
      },
    },
    {
      method: 'get',
      path: '/api/audit/verify',
      tag: 'audit',
      summary: "Check the access log's hash chain: any edited, deleted or reordered entry is named",
      roles: AUDITORS,
      responses: {
        200: {
          description: '{ ok, entries, head, problems: [{ line, reason }] }',
          schema: { type: 'object', required: ['ok', 'entries', 'head', 'problems'] },
        },
      },
      async handle(_req, res) {
        res.json(await accessLog.verify());
      },
    },
  ];
}
