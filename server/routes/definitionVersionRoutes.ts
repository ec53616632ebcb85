import { ADMINISTRATORS, ANY_ROLE, EDITORS } from '../auth/roleGroups';
import { problems } from '../http/ProblemError';
import type { RouteSpec } from '../http/RouteSpec';
import { validateBody } from '../http/validateBody';
import type { UserRole } from '../storage/types';
import type { DefinitionService } from '../services/createDefinitionService';
import { actorOf, idOf, kindOf, readIfMatch, withLifecycleProblems } from './definitionRouteHelpers';

/** Every lifecycle step says why: the comment is required. */
const commentInput = {
  type: 'object',
  required: ['comment'],
  additionalProperties: false,
  properties: { comment: { type: 'string', minLength: 1, maxLength: 2000, pattern: '\\S' } },
};
const commentOf = (body: unknown) => validateBody<{ comment: string }>(commentInput, body).comment.trim();
const versionOf = (raw: unknown): number => {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw problems.notFound(`Versionen ${String(raw)}`);
  return n;
};
const publishResult = {
  type: 'object',
  properties: {
    kind: { type: 'string' },
    id: { type: 'string' },
    version: { type: 'integer' },
    classification: { type: 'object' },
    releaseNotes: { type: 'array', items: { type: 'string' } },
  },
};

/** Review, publishing, versions, history, diff, retire and rollback. */
export function definitionVersionRoutes(definitions: DefinitionService): RouteSpec[] {
  const { lifecycle } = definitions;
  const step = (
    action: 'submit' | 'approve' | 'reject' | 'publish',
    roles: readonly UserRole[],
    summary: string,
  ): RouteSpec => ({
    method: 'post',
    path: `/api/definition-drafts/:kind/:id/${action}`,
    tag: 'definition-lifecycle',
    summary: `${summary}; If-Match: "<revision>", body { comment }`,
    roles,
    body: commentInput,
    responses: {
      200: {
        description: action === 'publish' ? 'The new version' : 'The draft',
        ...(action === 'publish' ? { schema: publishResult } : {}),
      },
      404: { description: 'No draft' },
      409: { description: 'Not in the right status for this step' },
      412: { description: 'Stale revision; `current` is the draft as it is now' },
      422: { description: 'Refused; `reasons` lists why' },
      428: { description: 'No If-Match' },
    },
    handle: withLifecycleProblems(async (req, res) => {
      const kind = kindOf(req.params.kind);
      const id = idOf(req.params.id);
      const revision = readIfMatch(req);
      const result = await lifecycle[action](kind, id, revision, commentOf(req.body), actorOf(res));
      if ('revision' in result) res.set('ETag', `"${result.revision}"`);
      res.json(result);
    }),
  });
  const versionStep = (action: 'retire' | 'rollback', summary: string): RouteSpec => ({
    method: 'post',
    path: `/api/definitions/:kind/:id/versions/:version/${action}`,
    tag: 'definition-lifecycle',
    summary: `${summary}; body { comment }`,
    roles: ADMINISTRATORS,
    body: commentInput,
    responses: {
      200: { description: action === 'rollback' ? 'The new version' : 'Retired' },
      404: { description: 'Unknown definition or version' },
      409: { description: 'Already retired' },
      422: { description: 'Refused; `reasons` lists why' },
    },
    handle: withLifecycleProblems(async (req, res) => {
      res.json(
        await lifecycle[action](
          kindOf(req.params.kind),
          idOf(req.params.id),
          versionOf(req.params.version),
          commentOf(req.body),
          actorOf(res),
        ),
      );
    }),
  });

  return [
    step('submit', EDITORS, 'Send a draft for review'),
    step('approve', ADMINISTRATORS, 'Approve a draft in review (not by its last editor)'),
    step('reject', ADMINISTRATORS, 'Send a draft in review back to editing'),
    step('publish', ADMINISTRATORS, 'Publish a draft in review as the next immutable version'),
    versionStep('retire', 'Retire a version: not offered for new pathways, running ones continue'),
    versionStep('rollback', 'Republish the content of an earlier version as a new version'),
    {
      method: 'get',
      path: '/api/definitions',
      tag: 'definition-lifecycle',
      summary: 'Every stored definition: latest and offered version, number of versions, its draft',
      roles: EDITORS,
      query: { kind: { description: '`form` or `workflow` (default: both)' } },
      responses: {
        200: { description: 'Definitions', schema: { type: 'array', items: { type: 'object' } } },
      },
      async handle(req, res) {
        const { kind } = req.query;
        if (kind !== undefined && kind !== 'form' && kind !== 'workflow')
          throw problems.badRequest("kind skal være 'form' eller 'workflow'.");
        res.json(await definitions.list(kind));
      },
    },
    {
      method: 'get',
      path: '/api/definitions/:kind/:id/versions',
      tag: 'definition-lifecycle',
      summary: 'The published versions of a definition, oldest first',
      roles: ANY_ROLE,
      responses: { 200: { description: 'Versions', schema: { type: 'array', items: { type: 'object' } } } },
      async handle(req, res) {
        res.json(await definitions.versions(kindOf(req.params.kind), idOf(req.params.id)));
      },
    },
    {
      method: 'get',
      path: '/api/definitions/:kind/:id/history',
      tag: 'definition-lifecycle',
      summary: 'Who did what, when and why, oldest first',
      roles: EDITORS,
      responses: { 200: { description: 'History', schema: { type: 'array', items: { type: 'object' } } } },
      async handle(req, res) {
        res.json(await definitions.history(kindOf(req.params.kind), idOf(req.params.id)));
      },
    },
    {
      method: 'get',
      path: '/api/definitions/:kind/:id/diff',
      tag: 'definition-lifecycle',
      summary: 'Diff, classification and release notes between two versions (`to` may be `draft`)',
      roles: EDITORS,
      query: {
        from: { description: 'A version number' },
        to: { description: 'A version number or `draft`' },
      },
      responses: {
        200: { description: '{ diff, classification, releaseNotes: { da, en } }' },
        404: { description: 'Unknown version or no draft' },
      },
      async handle(req, res) {
        const from = typeof req.query.from === 'string' ? req.query.from : '';
        const to = typeof req.query.to === 'string' ? req.query.to : '';
        if (!/^\d+$/.test(from) || !/^(\d+|draft)$/.test(to))
          throw problems.badRequest('Angiv from=<version> og to=<version|draft>.');
        res.json(await definitions.diff(kindOf(req.params.kind), idOf(req.params.id), from, to));
      },
    },
  ];
}
