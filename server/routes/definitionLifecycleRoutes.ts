import { EDITORS } from '../auth/roleGroups';
import { problems } from '../http/ProblemError';
import type { RouteSpec } from '../http/RouteSpec';
import { validateBody } from '../http/validateBody';
import { createDefinitionService } from '../services/createDefinitionService';
import { actorOf, idOf, kindOf, readIfMatch, withLifecycleProblems } from './definitionRouteHelpers';
import { definitionBundleRoutes } from './definitionBundleRoutes';
import { definitionVersionRoutes } from './definitionVersionRoutes';
import type { Services } from './Services';

const scenarioSchema = {
  type: 'object',
  required: ['id', 'name'],
  properties: { id: { type: 'string', minLength: 1, maxLength: 100 }, name: { type: 'string' } },
};
const draftInput = {
  type: 'object',
  required: ['content'],
  additionalProperties: false,
  properties: {
    content: { type: 'object', description: 'The definition JSON (may be incomplete or broken)' },
    scenarios: { type: 'array', items: scenarioSchema, description: 'Saved simulations (workflows)' },
  },
};
const summarySchema = {
  type: 'object',
  properties: {
    kind: { type: 'string', enum: ['form', 'workflow'] },
    id: { type: 'string' },
    revision: { type: 'integer' },
    status: { type: 'string', enum: ['draft', 'in_review'] },
    title: { type: 'object' },
    baseVersion: { type: ['integer', 'null'] },
    updatedAt: { type: 'string' },
    updatedBy: { type: 'object' },
  },
};
const draftSchema = {
  ...summarySchema,
  properties: {
    ...summarySchema.properties,
    content: { type: 'object' },
    scenarios: { type: 'array' },
    issues: { type: 'array', items: { type: 'object' } },
  },
};

/** Drafts of forms and workflows (editors), then the lifecycle routes (review, publish, versions, bundles). */
export function definitionLifecycleRoutes(services: Services): RouteSpec[] {
  const definitions = createDefinitionService(services);
  const { drafts } = definitions;
  return [
    {
      method: 'get',
      path: '/api/definition-drafts',
      tag: 'definition-drafts',
      summary: 'The working drafts of forms and workflows',
      roles: EDITORS,
      query: { kind: { description: '`form` or `workflow` (default: both)' } },
      responses: { 200: { description: 'Draft summaries', schema: { type: 'array', items: summarySchema } } },
      async handle(req, res) {
        const { kind } = req.query;
        if (kind !== undefined && kind !== 'form' && kind !== 'workflow')
          throw problems.badRequest("kind skal være 'form' eller 'workflow'.");
        res.json(await drafts.list(kind));
      },
    },
    {
      method: 'get',
      path: '/api/definition-drafts/:kind/:id',
      tag: 'definition-drafts',
      summary: 'One draft with its problems (ETag: its revision)',
      roles: EDITORS,
      responses: {
        200: { description: 'The draft', schema: draftSchema },
        404: { description: 'No draft of this definition' },
      },
      async handle(req, res) {
        const draft = await drafts.get(kindOf(req.params.kind), idOf(req.params.id));
        res.set('ETag', `"${draft.revision}"`).json(draft);
      },
    },
    {
      method: 'put',
      path: '/api/definition-drafts/:kind/:id',
      tag: 'definition-drafts',
      summary: 'Save a draft; If-Match: "<revision>" ("0" creates it)',
      roles: EDITORS,
      body: draftInput,
      responses: {
        200: { description: 'Saved; revision + 1', schema: draftSchema },
        409: { description: 'The draft is in review' },
        412: { description: 'Stale revision; `current` is the draft as it is now' },
        422: { description: 'content.kind/content.id do not match the address' },
        428: { description: 'No If-Match' },
      },
      handle: withLifecycleProblems(async (req, res) => {
        const kind = kindOf(req.params.kind);
        const id = idOf(req.params.id);
        const revision = readIfMatch(req);
        const input = validateBody<{ content: unknown; scenarios?: unknown[] }>(draftInput, req.body);
        const draft = await drafts.save(kind, id, revision, input, actorOf(res));
        res.set('ETag', `"${draft.revision}"`).json(draft);
      }),
    },
    {
      method: 'delete',
      path: '/api/definition-drafts/:kind/:id',
      tag: 'definition-drafts',
      summary: 'Discard a draft; If-Match: "<revision>"',
      roles: EDITORS,
      responses: {
        204: { description: 'Discarded' },
        404: { description: 'No draft' },
        412: { description: 'Stale revision' },
        428: { description: 'No If-Match' },
      },
      handle: withLifecycleProblems(async (req, res) => {
        const kind = kindOf(req.params.kind);
        const id = idOf(req.params.id);
        await drafts.discard(kind, id, readIfMatch(req), actorOf(res));
        res.status(204).end();
      }),
    },
    ...definitionVersionRoutes(definitions),
    ...definitionBundleRoutes(definitions),
  ];
}
