import { createFamilyAccess } from '../auth/familyAccess';
import { redactPathway } from '../auth/redactParentJournal';
import { WORKERS } from '../auth/roleGroups';
import { getUser } from '../auth/sessions';
import { problems } from '../http/ProblemError';
import type { RouteSpec } from '../http/RouteSpec';
import { eventInput, pathwayView, startPathwayInput, submission, submissionInput } from '../http/schemas';
import { validateBody } from '../http/validateBody';
import type { Services } from './Services';

export function pathwayRoutes({ pathways, storage, catalog, accessLog, now }: Services): RouteSpec[] {
  const access = createFamilyAccess(storage, catalog);
  // The pathway's child is whose data it is (the access log's `memberIds`).
  const log = (
    userId: string,
    action: 'read' | 'write',
    resource: string,
    familyId: string,
    childId: string,
  ) =>
    accessLog.record({ at: now().toISOString(), userId, action, resource, familyId, memberIds: [childId] });
  const ifMatch = (header: string | undefined): number | undefined => {
    if (!header) return undefined;
    const version = Number(header.replace(/^W\//, '').replace(/"/g, ''));
    if (!Number.isInteger(version)) throw problems.preconditionFailed('If-Match skal være forløbets ETag.');
    return version;
  };

  const idempotencyKey = (header: string | undefined): string | undefined => {
    if (header === undefined) return undefined;
    if (!/^[\x21-\x7e]{1,200}$/.test(header))
      throw problems.badRequest('Idempotency-Key skal være 1-200 synlige ASCII-tegn.');
    return header;
  };

  return [
    {
      method: 'post',
      path: '/api/families/:familyId/pathways',
      tag: 'pathways',
      roles: WORKERS,
      summary: "Start a pathway (the workflow's latest version) for a child of the family",
      body: startPathwayInput,
      responses: {
        201: { description: 'The started pathway', schema: pathwayView },
        404: { description: 'Unknown family or workflow' },
        422: { description: 'Not a child of the family' },
      },
      async handle(req, res) {
        const user = getUser(res);
        const familyId = String(req.params.familyId);
        await access.assertFamily(user, familyId);
        const input = validateBody<{ workflowId: string; childId: string; params?: Record<string, unknown> }>(
          startPathwayInput,
          req.body,
        );
        const view = await pathways.start(familyId, input, user);
        await log(user.id, 'write', `pathway:${view.id}`, familyId, view.childId);
        res
          .status(201)
          .location(`/api/pathways/${view.id}`)
          .set('ETag', `"${view.version}"`)
          .json(redactPathway(user, view));
      },
    },
    {
      method: 'get',
      path: '/api/pathways/:pathwayId',
      tag: 'pathways',
      roles: WORKERS,
      summary: 'A pathway: current steps, forms due now, due dates; ETag is its version',
      responses: {
        200: { description: 'The pathway', schema: pathwayView },
        404: { description: 'Unknown pathway' },
      },
      async handle(req, res) {
        const user = getUser(res);
        const pathwayId = String(req.params.pathwayId);
        const familyId = await access.assertPathway(user, pathwayId);
        const view = await pathways.get(familyId, pathwayId);
        await log(user.id, 'read', `pathway:${pathwayId}`, familyId, view.childId);
        res.set('ETag', `"${view.version}"`).json(redactPathway(user, view));
      },
    },
    {
      method: 'post',
      path: '/api/pathways/:pathwayId/submissions',
      tag: 'pathways',
      roles: WORKERS,
      summary: 'Submit a form that is due: validate, step the pathway, store — all or nothing',
      body: submissionInput,
      responses: {
        201: {
          description: 'The submission and the pathway after it',
          schema: { type: 'object', properties: { submission, pathway: pathwayView } },
        },
        404: { description: 'Unknown pathway' },
        409: { description: 'The form is not due in the current step' },
        412: { description: 'If-Match does not match the current version' },
        422: { description: 'The data does not satisfy the form; `errors` names the fields' },
      },
      async handle(req, res) {
        const user = getUser(res);
        const input = validateBody<{ formId: string; data: unknown }>(submissionInput, req.body);
        const pathwayId = String(req.params.pathwayId);
        const familyId = await access.assertPathway(user, pathwayId);
        const result = await pathways.submit(
          familyId,
          pathwayId,
          input,
          user,
          ifMatch(req.get('If-Match')),
          idempotencyKey(req.get('Idempotency-Key')),
        );
        await storage.deleteDrafts(pathwayId, input.formId);
        await log(user.id, 'write', `submission:${result.submission.id}`, familyId, result.pathway.childId);
        res
          .status(201)
          .set('ETag', `"${result.pathway.version}"`)
          .json({ ...result, pathway: redactPathway(user, result.pathway) });
      },
    },
    {
      method: 'post',
      path: '/api/pathways/:pathwayId/events',
      tag: 'pathways',
      roles: WORKERS,
      summary: 'Send a manual event declared by the workflow (e.g. WITHDRAW)',
      body: eventInput,
      responses: {
        200: { description: 'The pathway', schema: pathwayView },
        404: { description: 'Unknown pathway' },
        409: { description: 'The event is not accepted now' },
      },
      async handle(req, res) {
        const user = getUser(res);
        const event = validateBody<{ type: string }>(eventInput, req.body);
        const pathwayId = String(req.params.pathwayId);
        const familyId = await access.assertPathway(user, pathwayId);
        const view = await pathways.sendEvent(
          familyId,
          pathwayId,
          event,
          user,
          ifMatch(req.get('If-Match')),
          idempotencyKey(req.get('Idempotency-Key')),
        );
        await log(user.id, 'write', `pathway:${pathwayId}`, familyId, view.childId);
        res.set('ETag', `"${view.version}"`).json(redactPathway(user, view));
      },
    },
  ];
}
