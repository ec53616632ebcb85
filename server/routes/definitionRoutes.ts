import { ANY_ROLE } from '../auth/roleGroups';
import { problems } from '../http/ProblemError';
import type { RouteSpec } from '../http/RouteSpec';
import type { Services } from './Services';

const summaryList = { type: 'array', items: { type: 'object' } };

export function definitionRoutes({ catalog }: Services): RouteSpec[] {
  const version = (raw: unknown): number => {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1) throw problems.notFound(`Versionen ${String(raw)}`);
    return n;
  };
  return [
    {
      method: 'get',
      path: '/api/workflows',
      tag: 'definitions',
      roles: ANY_ROLE,
      summary: 'The pathways (latest version of each that is not retired)',
      responses: { 200: { description: 'Workflow summaries', schema: summaryList } },
      async handle(_req, res) {
        await catalog.refresh();
        res.json(
          catalog.library.listWorkflows().map(({ definition: d }) => ({
            id: d.id,
            version: d.version,
            title: d.title,
            ...(d.description ? { description: d.description } : {}),
            roles: d.roles,
          })),
        );
      },
    },
    {
      method: 'get',
      path: '/api/workflows/:id/versions/:version',
      tag: 'definitions',
      roles: ANY_ROLE,
      summary: 'One version of a workflow definition',
      responses: {
        200: { description: 'The workflow definition' },
        404: { description: 'Unknown workflow or version' },
      },
      async handle(req, res) {
        const id = String(req.params.id);
        const v = version(req.params.version);
        await catalog.ensure('workflow', id, v);
        const workflow = catalog.library.getWorkflow(id, v);
        if (!workflow) throw problems.notFound(`Forløbsbeskrivelsen ${String(req.params.id)}`);
        res.json(workflow.definition);
      },
    },
    {
      method: 'get',
      path: '/api/forms',
      tag: 'definitions',
      roles: ANY_ROLE,
      summary: 'The forms (latest version of each)',
      responses: { 200: { description: 'Form summaries', schema: summaryList } },
      async handle(_req, res) {
        await catalog.refresh();
        res.json(
          catalog.library.listForms().map(({ definition: d }) => ({
            id: d.id,
            version: d.version,
            title: d.title,
            subject: d.subject,
          })),
        );
      },
    },
    {
      method: 'get',
      path: '/api/forms/:id/versions/:version',
      tag: 'definitions',
      roles: ANY_ROLE,
      summary: 'One version of a form definition',
      responses: {
        200: { description: 'The form definition' },
        404: { description: 'Unknown form or version' },
      },
      async handle(req, res) {
        const id = String(req.params.id);
        const v = version(req.params.version);
        await catalog.ensure('form', id, v);
        const form = catalog.library.getForm(id, v);
        if (!form) throw problems.notFound(`Skemaet ${String(req.params.id)}`);
        res.json(form.definition);
      },
    },
  ];
}
