import { ADMINISTRATORS } from '../auth/roleGroups';
import { problems } from '../http/ProblemError';
import type { RouteSpec } from '../http/RouteSpec';
import { validateBody } from '../http/validateBody';
import { createMigrationService, type MigrationInput } from '../services/createMigrationService';
import { actorOf } from './definitionRouteHelpers';
import type { Services } from './Services';

const STATE_PATH = { type: 'string', minLength: 1, maxLength: 500 };
const FIELD_NAME = { type: 'string', maxLength: 500 };

const mapsSchema = {
  stateMap: {
    type: 'object',
    maxProperties: 500,
    propertyNames: STATE_PATH,
    additionalProperties: STATE_PATH,
  },
  fieldMap: {
    type: 'object',
    maxProperties: 200,
    additionalProperties: {
      type: 'object',
      maxProperties: 500,
      propertyNames: { type: 'string', minLength: 1, maxLength: 500 },
      additionalProperties: FIELD_NAME,
    },
  },
};
const versions = {
  fromVersion: { type: 'integer', minimum: 1 },
  toVersion: { type: 'integer', minimum: 1 },
};
const dryRunInput = {
  type: 'object',
  required: ['fromVersion', 'toVersion'],
  additionalProperties: false,
  properties: { ...versions, ...mapsSchema },
};
const runInput = {
  type: 'object',
  required: ['fromVersion', 'toVersion', 'comment'],
  additionalProperties: false,
  properties: {
    ...versions,
    ...mapsSchema,
    comment: { type: 'string', minLength: 1, maxLength: 2000, pattern: '\\S' },
  },
};

type Body = Omit<MigrationInput, 'workflowId' | 'stateMap' | 'fieldMap'> &
  Partial<Pick<MigrationInput, 'stateMap' | 'fieldMap'>> & { comment?: string };

const workflowIdOf = (raw: unknown): string => {
  const id = String(raw);
  if (!/^[A-Za-z0-9._-]{1,100}$/.test(id)) throw problems.notFound(`Forløbet ${id}`);
  return id;
};

/** The migration planner (administrators): dry run, run as one batch, undo the batch, list batches. */
export function migrationRoutes(services: Services): RouteSpec[] {
  const migrations = createMigrationService(services);
  const inputOf = (workflowId: string, body: Body): MigrationInput => ({
    workflowId,
    fromVersion: body.fromVersion,
    toVersion: body.toVersion,
    stateMap: body.stateMap ?? {},
    fieldMap: body.fieldMap ?? {},
  });
  return [
    {
      method: 'post',
      path: '/api/workflows/:id/migrations/dry-run',
      tag: 'migrations',
      summary: 'Where each running instance of fromVersion would move on toVersion; nothing is changed',
      roles: ADMINISTRATORS,
      body: dryRunInput,
      responses: { 200: { description: 'The plan: moves, instances that cannot be mapped, a summary' } },
      async handle(req, res) {
        const body = validateBody<Body>(dryRunInput, req.body);
        res.json(await migrations.dryRun(inputOf(workflowIdOf(req.params.id), body), actorOf(res)));
      },
    },
    {
      method: 'post',
      path: '/api/workflows/:id/migrations',
      tag: 'migrations',
      summary: 'Moves the running instances of fromVersion to toVersion as one batch that can be undone',
      roles: ADMINISTRATORS,
      body: runInput,
      responses: { 201: { description: 'The batch' } },
      async handle(req, res) {
        const body = validateBody<Body & { comment: string }>(runInput, req.body);
        const input = { ...inputOf(workflowIdOf(req.params.id), body), comment: body.comment.trim() };
        res.status(201).json(await migrations.run(input, actorOf(res)));
      },
    },
    {
      method: 'get',
      path: '/api/workflows/:id/migrations',
      tag: 'migrations',
      summary: 'The migration batches of a workflow, newest first',
      roles: ADMINISTRATORS,
      responses: { 200: { description: 'Batches' } },
      async handle(req, res) {
        res.json(await migrations.list(workflowIdOf(req.params.id)));
      },
    },
    {
      method: 'get',
      path: '/api/migrations/:batchId',
      tag: 'migrations',
      summary: 'One migration batch',
      roles: ADMINISTRATORS,
      responses: { 200: { description: 'The batch' }, 404: { description: 'Unknown batch' } },
      async handle(req, res) {
        res.json(await migrations.get(String(req.params.batchId)));
      },
    },
    {
      method: 'post',
      path: '/api/migrations/:batchId/undo',
      tag: 'migrations',
      summary: 'Puts every instance of the batch back; refuses (and reports) instances changed since',
      roles: ADMINISTRATORS,
      responses: {
        200: { description: 'Restored and refused instances' },
        404: { description: 'Unknown batch' },
        409: { description: 'Already undone' },
      },
      async handle(req, res) {
        res.json(await migrations.undo(String(req.params.batchId), actorOf(res)));
      },
    },
  ];
}
