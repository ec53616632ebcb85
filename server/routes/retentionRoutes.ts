import { ADMINISTRATORS } from '../auth/roleGroups';
import { getUser } from '../auth/sessions';
import { problems } from '../http/ProblemError';
import type { RouteSpec } from '../http/RouteSpec';
import { validateBody } from '../http/validateBody';
import { loadRetentionPolicy } from '../retention/RetentionPolicy';
import { runRetention } from '../retention/runRetention';
import { createFamilyUnitOfWork } from '../services/createFamilyUnitOfWork';
import type { Services } from './Services';

const holdInput = {
  type: 'object',
  required: ['reason'],
  additionalProperties: false,
  properties: { reason: { type: 'string', minLength: 1, maxLength: 500, pattern: '\\S' } },
};
const runInput = {
  type: 'object',
  additionalProperties: false,
  properties: { dryRun: { type: 'boolean', description: 'Only report what would be deleted' } },
};

/** Retention: the policy in force, legal hold on a family, and the deletion job (administrators). */
export function retentionRoutes({ storage, accessLog, now }: Services): RouteSpec[] {
  const families = createFamilyUnitOfWork(storage);
  const log = (userId: string, familyId: string) =>
    accessLog.record({
      at: now().toISOString(),
      userId,
      action: 'write',
      purpose: 'retention',
      resource: `legal-hold:${familyId}`,
      familyId,
    });
  return [
    {
      method: 'get',
      path: '/api/retention/policy',
      tag: 'retention',
      summary: 'The retention periods in force (years per workflow); none set means nothing is deleted',
      roles: ADMINISTRATORS,
      responses: { 200: { description: '{ defaultYears, workflows }' } },
      async handle(_req, res) {
        res.json(await loadRetentionPolicy());
      },
    },
    {
      method: 'post',
      path: '/api/retention/run',
      tag: 'retention',
      summary: 'Run the deletion job: delete families whose retention has passed and that are not on hold',
      roles: ADMINISTRATORS,
      body: runInput,
      responses: { 200: { description: '{ dryRun, deleted: [{ familyId, expiredOn, counts }], kept }' } },
      async handle(req, res) {
        const user = getUser(res);
        const input = validateBody<{ dryRun?: boolean }>(runInput, req.body ?? {});
        const result = await runRetention({
          storage,
          accessLog,
          policy: await loadRetentionPolicy(),
          now: now(),
          userId: user.id,
          dryRun: input.dryRun ?? false,
        });
        res.json(result);
      },
    },
    {
      method: 'put',
      path: '/api/families/:familyId/legal-hold',
      tag: 'retention',
      summary: 'Put a family on legal hold: the deletion job keeps it until the hold is lifted',
      roles: ADMINISTRATORS,
      body: holdInput,
      responses: { 200: { description: 'The hold' }, 404: { description: 'Unknown family' } },
      async handle(req, res) {
        const user = getUser(res);
        const familyId = String(req.params.familyId);
        const { reason } = validateBody<{ reason: string }>(holdInput, req.body);
        const hold = await families.update(familyId, (aggregate) => {
          aggregate.legalHold = { since: now().toISOString(), by: user.id, reason };
          return aggregate.legalHold;
        });
        await log(user.id, familyId);
        res.json(hold);
      },
    },
    {
      method: 'delete',
      path: '/api/families/:familyId/legal-hold',
      tag: 'retention',
      summary: 'Lift the legal hold of a family',
      roles: ADMINISTRATORS,
      responses: { 204: { description: 'Lifted' }, 404: { description: 'Unknown family or no hold' } },
      async handle(req, res) {
        const user = getUser(res);
        const familyId = String(req.params.familyId);
        await families.update(familyId, (aggregate) => {
          if (!aggregate.legalHold) throw problems.notFound(`En tilbageholdelse af familien ${familyId}`);
          delete aggregate.legalHold;
        });
        await log(user.id, familyId);
        res.status(204).end();
      },
    },
  ];
}
