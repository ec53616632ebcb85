import type { FormDefinition } from '../../../../runtime';
import { detectFieldType, type FieldType } from '../../../../runtime/forms/fields';
import { asNode, joinPath, readHolder, readOrder } from './formPaths';

export interface FieldEntry {
  path: string;
  key: string;
  /** The container's path ('' for the form itself). */
  parent: string;
  type: FieldType;
  /** Danish label (the schema's title), or the key when there is none. */
  label: string;
  labelEn: string | undefined;
  required: boolean;
  hasRule: boolean;
  /** Children of a section, repeating group or instrument, in display order. */
  children: FieldEntry[];
  /** The field's schema node: unchanged by identity when an edit did not touch the field. */
  schema: Record<string, unknown>;
}

/** The form's fields as the canvas shows them: a tree in display order, each with its detected type. */
export function toFieldTree(doc: FormDefinition, parent = ''): FieldEntry[] {
  const holder = readHolder(doc, parent);
  if (!holder) return [];
  const properties = asNode(holder.schema.properties) ?? {};
  const required = Array.isArray(holder.schema.required) ? (holder.schema.required as string[]) : [];
  return readOrder(holder).map((key) => {
    const schema = asNode(properties[key]) ?? {};
    const path = joinPath(doc, parent, key);
    const type = detectFieldType(schema, asNode(holder.ui[key]));
    const children = type.container ? toFieldTree(doc, path) : [];
    return {
      path,
      key,
      parent,
      type,
      label: typeof schema.title === 'string' && schema.title ? schema.title : key,
      labelEn: doc.translations?.en?.[path]?.title,
      required: required.includes(key),
      hasRule: doc.visibility?.[path] !== undefined,
      children,
      schema,
    };
  });
}

/** Every entry of the tree, depth first. */
export function flattenFields(entries: FieldEntry[]): FieldEntry[] {
  return entries.flatMap((entry) => [entry, ...flattenFields(entry.children)]);
}
