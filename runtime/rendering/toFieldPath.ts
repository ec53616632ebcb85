import type { FieldPathList } from '@rjsf/utils';

/** rjsf's defaults, kept so ids in the error summary match the ids rjsf gives the inputs. */
export const ID_PREFIX = 'root';
export const ID_SEPARATOR = '_';

/** The dotted data path the runtime uses for a field (`contactAttempts.0.channel`). */
export function toDottedPath(path: FieldPathList): string {
  return path.map(String).join('.');
}

/**
 * The definition path of a field: array indexes become `[]` on the array's name (`contactAttempts[].channel`),
 * as in `translations`, `gaps` and `visibility`.
 */
export function toDefinitionPath(path: FieldPathList): string {
  const parts: string[] = [];
  for (const segment of path) {
    if (typeof segment === 'number' || /^\d+$/.test(segment)) {
      const last = parts.pop();
      parts.push(`${last ?? ''}[]`);
    } else parts.push(segment);
  }
  return parts.join('.');
}

/** The id rjsf gives the input of the field at a dotted data path. */
export function toFieldId(dottedPath: string): string {
  return dottedPath ? [ID_PREFIX, ...dottedPath.split('.')].join(ID_SEPARATOR) : ID_PREFIX;
}
