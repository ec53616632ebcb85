/** The app's pages, addressed by the URL hash (`#/families/…`), so the server needs no routes of its own. */
export type Route =
  | { name: 'families'; q: string }
  | { name: 'newFamily' }
  | { name: 'family'; familyId: string }
  | { name: 'form'; familyId: string; pathwayId: string; formId: string }
  | { name: 'notFound' };

export function parseRoute(hash: string): Route {
  const [pathPart = '', query = ''] = hash.replace(/^#/, '').split('?');
  const parts = pathPart.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0 || (parts.length === 1 && parts[0] === 'families')) {
    return { name: 'families', q: new URLSearchParams(query).get('q') ?? '' };
  }
  if (parts[0] !== 'families') return { name: 'notFound' };
  if (parts.length === 2 && parts[1] === 'new') return { name: 'newFamily' };
  const familyId = parts[1];
  if (parts.length === 2 && familyId) return { name: 'family', familyId };
  const [, , pathways, pathwayId, forms, formId] = parts;
  if (parts.length === 6 && familyId && pathways === 'pathways' && pathwayId && forms === 'forms' && formId) {
    return { name: 'form', familyId, pathwayId, formId };
  }
  return { name: 'notFound' };
}

export function toHref(route: Route): string {
  const e = encodeURIComponent;
  switch (route.name) {
    case 'families':
      return route.q ? `#/families?q=${e(route.q)}` : '#/families';
    case 'newFamily':
      return '#/families/new';
    case 'family':
      return `#/families/${e(route.familyId)}`;
    case 'form':
      return `#/families/${e(route.familyId)}/pathways/${e(route.pathwayId)}/forms/${e(route.formId)}`;
    case 'notFound':
      return '#/not-found';
  }
}
