import { schemaParser, type RJSFSchema } from '@rjsf/utils';
import type { JsonSchema } from '../definitions/types';
import { stripAnnotations, toStableJson } from './toValidatorKey';

/** The schemas one form validates with: the data schema, and each sub-schema rjsf asks `isValid` about. */
export interface ValidatorSchemas {
  root: JsonSchema;
  /** By `toValidatorKey`: `oneOf`/`anyOf` options, `if` conditions, as rjsf's schema parser finds them. */
  subschemas: Map<string, JsonSchema>;
}

/**
 * The schemas a form's validators are generated from (server/validators) or compiled from (Node, tests).
 * Annotations are dropped first, so a form in English, or with a label just edited in the builder, has the
 * same validators as the Danish original.
 */
export function toValidatorSchemas(schema: JsonSchema): ValidatorSchemas {
  const root = stripAnnotations(schema) as JsonSchema;
  const subschemas = new Map<string, JsonSchema>();
  for (const found of Object.values(schemaParser(root as RJSFSchema))) {
    const plain = stripAnnotations(found) as JsonSchema;
    subschemas.set(toStableJson(plain), plain);
  }
  return { root, subschemas };
}
