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
 * The definition is never mutated. Computed fields (`=id`) are not in the schema and are left to the caller.
 */
export function localizeForm(form: FormDefinition, language: Language): LocalizedForm {
  const schema = structuredClone(form.schema);
  const uiSchema = structuredClone(form.uiSchema ?? {});
  const localized = {
    title: toText(form.title, language),
    description: toText(form.description, language),
    schema,
    uiSchema,
  };
  if (language === 'da') return localized;
  for (const [path, translation] of Object.entries(form.translations?.en ?? {})) {
    if (path.startsWith('=')) continue;
    const target = locate(schema, uiSchema, path);
    if (target) applyTranslation(target.schema, target.ui, translation);
  }
  return localized;
}

/** Finds the schema and uiSchema nodes of a dotted path, creating uiSchema nodes on the way (on the clone). */
function locate(schema: JsonSchema, uiSchema: Node, path: string): { schema: Node; ui: Node } | undefined {
  let node: Node | undefined = schema;
  let ui = uiSchema;
  for (const segment of path.split('.')) {
    const isItems = segment.endsWith('[]');
    const name = isItems ? segment.slice(0, -2) : segment;
    node = asNode(asNode(node?.properties)?.[name]);
    ui = childOf(ui, name);
    if (isItems) {
      node = asNode(node?.items);
      ui = childOf(ui, 'items');
    }
    if (!node) return undefined;
  }
  return node ? { schema: node, ui } : undefined;
}

function applyTranslation(schema: Node, ui: Node, translation: FieldTranslation): void {
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
    const choices = [schema, asNode(schema.items)].filter((n): n is Node => n !== undefined);
    for (const choice of choices)
      translateOptions(choice, choice === schema ? ui : childOf(ui, 'items'), translation.options);
  }
}

function translateOptions(schema: Node, ui: Node, options: Record<string, string>): void {
  for (const key of ['oneOf', 'anyOf'] as const) {
    const alternatives = schema[key];
    if (!Array.isArray(alternatives)) continue;
    for (const alternative of alternatives) {
      const option = asNode(alternative);
      if (!option || !('const' in option)) continue;
      const label = options[String(option.const)];
      if (label !== undefined) option.title = label;
    }
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

function childOf(parent: Node, key: string): Node {
  const existing = asNode(parent[key]);
  if (existing) return existing;
  const created: Node = {};
  parent[key] = created;
  return created;
}
