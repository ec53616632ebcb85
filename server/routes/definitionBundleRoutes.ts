import { ADMINISTRATORS, ANY_ROLE, EDITORS } from '../auth/roleGroups';
import { problems } from '../http/ProblemError';
import type { RouteSpec } from '../http/RouteSpec';
import { validateBody } from '../http/validateBody';
import { bundleSchema, type DefinitionBundle } from '../services/createDefinitionBundles';
import type { DefinitionService } from '../services/createDefinitionService';
import { actorOf, idOf } from './definitionRouteHelpers';

const importInput = {
  type: 'object',
  required: ['bundle', 'comment'],
  additionalProperties: false,
  properties: {
    bundle: bundleSchema,
    comment: { type: 'string', minLength: 1, maxLength: 2000, pattern: '\\S' },
  },
};

/** Pathway bundles between environments: export a version, preview a file against what is installed, import. */
export function definitionBundleRoutes(definitions: DefinitionService): RouteSpec[] {
  const { bundles } = definitions;
  return [
    {
      method: 'get',
      path: '/api/definitions/workflow/:id/versions/:version/bundle',
      tag: 'definition-bundles',
      summary: 'A workflow version with the exact form versions it pins and its scenarios, as a file',
      roles: ANY_ROLE,
      responses: {
        200: { description: "{ format: 'forloeb-bundle', version: 1, workflow, forms, scenarios }" },
        404: { description: 'Unknown workflow or version' },
      },
      async handle(req, res) {
        const id = idOf(req.params.id);
        const version = Number(req.params.version);
        if (!Number.isInteger(version) || version < 1)
          throw problems.notFound(`Versionen ${String(req.params.version)}`);
        const bundle = await bundles.exportBundle(id, version);
        res.set('Content-Disposition', `attachment; filename="${id}.v${version}.bundle.json"`).json(bundle);
      },
    },
    {
      method: 'post',
      path: '/api/definition-bundles/preview',
      tag: 'definition-bundles',
      summary: 'What importing a bundle would change: per definition new / same / differs (with the diff)',
      roles: EDITORS,
      body: bundleSchema,
      responses: { 200: { description: '{ entries, issues }' } },
      async handle(req, res) {
        const bundle = validateBody<DefinitionBundle>(bundleSchema, req.body);
        const entries = await bundles.preview(bundle);
        res.json({ entries, issues: definitions.checkBundle(bundle) });
      },
    },
    {
      method: 'post',
      path: '/api/definition-bundles/import',
      tag: 'definition-bundles',
      summary: 'Apply a bundle as drafts (never published directly); body { bundle, comment }',
      roles: ADMINISTRATORS,
      body: importInput,
      responses: {
        200: { description: '{ entries }: per definition whether a draft was made' },
        409: { description: 'A definition in the bundle already has a draft' },
      },
      async handle(req, res) {
        const input = validateBody<{ bundle: DefinitionBundle; comment: string }>(importInput, req.body);
        const entries = await bundles.importAsDrafts(input.bundle, input.comment.trim(), actorOf(res));
        res.json({ entries });
      },
    },
  ];
}
