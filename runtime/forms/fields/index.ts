// The builder's field registry (pure): one entry per field type, read by palette, properties and preview.
export { FIELD_TYPES, detectFieldType, getFieldType } from './fieldRegistry';
export { DEGREE_SCALE } from './choiceFields';
export type {
  FieldNode,
  FieldProperties,
  FieldType,
  FieldTypeId,
  PaletteGroup,
  PropertiesForm,
} from './fieldTypes';
