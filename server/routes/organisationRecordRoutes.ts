import { ADMINISTRATORS, WORKERS } from '../auth/roleGroups';
import { getUser } from '../auth/sessions';
import type { RouteSpec } from '../http/RouteSpec';
import { validateBody } from '../http/validateBody';
import type { Services } from './Services';

const recordInput = {
  type: 'object',
  additionalProperties: false,
  required: ['formId', 'data'],
  properties: {
    formId: { type: 'string', minLength: 1, maxLength: 200 },
    data: { type: 'object' },
  },
};

const recordView = {
  type: 'object',
  required: ['id', 'formId', 'formVersion', 'data', 'computed', 'submittedAt', 'team', 'mine'],
};

/** Staff, lead health visitors and administrators fill organisation forms; nobody else needs them. */
const RECORD_ROLES = [...WORKERS, ...ADMINISTRATORS];

export function organisationRecordRoutes({ records }: Services): RouteSpec[] {
  return [
    {
      method: 'post',
      path: '/api/organisation-records',
      tag: 'records',
      roles: RECORD_ROLES,
      summary:
        'Fill in a form that belongs to the organisation, not a family (staff survey, parent panel, activity registration)',
      body: recordInput,
      responses: {
        201: { description: 'The stored record', schema: recordView },
        404: { description: 'Unknown form' },
        409: { description: 'The form belongs to a family pathway' },
        422: { description: 'The data does not fit the form' },
      },
      async handle(req, res) {
        const input = validateBody<{ formId: string; data: unknown }>(recordInput, req.body);
        const language = req.acceptsLanguages('da', 'en') === 'en' ? 'en' : 'da';
        res.status(201).json(await records.submit(getUser(res), input, language));
      },
    },
    {
      method: 'get',
      path: '/api/organisation-records',
      tag: 'records',
      roles: RECORD_ROLES,
      summary: "The team's organisation records (lead health visitors, administrators) or one's own (others)",
      query: { formId: { description: 'only this form' } },
      responses: {
        200: { description: 'Records, newest first', schema: { type: 'array', items: recordView } },
      },
      async handle(req, res) {
        const formId = typeof req.query.formId === 'string' ? req.query.formId : undefined;
        res.json(await records.list(getUser(res), formId));
      },
    },
  ];
}
