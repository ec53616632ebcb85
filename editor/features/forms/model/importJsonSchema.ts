import type { FormDefinition } from '../../../../runtime';
import type { FieldNode } from '../../../../runtime/forms/fields';
import { createKey, insertField } from './formEdits';
import { joinPath, readHolder, readOrder } from './formPaths';

type Node = Record<string, unknown>;

export interface ImportProblem {
  /** Where in the imported schema (a JSON pointer) or uiSchema (`ui:` prefix). */
  path: string;
  feature: string;
}

export interface ImportResult {
  fields: { key: string; node: FieldNode; children: ImportResult['fields'] }[];
  unsupported: ImportProblem[];
}

/** Keywords the builder edits or renders as they are. */
const KEPT = new Set([
  'type',
  'title',
  'description',
  'format',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'uniqueItems',
  'default',
  'multipleOf',
]);
/** Advanced JSON Schema: kept in advanced mode, listed and left out otherwise. */
const ADVANCED = new Set([
  'pattern',
  'oneOf',
  'anyOf',
  'allOf',
  'not',
  'if',
  'then',
  'else',
  'dependencies',
  'dependentRequired',
  'dependentSchemas',
  'const',
  'patternProperties',
]);
/** Texts shown to users; the runtime refuses HTML in them (runtime/definitions/checkForm), so it is not imported. */
const TEXT_KEYS = new Set([
  'title',
  'description',
  'ui:title',
  'ui:description',
  'ui:help',
  'ui:placeholder',
]);
const HTML = /<[a-zA-Z/!]/;
const FORMATS = new Set(['date', 'date-time', 'time', 'email', 'uri']);
const WIDGETS = new Set(['radio', 'select', 'checkboxes', 'textarea', 'checkbox']);
const UI_KEPT = new Set([
  'ui:widget',
  'ui:help',
  'ui:placeholder',
  'ui:order',
  'ui:description',
  'ui:title',
  'ui:enumNames',
  'items',
]);

/**
 * A plain JSON Schema + uiSchema (e.g. a react-jsonschema-form playground sample) as builder fields.
 * `enum` becomes choices with stable codes; `$ref`, `definitions` and whatever the renderer cannot show are
 * not imported but listed, and advanced JSON Schema is kept only in advanced mode — never dropped silently.
 */
export function importJsonSchema(schema: unknown, uiSchema: unknown, advanced: boolean): ImportResult {
  const unsupported: ImportProblem[] = [];
  const root = asNode(schema);
  if (!root || root.type !== 'object' || !asNode(root.properties)) {
    return {
      fields: [],
      unsupported: [{ path: '/', feature: 'the schema must be an object with properties' }],
    };
  }
  // The form keeps its own title and description: the imported schema's are listed, not taken.
  for (const key of Object.keys(root))
    if (!['type', 'properties', 'required', '$schema', 'additionalProperties'].includes(key))
      unsupported.push({ path: `/${key}`, feature: key });
  return { fields: toFields(root, asNode(uiSchema) ?? {}, '', advanced, unsupported), unsupported };
}

function toFields(
  holder: Node,
  ui: Node,
  pointer: string,
  advanced: boolean,
  unsupported: ImportProblem[],
): ImportResult['fields'] {
  const properties = asNode(holder.properties) ?? {};
  const required = Array.isArray(holder.required) ? (holder.required as string[]) : [];
  const order = Array.isArray(ui['ui:order'])
    ? (ui['ui:order'] as string[]).filter((key) => key in properties)
    : [];
  const keys = [...order, ...Object.keys(properties).filter((key) => !order.includes(key))];
  return keys.flatMap((key) => {
    const at = `${pointer}/properties/${key}`;
    if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(key)) {
      unsupported.push({ path: at, feature: `field name '${key}'` });
      return [];
    }
    const source = asNode(properties[key]) ?? {};
    if ('$ref' in source) {
      unsupported.push({ path: at, feature: '$ref' });
      return [];
    }
    const fieldUi = asNode(ui[key]) ?? {};
    const converted = toSchema(source, fieldUi, at, advanced, unsupported);
    const childHolder =
      converted.type === 'object' ? source : converted.type === 'array' ? asNode(source.items) : undefined;
    const childUi = converted.type === 'array' ? (asNode(fieldUi.items) ?? {}) : fieldUi;
    const children =
      childHolder && asNode(childHolder.properties)
        ? toFields(
            childHolder,
            childUi,
            converted.type === 'array' ? `${at}/items` : at,
            advanced,
            unsupported,
          )
        : [];
    // Children are inserted by the builder one by one (with their own ui and translations).
    if (children.length > 0) {
      if (converted.type === 'object') converted.properties = {};
      else converted.items = { ...asNode(converted.items), properties: {} };
    }
    return [
      {
        key,
        node: {
          schema: converted,
          ui: toUi(fieldUi, at, unsupported),
          required: required.includes(key),
          translation: undefined,
        },
        children,
      },
    ];
  });
}

function toSchema(source: Node, ui: Node, at: string, advanced: boolean, unsupported: ImportProblem[]): Node {
  const schema: Node = {};
  for (const [keyword, value] of Object.entries(source)) {
    if (TEXT_KEYS.has(keyword) && typeof value === 'string' && HTML.test(value)) {
      unsupported.push({ path: `${at}/${keyword}`, feature: `HTML in ${keyword}` });
    } else if (KEPT.has(keyword)) {
      if (keyword === 'format' && !FORMATS.has(String(value))) {
        unsupported.push({ path: `${at}/format`, feature: `format '${String(value)}'` });
        continue;
      }
      schema[keyword] = value;
    } else if (keyword === 'enum' && Array.isArray(value)) {
      const names = (
        Array.isArray(source.enumNames)
          ? source.enumNames
          : Array.isArray(ui['ui:enumNames'])
            ? ui['ui:enumNames']
            : []
      ) as unknown[];
      schema.oneOf = (value as unknown[]).map((code, index) => {
        const name = names[index];
        if (typeof name !== 'string' || !HTML.test(name))
          return { const: code, title: typeof name === 'string' ? name : String(code) };
        unsupported.push({ path: `${at}/enumNames/${index}`, feature: 'HTML in enumNames' });
        return { const: code, title: String(code) };
      });
    } else if (keyword === 'items') {
      const items = asNode(value);
      if (items) schema.items = toSchema(items, asNode(ui.items) ?? {}, `${at}/items`, advanced, unsupported);
    } else if (keyword === 'properties' || keyword === 'required' || keyword === 'enumNames') {
      // Children are imported as fields of their own; enumNames became the choices' titles.
      if (keyword === 'required') schema.required = value;
    } else if (keyword === 'additionalProperties' && typeof value === 'boolean') {
      schema.additionalProperties = value;
    } else if (advanced && ADVANCED.has(keyword)) {
      schema[keyword] = value;
    } else {
      unsupported.push({ path: `${at}/${keyword}`, feature: keyword });
    }
  }
  if (schema.type === 'object' && !('properties' in schema)) schema.properties = {};
  return schema;
}

function toUi(ui: Node, at: string, unsupported: ImportProblem[]): Node {
  const result: Node = {};
  for (const [key, value] of Object.entries(ui)) {
    if (!key.startsWith('ui:')) continue;
    if (!UI_KEPT.has(key) || (key === 'ui:widget' && !WIDGETS.has(String(value)))) {
      unsupported.push({
        path: `ui:${at}/${key}`,
        feature: key === 'ui:widget' ? `widget '${String(value)}'` : key,
      });
      continue;
    }
    if (TEXT_KEYS.has(key) && typeof value === 'string' && HTML.test(value)) {
      unsupported.push({ path: `ui:${at}/${key}`, feature: `HTML in ${key}` });
      continue;
    }
    if (key === 'ui:enumNames' || key === 'ui:order') continue;
    if (key === 'ui:widget' && value === 'checkbox') continue;
    result[key] = value;
  }
  return result;
}

/** Adds imported fields at the end of the form (a key already used gets a number). */
export function addImportedFields(
  doc: FormDefinition,
  fields: ImportResult['fields'],
  parent = '',
): FormDefinition {
  let next = doc;
  for (const field of fields) {
    const key = createKey(next, parent, field.key);
    const index = readOrder(readHolder(next, parent)!).length;
    next = insertField(next, parent, index, key, field.node);
    next = addImportedFields(next, field.children, joinPath(next, parent, key));
  }
  return next;
}

function asNode(value: unknown): Node | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Node) : undefined;
}
