import { EDITORS } from '../auth/roleGroups';
import type { RouteSpec } from '../http/RouteSpec';
import { validateBody } from '../http/validateBody';
import { checkDefinitionDraft, type DraftIssue } from '../services/checkDefinitionDraft';
import { idOf, kindOf } from './definitionRouteHelpers';
import type { Services } from './Services';

const checkInput = {
  type: 'object',
  required: ['content'],
  additionalProperties: false,
  properties: { content: { type: 'object', description: 'The definition JSON as typed (may be broken)' } },
};
const issuesSchema = {
  type: 'object',
  properties: {
    issues: {
      type: 'array',
      items: { type: 'object', properties: { path: { type: 'string' }, message: { type: 'string' } } },
    },
  },
};

/**
 * The checks a draft save runs, without saving: the builder's JSON view asks while the editor types, and
 * applies (and so saves) only a definition without problems. On the server because the checks compile
 * schemas, which the browser may not do under the content security policy (no 'unsafe-eval').
 */
export function definitionCheckRoutes({ catalog }: Services): RouteSpec[] {
  return [
    {
      method: 'post',
      path: '/api/definition-drafts/:kind/:id/check',
      tag: 'definition-drafts',
      summary: 'Check a definition being edited, without saving it: the problems a save would report',
      roles: EDITORS,
      body: checkInput,
      responses: {
        200: { description: 'The problems (none: the definition may be saved)', schema: issuesSchema },
      },
      handle(req, res) {
        const kind = kindOf(req.params.kind);
        const id = idOf(req.params.id);
        const { content } = validateBody<{ content: Record<string, unknown> }>(checkInput, req.body);
        // The draft is saved at its address: a typed kind or id that differs cannot be saved there.
        const address: DraftIssue[] = [];
        if (content.kind !== kind)
          address.push({ path: '/kind', message: `must stay ${JSON.stringify(kind)}` });
        else if (content.id !== id) address.push({ path: '/id', message: `must stay ${JSON.stringify(id)}` });
        const issues = address.length > 0 ? address : checkDefinitionDraft(kind, content, catalog.library);
        res.json({ issues });
      },
    },
  ];
}
