import type { ValidateFunction } from 'ajv';
import { createAjv, toFieldErrors, type JsonSchema } from '../../runtime';
import { problems } from './ProblemError';

const ajv = createAjv();
const cache = new WeakMap<JsonSchema, ValidateFunction>();

/** Checks a request body against the route's schema (the same schema the OpenAPI document shows). */
export function validateBody<T>(schema: JsonSchema, body: unknown): T {
  let validate = cache.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    cache.set(schema, validate);
  }
  if (body === undefined) throw problems.unsupportedMediaType();
  if (!validate(body))
    throw problems.badRequest('Forespørgslen har ugyldige felter.', toFieldErrors(validate.errors, 'da'));
  return body as T;
}
