import { describe, expect, it } from 'vitest';
import { checkForm } from '../../runtime/definitions/checkForm';
import { checkMetaSchema } from '../../runtime/definitions/checkMetaSchema';
import { createEmptyForm } from '../../editor/features/forms/createEmptyForm';
import { addImportedFields, importJsonSchema } from '../../editor/features/forms/model/importJsonSchema';
import { flattenFields, toFieldTree } from '../../editor/features/forms/model/toFieldTree';

// Shaped like the "Simple" and "Arrays" samples of the react-jsonschema-form playground.
const schema = {
  title: 'A registration form',
  type: 'object',
  required: ['firstName', 'lastName'],
  definitions: { thing: { type: 'string' } },
  properties: {
    firstName: { type: 'string', title: 'First name', default: 'Chuck' },
    lastName: { type: 'string', title: 'Last name' },
    age: { type: 'integer', title: 'Age' },
    bio: { type: 'string', title: 'Bio' },
    password: { type: 'string', title: 'Password', minLength: 3, pattern: '^[a-z]+$' },
    telephone: { type: 'string', title: 'Telephone', minLength: 10 },
    colour: { type: 'string', title: 'Colour', enum: ['red', 'green'], enumNames: ['Red', 'Green'] },
    ref: { $ref: '#/definitions/thing' },
    tasks: {
      type: 'array',
      title: 'Tasks',
      items: {
        type: 'object',
        required: ['title'],
        properties: { title: { type: 'string', title: 'Title' }, done: { type: 'boolean', title: 'Done?' } },
      },
    },
  },
  dependencies: { age: ['bio'] },
};
const uiSchema = {
  firstName: { 'ui:autofocus': true },
  bio: { 'ui:widget': 'textarea' },
  password: { 'ui:widget': 'password', 'ui:help': 'Hint: Make it strong!' },
};

describe('importing a plain JSON Schema + uiSchema', () => {
  it('imports what the builder supports and lists the rest, dropping nothing silently', () => {
    const result = importJsonSchema(schema, uiSchema, false);
    expect(result.fields.map((field) => field.key)).toEqual([
      'firstName',
      'lastName',
      'age',
      'bio',
      'password',
      'telephone',
      'colour',
      'tasks',
    ]);
    expect(result.unsupported).toEqual(
      expect.arrayContaining([
        { path: '/definitions', feature: 'definitions' },
        { path: '/dependencies', feature: 'dependencies' },
        { path: '/properties/ref', feature: '$ref' },
        { path: '/properties/password/pattern', feature: 'pattern' },
        { path: 'ui:/properties/firstName/ui:autofocus', feature: 'ui:autofocus' },
        { path: 'ui:/properties/password/ui:widget', feature: "widget 'password'" },
      ]),
    );
    const doc = addImportedFields(createEmptyForm('F99-import', 'Import'), result.fields);
    expect(checkMetaSchema(doc, 'import')).toEqual([]);
    expect(checkForm(doc, 'import')).toEqual([]);
    const types = Object.fromEntries(
      flattenFields(toFieldTree(doc)).map((field) => [field.path, field.type.id]),
    );
    expect(types).toMatchObject({
      firstName: 'shortText',
      age: 'integer',
      bio: 'longText',
      colour: 'singleChoice',
      tasks: 'repeatingGroup',
      'tasks[].title': 'shortText',
      'tasks[].done': 'yesNo',
    });
    expect(doc.schema.required).toEqual(['firstName', 'lastName']);
  });

  it('keeps advanced JSON Schema in advanced mode', () => {
    const result = importJsonSchema(schema, uiSchema, true);
    const password = result.fields.find((field) => field.key === 'password');
    expect(password?.node.schema.pattern).toBe('^[a-z]+$');
    expect(result.unsupported).not.toContainEqual({
      path: '/properties/password/pattern',
      feature: 'pattern',
    });
  });
});
