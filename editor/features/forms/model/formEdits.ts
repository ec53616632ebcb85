import {
  readVariables,
  type ComputedField,
  type FormDefinition,
  type ParameterDefinition,
} from '../../../../runtime';
import { getFieldType, type FieldNode, type FieldTypeId } from '../../../../runtime/forms/fields';
import {
  asNode,
  joinPath,
  readField,
  readHolder,
  readOrder,
  setTranslation,
  splitPath,
  updateHolder,
  withoutKey,
  writeField,
} from './formPaths';
import { isAtOrUnder, renameReferences } from './renameReferences';

type Node = Record<string, unknown>;

/** A key not yet used among the holder's children: `shortText`, `shortText2`, … */
export function createKey(doc: FormDefinition, parent: string, base: string): string {
  const keys = new Set(readOrder(readHolder(doc, parent) ?? { schema: {}, ui: {} }));
  // A top-level field may not share its name with a computed field (both are read by name).
  if (!parent) for (const name of Object.keys(doc.computed ?? {})) keys.add(name);
  if (!keys.has(base)) return base;
  let index = 2;
  while (keys.has(`${base}${index}`)) index += 1;
  return `${base}${index}`;
}

/**
 * Puts `key` at `index` in the holder's order, written as `ui:order`: reordering the properties object
 * instead would be invisible to rjsf, which compares schemas by deep equality (key order ignored).
 */
function placeKey(
  holder: { schema: Node; ui: Node },
  key: string,
  index: number,
): { schema: Node; ui: Node } {
  const order = readOrder(holder).filter((name) => name !== key);
  order.splice(Math.max(0, Math.min(index, order.length)), 0, key);
  return { schema: holder.schema, ui: { ...holder.ui, 'ui:order': order } };
}

/** Inserts a field (with its children) at `index` under `parent`. */
export function insertField(
  doc: FormDefinition,
  parent: string,
  index: number,
  key: string,
  node: FieldNode,
  children: Record<string, FieldNode> = {},
): FormDefinition {
  const path = joinPath(doc, parent, key);
  let next = writeField(doc, path, node);
  next = updateHolder(next, parent, (holder) => placeKey(holder, key, index));
  for (const [childKey, child] of Object.entries(children)) {
    const order = readOrder(readHolder(next, path)!);
    next = insertField(next, path, order.length, childKey, child);
  }
  return next;
}

/** Adds a new field of a type; an instrument also gets its computed total. Returns the form and the new path. */
export function addField(
  doc: FormDefinition,
  parent: string,
  index: number,
  typeId: FieldTypeId,
): { doc: FormDefinition; path: string } {
  const type = getFieldType(typeId);
  const key = createKey(doc, parent, typeId);
  let next = insertField(doc, parent, index, key, type.create(), type.createChildren?.() ?? {});
  const path = joinPath(next, parent, key);
  if (typeId === 'instrument' && !path.includes('[]')) {
    const items = readOrder(readHolder(next, path)!).map((item) => ({ var: `data.${path}.${item}` }));
    next = setComputed(next, createKey(next, '', `${key}Total`), {
      title: { da: 'Total', en: 'Total' },
      expr: { '+': items },
      schema: { type: 'integer' },
    });
  }
  return { doc: next, path };
}

/** Removes a field and what names it: its visibility rules and translations (its own and its children's). */
export function removeField(doc: FormDefinition, path: string): FormDefinition {
  return detachField(dropReferences(doc, path), path);
}

/** Takes a field out of the form with its own rules and translations; rules elsewhere are left as they are. */
function detachField(doc: FormDefinition, path: string): FormDefinition {
  const { parent, key } = splitPath(path);
  let next = updateHolder(doc, parent, (holder) => {
    const schema: Node = {
      ...holder.schema,
      properties: withoutKey(asNode(holder.schema.properties) ?? {}, key),
    };
    if (Array.isArray(holder.schema.required) && (holder.schema.required as string[]).includes(key))
      schema.required = (holder.schema.required as string[]).filter((name) => name !== key);
    let ui = withoutKey(holder.ui, key);
    if (Array.isArray(ui['ui:order']))
      ui = { ...ui, 'ui:order': (ui['ui:order'] as string[]).filter((name) => name !== key) };
    return { schema, ui };
  });
  if (next.visibility && Object.keys(next.visibility).some((name) => isAtOrUnder(name, path)))
    next = {
      ...next,
      visibility: Object.fromEntries(
        Object.entries(next.visibility).filter(([name]) => !isAtOrUnder(name, path)),
      ),
    };
  const en = next.translations?.en;
  if (en && Object.keys(en).some((name) => isAtOrUnder(name, path)))
    next = {
      ...next,
      translations: {
        ...next.translations,
        en: Object.fromEntries(Object.entries(en).filter(([name]) => !isAtOrUnder(name, path))),
      },
    };
  return next;
}

/**
 * Rules that read a removed field would point at nothing: a visibility rule reading it is removed (the
 * field it guarded is shown always) and a sum loses the term. Undo brings both back.
 */
function dropReferences(doc: FormDefinition, path: string): FormDefinition {
  const reads = (expression: unknown) =>
    readVariables(expression).variables.some(
      (variable) => variable.startsWith('data.') && isAtOrUnder(variable.slice(5), path),
    );
  let next = doc;
  if (doc.visibility && Object.values(doc.visibility).some(reads))
    next = {
      ...next,
      visibility: Object.fromEntries(Object.entries(doc.visibility).filter(([, rule]) => !reads(rule))),
    };
  if (doc.computed && Object.values(doc.computed).some((field) => reads(field.expr))) {
    next = {
      ...next,
      computed: Object.fromEntries(
        Object.entries(doc.computed).map(([id, field]) => {
          const terms = (field.expr as { '+'?: unknown } | null)?.['+'];
          if (!reads(field.expr) || !Array.isArray(terms)) return [id, field];
          return [id, { ...field, expr: { '+': terms.filter((term) => !reads(term)) } }];
        }),
      ),
    };
  }
  return next;
}

/** Everything stored under a path (translations, visibility), to carry along when the field moves. */
function collectUnder<T>(record: Record<string, T> | undefined, path: string): Record<string, T> {
  return Object.fromEntries(Object.entries(record ?? {}).filter(([name]) => isAtOrUnder(name, path)));
}

/**
 * Moves a field to `index` under `toParent` (the same parent reorders). Across containers its path
 * changes, and rules, translations and gaps that name it follow.
 */
export function moveField(
  doc: FormDefinition,
  path: string,
  toParent: string,
  index: number,
): FormDefinition {
  const { parent, key } = splitPath(path);
  if (parent === toParent) return updateHolder(doc, parent, (holder) => placeKey(holder, key, index));
  if (isAtOrUnder(toParent, path)) return doc;
  const node = readField(doc, path);
  if (!node) return doc;
  const newKey = createKey(doc, toParent, key);
  const newPath = joinPath(doc, toParent, newKey);
  const translations = collectUnder(doc.translations?.en, path);
  const visibility = collectUnder(doc.visibility, path);
  // Detached, not removed: rules that read the field follow it to its new path below.
  let next = detachField(doc, path);
  next = insertField(next, toParent, index, newKey, node);
  const restored: FormDefinition = {
    ...next,
    translations: { ...next.translations, en: { ...next.translations?.en, ...translations } },
    ...(Object.keys(visibility).length > 0 || next.visibility
      ? { visibility: { ...next.visibility, ...visibility } }
      : {}),
  };
  return renameReferences(restored, path, newPath);
}

/** The path a field will have after `moveField` to `toParent` (its key gets a number if taken there). */
export function toMovedPath(doc: FormDefinition, path: string, toParent: string): string {
  const { parent, key } = splitPath(path);
  return parent === toParent ? path : joinPath(doc, toParent, createKey(doc, toParent, key));
}

/** Renames a field's key (its data name): the path changes and every reference follows. */
export function renameField(doc: FormDefinition, path: string, newKey: string): FormDefinition {
  const { parent, key } = splitPath(path);
  if (key === newKey || !/^[A-Za-z][A-Za-z0-9_]*$/.test(newKey)) return doc;
  if (readOrder(readHolder(doc, parent)!).includes(newKey)) return doc;
  if (!parent && doc.computed?.[newKey]) return doc;
  const newPath = joinPath(doc, parent, newKey);
  const next = updateHolder(doc, parent, (holder) => {
    const order = readOrder(holder);
    const properties = asNode(holder.schema.properties) ?? {};
    const schema: Node = {
      ...holder.schema,
      properties: Object.fromEntries(
        Object.entries(properties).map(([name, value]) => [name === key ? newKey : name, value]),
      ),
    };
    if (Array.isArray(holder.schema.required))
      schema.required = (holder.schema.required as string[]).map((name) => (name === key ? newKey : name));
    const ui = Object.fromEntries(
      Object.entries(holder.ui).map(([name, value]) => [name === key ? newKey : name, value]),
    );
    if (Array.isArray(holder.ui['ui:order']))
      ui['ui:order'] = order.map((name) => (name === key ? newKey : name));
    return { schema, ui };
  });
  return renameReferences(next, path, newPath);
}

/** A copy of a field right after it, with a fresh key, its translations and visibility rule. */
export function duplicateField(doc: FormDefinition, path: string): { doc: FormDefinition; path: string } {
  const { parent, key } = splitPath(path);
  const node = readField(doc, path);
  if (!node) return { doc, path };
  const order = readOrder(readHolder(doc, parent)!);
  const newKey = createKey(doc, parent, key);
  const newPath = joinPath(doc, parent, newKey);
  let next = insertField(doc, parent, order.indexOf(key) + 1, newKey, structuredClone(node));
  for (const [name, translation] of Object.entries(collectUnder(doc.translations?.en, path)))
    next = setTranslation(next, newPath + name.slice(path.length), translation);
  const rule = doc.visibility?.[path];
  if (rule !== undefined) next = setVisibility(next, newPath, rule);
  return { doc: next, path: newPath };
}

/**
 * Writes a field's edited node. A required field makes its sections required too: JSON Schema checks a
 * section's `required` only when the section is there, so an untouched section would skip the check.
 */
export function updateField(doc: FormDefinition, path: string, node: FieldNode): FormDefinition {
  let next = writeField(doc, path, node);
  if (!node.required) return next;
  let { parent } = splitPath(path);
  while (parent && !parent.includes('[]')) {
    const section = readField(next, parent);
    if (!section || section.schema.type !== 'object') break;
    if (!section.required) next = writeField(next, parent, { ...section, required: true });
    parent = splitPath(parent).parent;
  }
  return next;
}

export function setVisibility(doc: FormDefinition, path: string, rule: unknown): FormDefinition {
  if (rule === undefined) {
    if (!doc.visibility || !(path in doc.visibility)) return doc;
    return { ...doc, visibility: withoutKey(doc.visibility, path) };
  }
  return { ...doc, visibility: { ...doc.visibility, [path]: rule } };
}

export function setComputed(
  doc: FormDefinition,
  id: string,
  field: ComputedField | undefined,
): FormDefinition {
  if (field === undefined) {
    if (!doc.computed || !(id in doc.computed)) return doc;
    return { ...doc, computed: withoutKey(doc.computed, id) };
  }
  return { ...doc, computed: { ...doc.computed, [id]: field } };
}

export function setParameter(
  doc: FormDefinition,
  name: string,
  parameter: ParameterDefinition | undefined,
): FormDefinition {
  if (parameter === undefined) {
    if (!doc.parameters || !(name in doc.parameters)) return doc;
    return { ...doc, parameters: withoutKey(doc.parameters, name) };
  }
  return { ...doc, parameters: { ...doc.parameters, [name]: parameter } };
}
