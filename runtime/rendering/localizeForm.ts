import type { FieldTranslation, FormDefinition, JsonSchema } from '../definitions/types';
import { toText, type Language } from '../i18n/text';

export interface LocalizedForm {
  title: string;
  description: string;
  schema: JsonSchema;
  uiSchema: Record<string, unknown>;
}

type Node = Record<string, unknown>;

/**
 * The form's schema and uiSchema in `language`. Definitions keep Danish in the schema itself and English in
 * `translations.en`, addressed by dotted path (`a.b`, array items `list[]`, `list[].field`); this applies them.
 * The definition is never mutated: the Danish form is the definition's own schema, and English copies only
 * the nodes on a translated path. Every other node keeps its identity, so that the renderer (which skips a
 * field whose props are unchanged, fields/SchemaField.tsx) re-renders only what an edit in the builder touched.
 * Computed fields (`=id`) are not in the schema and are left to the caller.
 */
export function localizeForm(form: FormDefinition, language: Language): LocalizedForm {
  const localized = {
    title: toText(form.title, language),
    description: toText(form.description, language),
    schema: form.schema,
    uiSchema: form.uiSchema ?? {},
  };
  if (language === 'da') return localized;
  const copies = new WeakSet<Node>();
  const schema = copyOnce(form.schema, copies);
  const uiSchema = copyOnce(localized.uiSchema, copies);
  for (const [path, translation] of Object.entries(form.translations?.en ?? {})) {
    if (path.startsWith('=')) continue;
    const target = locate(schema, uiSchema, path, copies);
    if (target) applyTranslation(target.schema, target.ui, translation, copies);
  }
  return { ...localized, schema, uiSchema };
}

/**
 * Finds the schema and uiSchema nodes of a dotted path in the (copied) roots, copying the nodes on the way
 * and creating missing uiSchema nodes, so that the translation can be written into them.
 */
function locate(
  schema: JsonSchema,
  uiSchema: Node,
  path: string,
  copies: WeakSet<Node>,
): { schema: Node; ui: Node } | undefined {
  let node: Node | undefined = schema;
  let ui = uiSchema;
  for (const segment of path.split('.')) {
    const isItems = segment.endsWith('[]');
    const name = isItems ? segment.slice(0, -2) : segment;
    node = childCopy(childCopy(node, 'properties', copies), name, copies);
    ui = childOf(ui, name, copies);
    if (isItems) {
      node = childCopy(node, 'items', copies);
      ui = childOf(ui, 'items', copies);
    }
    if (!node) return undefined;
  }
  return node ? { schema: node, ui } : undefined;
}

function applyTranslation(
  schema: Node,
  ui: Node,
  translation: FieldTranslation,
  copies: WeakSet<Node>,
): void {
  if (translation.title !== undefined) {
    schema.title = translation.title;
    if ('ui:title' in ui) ui['ui:title'] = translation.title;
  }
  if (translation.description !== undefined) {
    // Authors write Danish help text in `ui:help` and its English in the translation's `description`
    // (the translation format has no `help` key), so the English goes where the Danish is shown.
    if ('ui:help' in ui && schema.description === undefined) ui['ui:help'] = translation.description;
    else if ('ui:description' in ui) ui['ui:description'] = translation.description;
    else schema.description = translation.description;
  }
  if (translation.placeholder !== undefined) ui['ui:placeholder'] = translation.placeholder;
  if (translation.options) {
    // A choice field's options sit on the field itself, or on its items for a multiple-choice array.
    const choices = [schema, childCopy(schema, 'items', copies)].filter((n): n is Node => n !== undefined);
    for (const choice of choices)
      translateOptions(choice, choice === schema ? ui : childOf(ui, 'items', copies), translation.options);
  }
}

function translateOptions(schema: Node, ui: Node, options: Record<string, string>): void {
  for (const key of ['oneOf', 'anyOf'] as const) {
    const alternatives = schema[key];
    if (!Array.isArray(alternatives)) continue;
    schema[key] = alternatives.map((alternative: unknown) => {
      const option = asNode(alternative);
      const label = option && 'const' in option ? options[String(option.const)] : undefined;
      return label === undefined ? alternative : { ...option, title: label };
    });
  }
  if (Array.isArray(schema.enum)) {
    const names: Record<string, string> = {};
    for (const value of schema.enum) {
      const label = options[String(value)];
      if (label !== undefined) names[String(value)] = label;
    }
    if (Object.keys(names).length > 0) ui['ui:enumNames'] = names;
  }
}

function asNode(value: unknown): Node | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Node) : undefined;
}

/** A shallow copy of `node`, made once per localization (a node already copied is returned as it is). */
function copyOnce(node: Node, copies: WeakSet<Node>): Node {
  if (copies.has(node)) return node;
  const copy = { ...node };
  copies.add(copy);
  return copy;
}

/** `parent[key]` as a node of its own (copied once, put back into `parent`), or undefined if it is none. */
function childCopy(parent: Node | undefined, key: string, copies: WeakSet<Node>): Node | undefined {
  const child = asNode(parent?.[key]);
  if (!parent || !child) return undefined;
  const copy = copyOnce(child, copies);
  parent[key] = copy;
  return copy;
}

/** `parent[key]` copied once, or a new empty node there (a uiSchema node a translation needs). */
function childOf(parent: Node, key: string, copies: WeakSet<Node>): Node {
  const existing = childCopy(parent, key, copies);
  if (existing) return existing;
  const created: Node = {};
  copies.add(created);
  parent[key] = created;
  return created;
}
