import type { FieldTranslation, FormDefinition, JsonSchema } from '../../../../runtime';
import type { FieldNode } from '../../../../runtime/forms/fields';

type Node = Record<string, unknown>;

/**
 * Field paths are the definition's own dotted paths (`visit.date`, array items `contactAttempts[].date`),
 * the same keys `visibility` and `translations.en` use. A container's children live in its `properties`
 * (a section) or its `items.properties` (a repeating group).
 */
export interface PathParts {
  parent: string;
  key: string;
}

export function splitPath(path: string): PathParts {
  const index = path.lastIndexOf('.');
  if (index < 0) return { parent: '', key: path };
  const parent = path.slice(0, index);
  return { parent: parent.endsWith('[]') ? parent.slice(0, -2) : parent, key: path.slice(index + 1) };
}

export function joinPath(doc: FormDefinition, parent: string, key: string): string {
  if (!parent) return key;
  const schema = readSchema(doc, parent);
  return schema?.type === 'array' ? `${parent}[].${key}` : `${parent}.${key}`;
}

export function asNode(value: unknown): Node | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Node) : undefined;
}

/** The schema at a field path (not the holder). */
export function readSchema(doc: FormDefinition, path: string): JsonSchema | undefined {
  if (!path) return doc.schema;
  let schema: Node | undefined = doc.schema;
  for (const segment of path.split('.')) {
    const isItems = segment.endsWith('[]');
    schema = asNode(asNode(schema?.properties)?.[isItems ? segment.slice(0, -2) : segment]);
    if (isItems) schema = asNode(schema?.items);
  }
  return schema;
}

/** The schema and uiSchema nodes that hold a container's children (the form itself for ''). */
export function readHolder(doc: FormDefinition, parent: string): { schema: Node; ui: Node } | undefined {
  let schema: Node | undefined = doc.schema;
  let ui: Node = doc.uiSchema ?? {};
  if (parent) {
    for (const segment of parent.split('.')) {
      const name = segment.endsWith('[]') ? segment.slice(0, -2) : segment;
      schema = asNode(asNode(schema?.properties)?.[name]);
      ui = asNode(ui[name]) ?? {};
      if (segment.endsWith('[]') || schema?.type === 'array') {
        schema = asNode(schema?.items);
        ui = asNode(ui.items) ?? {};
      }
    }
  }
  // The last segment may name an array without `[]`: its children sit in `items`.
  return schema ? { schema, ui } : undefined;
}

/** The keys of a holder's children in display order: `ui:order` first, then the rest as declared. */
export function readOrder(holder: { schema: Node; ui: Node }): string[] {
  const keys = Object.keys(asNode(holder.schema.properties) ?? {});
  const order = Array.isArray(holder.ui['ui:order']) ? (holder.ui['ui:order'] as unknown[]) : [];
  const listed = order.filter((key): key is string => typeof key === 'string' && keys.includes(key));
  return [...listed, ...keys.filter((key) => !listed.includes(key))];
}

export function readField(doc: FormDefinition, path: string): FieldNode | undefined {
  const { parent, key } = splitPath(path);
  const holder = readHolder(doc, parent);
  const schema = asNode(asNode(holder?.schema.properties)?.[key]);
  if (!holder || !schema) return undefined;
  const required =
    Array.isArray(holder.schema.required) && (holder.schema.required as unknown[]).includes(key);
  return {
    schema,
    ui: asNode(holder.ui[key]) ?? {},
    required,
    translation: doc.translations?.en?.[path],
  };
}

/**
 * A copy of the form with the holder at `parent` replaced by `update(holder)`: only the nodes on the way
 * are copied, the rest is shared (cheap undo snapshots even for big forms).
 */
export function updateHolder(
  doc: FormDefinition,
  parent: string,
  update: (holder: { schema: Node; ui: Node }) => { schema: Node; ui: Node },
): FormDefinition {
  const segments = parent ? parent.split('.').map((segment) => segment.replace(/\[\]$/, '')) : [];
  const walk = (schema: Node, ui: Node, index: number): { schema: Node; ui: Node } => {
    if (index === segments.length) return update({ schema, ui });
    const name = segments[index]!;
    const childSchema = asNode(asNode(schema.properties)?.[name]) ?? {};
    const childUi = asNode(ui[name]) ?? {};
    let next: { schema: Node; ui: Node };
    if (childSchema.type === 'array') {
      const inner = walk(asNode(childSchema.items) ?? {}, asNode(childUi.items) ?? {}, index + 1);
      next = {
        schema: { ...childSchema, items: inner.schema },
        ui: Object.keys(inner.ui).length > 0 ? { ...childUi, items: inner.ui } : withoutKey(childUi, 'items'),
      };
    } else {
      next = walk(childSchema, childUi, index + 1);
    }
    return {
      schema: { ...schema, properties: { ...asNode(schema.properties), [name]: next.schema } },
      ui: Object.keys(next.ui).length > 0 || name in ui ? { ...ui, [name]: next.ui } : ui,
    };
  };
  const result = walk(doc.schema, doc.uiSchema ?? {}, 0);
  const next: FormDefinition = { ...doc, schema: result.schema };
  if (doc.uiSchema !== undefined || Object.keys(result.ui).length > 0) next.uiSchema = result.ui;
  return next;
}

export function withoutKey<T extends Node>(node: T, key: string): T {
  if (!(key in node)) return node;
  const copy = { ...node };
  delete copy[key];
  return copy;
}

/** Replaces (or, with `undefined`, deletes) the English translation of one path. */
export function setTranslation(
  doc: FormDefinition,
  path: string,
  translation: FieldTranslation | undefined,
): FormDefinition {
  const current = doc.translations?.en ?? {};
  if (translation === undefined && !(path in current)) return doc;
  const en = translation === undefined ? withoutKey(current, path) : { ...current, [path]: translation };
  return { ...doc, translations: { ...doc.translations, en } };
}

/** Writes a field's node back at its path (schema, uiSchema, required, translation). */
export function writeField(doc: FormDefinition, path: string, node: FieldNode): FormDefinition {
  const { parent, key } = splitPath(path);
  const updated = updateHolder(doc, parent, (holder) => {
    const required = Array.isArray(holder.schema.required) ? (holder.schema.required as string[]) : undefined;
    const isRequired = required?.includes(key) ?? false;
    let schema: Node = {
      ...holder.schema,
      properties: { ...asNode(holder.schema.properties), [key]: node.schema },
    };
    if (node.required !== isRequired) {
      schema = {
        ...schema,
        required: node.required
          ? [...(required ?? []), key]
          : (required ?? []).filter((name) => name !== key),
      };
    }
    const hasUi = key in holder.ui || Object.keys(node.ui).length > 0;
    return { schema, ui: hasUi ? { ...holder.ui, [key]: node.ui } : holder.ui };
  });
  return setTranslation(updated, path, node.translation);
}
