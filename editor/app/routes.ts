/** The app's pages, addressed by the URL hash (`#/families/…`), so the server needs no routes of its own. */
export type Route =
  | { name: 'work'; scope: WorkScope; workflowId: string }
  | { name: 'families'; q: string }
  | { name: 'newFamily' }
  | { name: 'family'; familyId: string }
  | { name: 'form'; familyId: string; pathwayId: string; formId: string }
  | { name: 'submission'; familyId: string; submissionId: string }
  | { name: 'forms' }
  | { name: 'formBuilder'; formId: string }
  | { name: 'workflows' }
  | { name: 'workflowDesigner'; workflowId: string }
  | { name: 'versions' }
  | { name: 'versionDetail'; kind: DefinitionKind; id: string }
  | { name: 'reports' }
  | { name: 'audit' }
  | { name: 'records' }
  | { name: 'recordForm'; formId: string }
  | { name: 'notFound' };

export type DefinitionKind = 'form' | 'workflow';

/** Whose dated steps "Mit arbejde" lists: the worker's own families, or her team's. */
export type WorkScope = 'mine' | 'team';

/** The landing page after login. */
export const HOME: Route = { name: 'work', scope: 'mine', workflowId: '' };

export function parseRoute(hash: string): Route {
  const [pathPart = '', query = ''] = hash.replace(/^#/, '').split('?');
  const parts = pathPart.split('/').filter(Boolean).map(decodeURIComponent);
  const params = new URLSearchParams(query);
  if (parts.length === 0 || (parts.length === 1 && parts[0] === 'work')) {
    return {
      name: 'work',
      scope: params.get('scope') === 'team' ? 'team' : 'mine',
      workflowId: params.get('workflowId') ?? '',
    };
  }
  if (parts.length === 1 && parts[0] === 'families') return { name: 'families', q: params.get('q') ?? '' };
  const definitionRoute = parseDefinitionRoute(parts);
  if (definitionRoute) return definitionRoute;
  if (parts[0] !== 'families') return { name: 'notFound' };
  if (parts.length === 2 && parts[1] === 'new') return { name: 'newFamily' };
  const familyId = parts[1];
  if (parts.length === 2 && familyId) return { name: 'family', familyId };
  const [, , submissions, submissionId] = parts;
  if (parts.length === 4 && familyId && submissions === 'submissions' && submissionId) {
    return { name: 'submission', familyId, submissionId };
  }
  const [, , pathways, pathwayId, forms, formId] = parts;
  if (parts.length === 6 && familyId && pathways === 'pathways' && pathwayId && forms === 'forms' && formId) {
    return { name: 'form', familyId, pathwayId, formId };
  }
  return { name: 'notFound' };
}

export function toHref(route: Route): string {
  const e = encodeURIComponent;
  switch (route.name) {
    case 'work': {
      const query = new URLSearchParams();
      if (route.scope !== 'mine') query.set('scope', route.scope);
      if (route.workflowId) query.set('workflowId', route.workflowId);
      const text = query.toString();
      return text ? `#/work?${text}` : '#/work';
    }
    case 'families':
      return route.q ? `#/families?q=${e(route.q)}` : '#/families';
    case 'newFamily':
      return '#/families/new';
    case 'family':
      return `#/families/${e(route.familyId)}`;
    case 'form':
      return `#/families/${e(route.familyId)}/pathways/${e(route.pathwayId)}/forms/${e(route.formId)}`;
    case 'submission':
      return `#/families/${e(route.familyId)}/submissions/${e(route.submissionId)}`;
    case 'forms':
      return '#/forms';
    case 'formBuilder':
      return `#/forms/${e(route.formId)}/edit`;
    case 'workflows':
      return '#/workflows';
    case 'workflowDesigner':
      return `#/workflows/${e(route.workflowId)}/edit`;
    case 'versions':
      return '#/versions';
    case 'versionDetail':
      return `#/versions/${route.kind}/${e(route.id)}`;
    case 'reports':
      return '#/reports';
    case 'audit':
      return '#/audit';
    case 'records':
      return '#/records';
    case 'recordForm':
      return `#/records/${e(route.formId)}`;
    case 'notFound':
      return '#/not-found';
  }
}

/** The screens of project staff, administrators and evaluators. */
function parseDefinitionRoute(parts: string[]): Route | undefined {
  const [first, second, third] = parts;
  if (parts.length === 1) {
    if (first === 'forms') return { name: 'forms' };
    if (first === 'workflows') return { name: 'workflows' };
    if (first === 'versions') return { name: 'versions' };
    if (first === 'reports') return { name: 'reports' };
    if (first === 'audit') return { name: 'audit' };
    if (first === 'records') return { name: 'records' };
  }
  if (parts.length === 2 && first === 'records' && second) return { name: 'recordForm', formId: second };
  if (parts.length === 3 && second && third === 'edit') {
    if (first === 'forms') return { name: 'formBuilder', formId: second };
    if (first === 'workflows') return { name: 'workflowDesigner', workflowId: second };
  }
  if (parts.length === 3 && first === 'versions' && (second === 'form' || second === 'workflow') && third) {
    return { name: 'versionDetail', kind: second, id: third };
  }
  return undefined;
}
