import type { FieldTranslation, JsonSchema } from '../../definitions/types';
import type { FieldNode, FieldProperties, PropertiesForm } from './fieldTypes';

type Node = Record<string, unknown>;

/** Property schemas shared by most field types (labels and help in both languages, required). */
export const COMMON_PROPERTIES: Record<string, JsonSchema> = {
  label: { type: 'string', title: 'Spørgsmål/etiket (dansk)', minLength: 1, maxLength: 2000 },
  labelEn: { type: 'string', title: 'Spørgsmål/etiket (engelsk)', maxLength: 2000 },
  help: { type: 'string', title: 'Hjælpetekst (dansk)', maxLength: 2000 },
  helpEn: { type: 'string', title: 'Hjælpetekst (engelsk)', maxLength: 2000 },
  required: { type: 'boolean', title: 'Skal udfyldes' },
  messageRequired: { type: 'string', title: 'Fejlbesked når feltet mangler (dansk)', maxLength: 500 },
  messageRequiredEn: { type: 'string', title: 'Fejlbesked når feltet mangler (engelsk)', maxLength: 500 },
};

const COMMON_EN: Record<string, FieldTranslation> = {
  label: { title: 'Question/label (Danish)' },
  labelEn: { title: 'Question/label (English)' },
  help: { title: 'Help text (Danish)' },
  helpEn: { title: 'Help text (English)' },
  required: { title: 'Must be filled in' },
  messageRequired: { title: 'Error message when the field is missing (Danish)' },
  messageRequiredEn: { title: 'Error message when the field is missing (English)' },
};

const COMMON_UI: Record<string, unknown> = {
  help: { 'ui:widget': 'textarea', 'ui:options': { rows: 2 } },
  helpEn: { 'ui:widget': 'textarea', 'ui:options': { rows: 2 } },
};

/**
 * A properties form: the common properties named in `common` plus the type's own, in that order.
 * Danish labels in the schema, English in `translations` (as in every form definition).
 */
export function createPropertiesForm(
  common: (keyof typeof COMMON_PROPERTIES)[],
  own: Record<string, JsonSchema> = {},
  ownEn: Record<string, FieldTranslation> = {},
  ownUi: Record<string, unknown> = {},
): PropertiesForm {
  const properties: Record<string, JsonSchema> = {};
  const translations: Record<string, FieldTranslation> = {};
  const uiSchema: Record<string, unknown> = {};
  for (const name of common) {
    properties[name] = COMMON_PROPERTIES[name]!;
    translations[name] = COMMON_EN[name]!;
    if (COMMON_UI[name]) uiSchema[name] = COMMON_UI[name];
  }
  Object.assign(properties, own);
  for (const [name, translation] of Object.entries(ownEn))
    if (name.split(/[.[]/)[0]! in own) translations[name] = translation;
  Object.assign(uiSchema, ownUi);
  return {
    schema: { type: 'object', properties, required: common.includes('label') ? ['label'] : [] },
    uiSchema: { ...uiSchema, 'ui:order': Object.keys(properties) },
    translations,
  };
}

/** Reads the common properties. Absent values stay absent, so that writing them back changes nothing. */
export function readCommon(node: FieldNode): FieldProperties {
  const messages = asNode(node.ui['ui:messages']);
  const required = asNode(messages?.required);
  return compact({
    label: node.schema.title,
    labelEn: node.translation?.title,
    help: 'description' in node.schema ? node.schema.description : node.ui['ui:help'],
    helpEn: node.translation?.description,
    required: node.required,
    messageRequired: required?.da,
    messageRequiredEn: required?.en,
  });
}

export function applyCommon(node: FieldNode, properties: FieldProperties): FieldNode {
  const schema = { ...node.schema };
  const ui = { ...node.ui };
  setOrDelete(schema, 'title', text(properties.label));
  if ('description' in node.schema) setOrDelete(schema, 'description', text(properties.help));
  else setOrDelete(ui, 'ui:help', text(properties.help));
  const translation = { ...node.translation };
  setOrDelete(translation, 'title', text(properties.labelEn));
  setOrDelete(translation, 'description', text(properties.helpEn));
  applyMessage(ui, 'required', properties.messageRequired, properties.messageRequiredEn);
  return {
    schema,
    ui,
    required: properties.required === true,
    translation: Object.keys(translation).length > 0 ? translation : undefined,
  };
}

/** Custom validation messages live in the uiSchema: `"ui:messages": { keyword: { da, en } }`. */
export function applyMessage(ui: Node, keyword: string, da: unknown, en: unknown): void {
  const messages = { ...asNode(ui['ui:messages']) };
  const danish = text(da);
  const english = text(en);
  if (danish || english) messages[keyword] = compact({ da: danish, en: english });
  else delete messages[keyword];
  setOrDelete(ui, 'ui:messages', Object.keys(messages).length > 0 ? messages : undefined);
}

export function readMessage(ui: Node, keyword: string): { da?: unknown; en?: unknown } {
  const message = asNode(asNode(ui['ui:messages'])?.[keyword]);
  return { da: message?.da, en: message?.en };
}

export function setOrDelete(target: Node, key: string, value: unknown): void {
  if (value === undefined) delete target[key];
  else target[key] = value;
}

export function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function number(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function compact(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
}

export function asNode(value: unknown): Node | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Node) : undefined;
}

/** Writes schema keywords from properties: a number, or absent. */
export function applyNumbers(schema: Node, properties: FieldProperties, keys: string[]): void {
  for (const key of keys) setOrDelete(schema, key, number(properties[key]));
}

export function readNumbers(schema: Node, keys: string[]): FieldProperties {
  return compact(Object.fromEntries(keys.map((key) => [key, number(schema[key])])));
}
