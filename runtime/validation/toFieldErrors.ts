import type { ErrorObject } from 'ajv';
import type { Language } from '../i18n/text';
import { toMessage } from './messages';

/** A problem with one field of user data: data, not an exception. */
export interface FieldError {
  /** Dotted path of the field (`contactAttempts.0.channel`); '' for the whole form. */
  path: string;
  keyword: string;
  message: string;
}

export function toDottedPath(instancePath: string): string {
  return instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
}

/**
 * Turns ajv's errors into one readable error per field: the errors of individual `oneOf`/`anyOf`
 * branches are dropped in favour of the single "choose one of the allowed values".
 */
export function toFieldErrors(
  errors: readonly ErrorObject[] | null | undefined,
  language: Language,
): FieldError[] {
  if (!errors) return [];
  const seen = new Set<string>();
  const result: FieldError[] = [];
  for (const error of errors) {
    if (/\/(oneOf|anyOf)\/\d+\//.test(error.schemaPath)) continue;
    if (error.keyword === 'if') continue;
    const base = toDottedPath(error.instancePath);
    const missing =
      error.keyword === 'required'
        ? String((error.params as { missingProperty: string }).missingProperty)
        : '';
    const path = missing ? (base ? `${base}.${missing}` : missing) : base;
    // One message per field: the first (ajv reports the type before the choices) says enough.
    if (seen.has(path)) continue;
    seen.add(path);
    result.push({ path, keyword: error.keyword, message: toMessage(error, language) });
  }
  return result;
}
