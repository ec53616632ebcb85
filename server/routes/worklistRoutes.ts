import { WORKERS } from '../auth/roleGroups';
import { getUser } from '../auth/sessions';
import { problems } from '../http/ProblemError';
import type { RouteSpec } from '../http/RouteSpec';
import type { Bucket } from '../services/createWorklistService';
import type { Services } from './Services';

const BUCKETS: Bucket[] = ['overdue', 'today', 'week', 'upcoming'];

export function worklistRoutes({ worklist, accessLog, now }: Services): RouteSpec[] {
  return [
    {
      method: 'get',
      path: '/api/worklist',
      tag: 'work',
      roles: WORKERS,
      summary: "Dated steps of the worker's (or her team's) families, by due date, with their bucket",
      query: {
        scope: { description: '`mine` (default) or `team`' },
        bucket: { description: '`overdue`, `today`, `week` or `upcoming`' },
        workflowId: { description: 'only this programme' },
        role: { description: 'only steps worked by this role' },
        district: { description: 'only families of this district' },
      },
      responses: {
        200: { description: '{ today, items }' },
        400: { description: 'Unknown scope or bucket' },
      },
      async handle(req, res) {
        const user = getUser(res);
        const q = req.query as Record<string, unknown>;
        const scope = q.scope === undefined ? 'mine' : q.scope;
        if (scope !== 'mine' && scope !== 'team')
          throw problems.badRequest('scope skal være mine eller team.');
        if (q.bucket !== undefined && !BUCKETS.includes(q.bucket as Bucket))
          throw problems.badRequest(`bucket skal være en af ${BUCKETS.join(', ')}.`);
        const result = await worklist.list(user, {
          scope,
          ...(typeof q.bucket === 'string' ? { bucket: q.bucket as Bucket } : {}),
          ...(typeof q.workflowId === 'string' ? { workflowId: q.workflowId } : {}),
          ...(typeof q.role === 'string' ? { role: q.role } : {}),
          ...(typeof q.district === 'string' ? { district: q.district } : {}),
        });
        await accessLog.record({
          at: now().toISOString(),
          userId: user.id,
          action: 'read',
          resource: `worklist:${scope}`,
          familyIds: [...new Set(result.items.map((item) => item.familyId))],
        });
        res.json(result);
      },
    },
    {
      method: 'get',
      path: '/api/caseload',
      tag: 'work',
      roles: WORKERS,
      summary: 'The families the worker is responsible for, with their next due date',
      responses: { 200: { description: 'Family summaries with nextDue' } },
      async handle(_req, res) {
        const user = getUser(res);
        const families = await worklist.caseload(user);
        await accessLog.record({
          at: now().toISOString(),
          userId: user.id,
          action: 'read',
          resource: 'caseload',
          familyIds: families.map((f) => f.id),
        });
        res.json(families);
      },
    },
  ];
}
