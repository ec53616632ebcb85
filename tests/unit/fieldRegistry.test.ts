import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '../../runtime';
import { checkForm } from '../../runtime/definitions/checkForm';
import { checkMetaSchema } from '../../runtime/definitions/checkMetaSchema';
import { FIELD_TYPES } from '../../runtime/forms/fields';
import { addField } from '../../editor/features/forms/model/formEdits';
import { readField, writeField } from '../../editor/features/forms/model/formPaths';
import { flattenFields, toFieldTree } from '../../editor/features/forms/model/toFieldTree';

const folder = join(import.meta.dirname, '../../definitions/forms');
const seeds = readdirSync(folder).map(
  (file) => JSON.parse(readFileSync(join(folder, file), 'utf8')) as FormDefinition,
);

const emptyForm = (): FormDefinition => ({
  kind: 'form',
  formatVersion: 1,
  id: 'test-form',
  version: 1,
  title: { da: 'Test', en: 'Test' },
  subject: 'child',
  schema: { type: 'object', properties: {}, additionalProperties: false, required: [] },
  uiSchema: { 'ui:order': [] },
  translations: { en: {} },
});

describe('the field registry on the seed forms', () => {
  it('opens every seed form (39 or more)', () => {
    expect(seeds.length).toBeGreaterThanOrEqual(39);
  });

  it.each(seeds.map((form) => [form.id, form] as const))(
    'gives every field of %s a type and round-trips it unchanged',
    (_id, form) => {
      const fields = flattenFields(toFieldTree(form));
      expect(fields.length).toBeGreaterThan(0);
      for (const field of fields) {
        const node = readField(form, field.path);
        expect(node, field.path).toBeDefined();
        const properties = field.type.read(node!);
        const applied = field.type.apply(node!, structuredClone(properties));
        expect(applied, `${form.id} ${field.path} (${field.type.id})`).toEqual(node);
        expect(writeField(form, field.path, applied)).toEqual(form);
      }
    },
  );

  it('recognises the domain field types in the seeds', () => {
    const counts = new Map<string, number>();
    for (const form of seeds)
      for (const field of flattenFields(toFieldTree(form)))
        counts.set(field.type.id, (counts.get(field.type.id) ?? 0) + 1);
    for (const id of [
      'shortText',
      'longText',
      'date',
      'integer',
      'number',
      'yesNo',
      'singleChoice',
      'ratingScale',
      'multipleChoice',
      'section',
      'repeatingGroup',
      'instrument',
    ])
      expect(counts.get(id), id).toBeGreaterThan(0);
    // Only shapes outside the curated palette (a list of free texts) fall back to the advanced type.
    expect(counts.get('advanced') ?? 0).toBeLessThanOrEqual(2);
  });
});

describe('every field type', () => {
  it.each(FIELD_TYPES.map((type) => [type.id, type] as const))(
    '%s creates a field that passes the meta-schema and the cross-checks',
    (id, type) => {
      const { doc, path } = addField(emptyForm(), '', 0, id);
      expect(checkMetaSchema(doc, 'test')).toEqual([]);
      expect(checkForm(doc, 'test')).toEqual([]);
      const field = flattenFields(toFieldTree(doc)).find((entry) => entry.path === path)!;
      expect(field.type.id).toBe(id === 'advanced' ? 'advanced' : id);
      const node = readField(doc, path)!;
      expect(type.apply(node, type.read(node))).toEqual(node);
    },
  );

  it.each(FIELD_TYPES.map((type) => [type.id, type] as const))(
    '%s has a properties form that is itself a valid form',
    (_id, type) => {
      const form: FormDefinition = {
        ...emptyForm(),
        schema: type.properties.schema,
        uiSchema: type.properties.uiSchema,
        translations: { en: type.properties.translations },
      };
      expect(checkMetaSchema(form, 'properties')).toEqual([]);
      expect(checkForm(form, 'properties')).toEqual([]);
    },
  );
});
