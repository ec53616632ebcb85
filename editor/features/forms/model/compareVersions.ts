import type { FormDefinition } from '../../../../runtime';
import { flattenFields, toFieldTree, type FieldEntry } from './toFieldTree';

export interface VersionDifference {
  path: string;
  /** The field's label in each version (undefined: the field is not in that version). */
  mine: string | undefined;
  theirs: string | undefined;
}

/**
 * Where two versions of a form differ, field by field (added, removed, or changed in label, settings, rules or
 * translation), so an editor in a conflict sees both versions before choosing one. `others` is true when
 * something besides the fields differs (title, computed fields, parameters, the order of the fields).
 */
export function compareVersions(
  mine: FormDefinition,
  theirs: FormDefinition,
): { fields: VersionDifference[]; others: boolean } {
  const index = (doc: FormDefinition) =>
    new Map(flattenFields(toFieldTree(doc)).map((entry) => [entry.path, entry]));
  const a = index(mine);
  const b = index(theirs);
  const paths = [...a.keys(), ...[...b.keys()].filter((path) => !a.has(path))];
  const fields = paths.flatMap((path) => {
    const left = a.get(path);
    const right = b.get(path);
    if (left && right && sameField(mine, left, theirs, right)) return [];
    return [{ path, mine: left?.label, theirs: right?.label }];
  });
  // Besides the fields: the form's own settings, and the order of the fields.
  const rest = (doc: FormDefinition, paths: Iterable<string>) =>
    JSON.stringify([
      { ...doc, schema: undefined, uiSchema: undefined, visibility: undefined, translations: undefined },
      [...paths],
    ]);
  return { fields, others: rest(mine, a.keys()) !== rest(theirs, b.keys()) };
}

function sameField(
  mine: FormDefinition,
  left: FieldEntry,
  theirs: FormDefinition,
  right: FieldEntry,
): boolean {
  // A container counts as changed only for its own settings: its children are compared one by one.
  const own = (entry: FieldEntry) =>
    entry.type.container ? { ...entry.schema, properties: undefined, items: undefined } : entry.schema;
  return (
    left.required === right.required &&
    JSON.stringify(own(left)) === JSON.stringify(own(right)) &&
    JSON.stringify(mine.translations?.en?.[left.path]) ===
      JSON.stringify(theirs.translations?.en?.[right.path]) &&
    JSON.stringify(mine.visibility?.[left.path]) === JSON.stringify(theirs.visibility?.[right.path]) &&
    JSON.stringify(uiOf(mine, left)) === JSON.stringify(uiOf(theirs, right))
  );
}

/** The field's own uiSchema node (children's nodes left out for containers). */
function uiOf(doc: FormDefinition, entry: FieldEntry): unknown {
  let ui: unknown = doc.uiSchema;
  for (const segment of entry.path.split('.')) {
    const name = segment.replace(/\[\]$/, '');
    ui = (ui as Record<string, unknown> | undefined)?.[name];
    if (segment.endsWith('[]')) ui = (ui as Record<string, unknown> | undefined)?.items;
  }
  if (!entry.type.container || !ui || typeof ui !== 'object') return ui;
  return Object.fromEntries(
    Object.entries(ui).filter(([key]) => key.startsWith('ui:') && key !== 'ui:order'),
  );
}
