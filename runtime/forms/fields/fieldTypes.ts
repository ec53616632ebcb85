import type { FieldTranslation, JsonSchema, LocalizedText } from '../../definitions/types';

/**
 * One field of a form as the builder edits it: its schema, its uiSchema node, whether its parent requires
 * it and its English translation. The builder reads these from the definition at the field's path and
 * writes them back, so a field type never needs to know where in the form it sits.
 */
export interface FieldNode {
  schema: JsonSchema;
  ui: Record<string, unknown>;
  required: boolean;
  translation: FieldTranslation | undefined;
}

export type PaletteGroup = 'text' | 'choice' | 'number' | 'layout' | 'advanced';

export type FieldTypeId =
  | 'shortText'
  | 'longText'
  | 'number'
  | 'integer'
  | 'date'
  | 'yesNo'
  | 'singleChoice'
  | 'ratingScale'
  | 'multipleChoice'
  | 'instrument'
  | 'repeatingGroup'
  | 'section'
  | 'infoText'
  | 'advanced';

/** A small form (rendered with the runtime's own FormView) that edits a field type's properties. */
export interface PropertiesForm {
  schema: JsonSchema;
  uiSchema: Record<string, unknown>;
  /** English labels of the properties form, by property path (as in a form definition). */
  translations: Record<string, FieldTranslation>;
}

export type FieldProperties = Record<string, unknown>;

/**
 * A field type: ONE entry carrying everything palette, canvas, property panel, preview and import need
 * (design.md §7). `detect` recognises the type in existing definitions, `create` gives a new field,
 * `read`/`apply` move between a field and its editable properties. `apply(node, read(node))` gives the node
 * back unchanged: keys a type does not edit are kept as they are.
 */
export interface FieldType {
  id: FieldTypeId;
  palette: {
    label: LocalizedText;
    /** One or two characters shown as the palette icon (text, so it needs no icon font). */
    icon: string;
    group: PaletteGroup;
    /** Offered only in advanced mode. */
    advanced?: boolean;
  };
  /** Holds child fields on the canvas (a section, a repeating group, an instrument's items). */
  container?: 'object' | 'array';
  detect: (schema: JsonSchema, ui: Record<string, unknown>) => boolean;
  create: () => FieldNode;
  /** Child fields a new container starts with (key → node). */
  createChildren?: () => Record<string, FieldNode>;
  properties: PropertiesForm;
  read: (node: FieldNode) => FieldProperties;
  apply: (node: FieldNode, properties: FieldProperties) => FieldNode;
}
