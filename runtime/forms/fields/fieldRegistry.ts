import type { JsonSchema } from '../../definitions/types';
import { advancedField } from './advancedField';
import { multipleChoiceField, ratingScaleField, singleChoiceField } from './choiceFields';
import type { FieldType, FieldTypeId } from './fieldTypes';
import { instrumentField, repeatingGroupField, sectionField } from './groupFields';
import { integerField, numberField } from './numberFields';
import { dateField, infoTextField, yesNoField } from './simpleFields';
import { longTextField, shortTextField } from './textFields';

/**
 * Every field type, most specific first: detection takes the first entry that recognises a schema, and
 * the advanced entry recognises everything, so every field of every definition has a type.
 * Palette order is the order of this list within each palette group.
 */
export const FIELD_TYPES: readonly FieldType[] = [
  shortTextField,
  longTextField,
  dateField,
  integerField,
  numberField,
  instrumentField,
  yesNoField,
  ratingScaleField,
  singleChoiceField,
  multipleChoiceField,
  sectionField,
  repeatingGroupField,
  infoTextField,
  advancedField,
];

/** Detection order: specific shapes before the general ones they would also match. */
const DETECTION_ORDER: readonly FieldType[] = [
  infoTextField,
  instrumentField,
  sectionField,
  repeatingGroupField,
  multipleChoiceField,
  yesNoField,
  ratingScaleField,
  singleChoiceField,
  dateField,
  longTextField,
  shortTextField,
  integerField,
  numberField,
  advancedField,
];

const byId = new Map(FIELD_TYPES.map((type) => [type.id, type]));

export function getFieldType(id: FieldTypeId): FieldType {
  const type = byId.get(id);
  if (!type) throw new Error(`Unknown field type '${id}'`);
  return type;
}

export function detectFieldType(schema: JsonSchema, ui: Record<string, unknown> | undefined): FieldType {
  return DETECTION_ORDER.find((type) => type.detect(schema, ui ?? {})) ?? advancedField;
}
