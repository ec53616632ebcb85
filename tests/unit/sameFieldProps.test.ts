import type { RJSFSchema } from '@rjsf/utils';
import { describe, expect, it } from 'vitest';
import { sameFieldProps } from '../../runtime/rendering/fields/sameFieldProps';

// A field's props as rjsf's ObjectField hands them to SchemaField, with a registry holding the root schema
// and the validator; only the parts the comparison reads are filled in.
function props(schema: RJSFSchema, root: RJSFSchema, validator: object, extra: Record<string, unknown> = {}) {
  const registry = {
    rootSchema: root,
    schemaUtils: { getValidator: () => validator },
    formContext: extra.formContext ?? context,
    fields: {},
    widgets: {},
    templates: {},
    globalUiOptions: {},
  };
  return {
    name: 'field',
    schema,
    uiSchema: {},
    formData: extra.formData,
    onChange: () => {},
    registry,
  } as never;
}

const context = { language: 'da' };
const text: RJSFSchema = { type: 'string', title: 'Bemærkning' };
const choice: RJSFSchema = {
  type: 'string',
  title: 'Holdt?',
  oneOf: [
    { const: 'ja', title: 'Ja' },
    { const: 'nej', title: 'Nej' },
  ],
};
const conditional: RJSFSchema = {
  type: 'object',
  properties: { held: choice },
  if: { properties: { held: { const: 'nej' } } },
  then: { properties: { why: text } },
};
const referring: RJSFSchema = { $ref: '#/$defs/note' };
const alternatives: RJSFSchema = { oneOf: [{ type: 'string' }, { type: 'number' }] };

describe('whether a field of the form renders the same', () => {
  const root = { type: 'object' } as RJSFSchema;
  const grown = { type: 'object', properties: { added: text } } as RJSFSchema;
  const validator = {};

  it('is so for a plain field or a choice when only the root schema and validator are new', () => {
    for (const schema of [text, choice])
      expect(sameFieldProps(props(schema, root, validator), props({ ...schema }, grown, {}))).toBe(true);
  });

  it('is not so for a field with a $ref, a condition or schema alternatives', () => {
    for (const schema of [conditional, referring, alternatives]) {
      expect(sameFieldProps(props(schema, root, validator), props(schema, grown, validator))).toBe(false);
      expect(sameFieldProps(props(schema, root, validator), props(schema, root, {}))).toBe(false);
      expect(sameFieldProps(props(schema, root, validator), props(schema, root, validator))).toBe(true);
    }
  });

  it('is not so when its own schema, data or the form context changed', () => {
    const before = props(text, root, validator, { formData: 'a' });
    expect(sameFieldProps(before, props({ ...text, title: 'Ny' }, root, validator, { formData: 'a' }))).toBe(
      false,
    );
    expect(sameFieldProps(before, props(text, root, validator, { formData: 'b' }))).toBe(false);
    const english = props(text, root, validator, { formData: 'a', formContext: { language: 'en' } });
    expect(sameFieldProps(before, english)).toBe(false);
  });
});
