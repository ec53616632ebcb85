import type { RouteSpec } from './RouteSpec';
import { problem } from './schemas';

/** The OpenAPI 3.1 document, generated from the same route table Express serves. */
export function toOpenApi(routes: RouteSpec[], version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = route.path.replace(/:([A-Za-z]+)/g, '{$1}');
    const parameters = [
      ...[...route.path.matchAll(/:([A-Za-z]+)/g)].map(([, name]) => ({
        name,
        in: 'path',
        required: true,
        schema: { type: 'string' },
      })),
      ...Object.entries(route.query ?? {}).map(([name, q]) => ({
        name,
        in: 'query',
        required: false,
        description: q.description,
        schema: { type: 'string' },
      })),
    ];
    const responses: Record<string, unknown> = {};
    for (const [status, response] of Object.entries(route.responses)) {
      responses[status] = {
        description: response.description,
        ...(response.schema ? { content: { 'application/json': { schema: response.schema } } } : {}),
      };
    }
    if (!route.public)
      responses['401'] = {
        description: 'Not logged in',
        content: { 'application/problem+json': { schema: problem } },
      };
    if (route.body) {
      responses['400'] ??= { description: 'Malformed JSON or invalid fields' };
      responses['413'] = { description: 'Body larger than 1 MB' };
      responses['415'] = { description: 'Body is not application/json' };
    }
    responses.default = {
      description: 'A problem (RFC 9457)',
      content: { 'application/problem+json': { schema: problem } },
    };
    (paths[path] ??= {})[route.method] = {
      summary: route.summary,
      tags: [route.tag],
      operationId: `${route.method}${path.replace(/[{}]/g, '').replace(/\/(\w)/g, (_, c: string) => c.toUpperCase())}`,
      ...(parameters.length ? { parameters } : {}),
      ...(route.body
        ? { requestBody: { required: true, content: { 'application/json': { schema: route.body } } } }
        : {}),
      responses,
      ...(route.public ? { security: [] } : {}),
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Forløb API',
      version,
      description: 'Forms and pathways for municipal child-health services.',
    },
    servers: [{ url: '/' }],
    components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'forloeb_session' } } },
    security: [{ session: [] }],
    paths,
  };
}
