import { createFamilyAccess } from '../auth/familyAccess';
import { WORKERS } from '../auth/roleGroups';
import { getUser } from '../auth/sessions';
import { problems } from '../http/ProblemError';
import type { RouteSpec } from '../http/RouteSpec';
import { validateBody } from '../http/validateBody';
import { RevisionConflictError } from '../storage/types';
import type { Services } from './Services';

const draftInput = {
  type: 'object',
  required: ['data', 'version'],
  additionalProperties: false,
  properties: {
    data: { type: 'object' },
    version: {
      type: 'integer',
      minimum: 0,
      description: 'The version of the draft this one replaces (0 for a new draft)',
    },
  },
};
const draftBody = {
  type: 'object',
  properties: { data: { type: 'object' }, version: { type: 'integer' }, savedAt: { type: 'string' } },
};

/** Save & resume: a half-filled form lives on the server per worker, so it can be resumed on any device. */
export function draftRoutes({ storage, catalog, accessLog, now }: Services): RouteSpec[] {
  const access = createFamilyAccess(storage, catalog);
  const formIdOf = (raw: unknown) => {
    const formId = String(raw);
    if (!/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/.test(formId)) throw problems.notFound(`Skemaet ${formId}`);
    return formId;
  };
  return [
    {
      method: 'get',
      path: '/api/pathways/:pathwayId/drafts/:formId',
      tag: 'pathways',
      roles: WORKERS,
      summary: "The worker's draft of a form in a pathway",
      responses: { 200: { description: 'The draft', schema: draftBody }, 404: { description: 'No draft' } },
      async handle(req, res) {
        const user = getUser(res);
        const pathwayId = String(req.params.pathwayId);
        const familyId = await access.assertPathway(user, pathwayId);
        const draft = await storage.getDraft(pathwayId, formIdOf(req.params.formId), user.id);
        if (!draft) throw problems.notFound('Kladden');
        await accessLog.record({
          at: now().toISOString(),
          userId: user.id,
          action: 'read',
          resource: `draft:${pathwayId}`,
          familyId,
        });
        res.json({ data: draft.data, version: draft.version, savedAt: draft.savedAt });
      },
    },
    {
      method: 'put',
      path: '/api/pathways/:pathwayId/drafts/:formId',
      tag: 'pathways',
      roles: WORKERS,
      summary: 'Save a draft; `version` must be the version it replaces, else 412',
      body: draftInput,
      responses: {
        200: { description: 'Saved', schema: draftBody },
        412: { description: 'Another device saved a newer draft' },
      },
      async handle(req, res) {
        const user = getUser(res);
        const input = validateBody<{ data: Record<string, unknown>; version: number }>(draftInput, req.body);
        const pathwayId = String(req.params.pathwayId);
        const familyId = await access.assertPathway(user, pathwayId);
        const draft = {
          pathwayId,
          formId: formIdOf(req.params.formId),
          userId: user.id,
          familyId,
          data: input.data,
          savedAt: now().toISOString(),
          version: input.version + 1,
        };
        try {
          await storage.putDraft(draft);
        } catch (error) {
          if (error instanceof RevisionConflictError)
            throw problems.preconditionFailed('Kladden er gemt fra en anden enhed i mellemtiden.');
          throw error;
        }
        await accessLog.record({
          at: now().toISOString(),
          userId: user.id,
          action: 'write',
          resource: `draft:${pathwayId}`,
          familyId,
        });
        res.json({ data: draft.data, version: draft.version, savedAt: draft.savedAt });
      },
    },
  ];
}
