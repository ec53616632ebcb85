import { describe, expect, it } from 'vitest';
import type { JsonSchema } from '../../runtime';
import { toPages } from '../../runtime/rendering/toPages';

const schema: JsonSchema = {
  type: 'object',
  properties: {
    date: { type: 'string', title: 'Dato' },
    who: { type: 'string', title: 'Hvem' },
    visit: { type: 'object', title: 'Besøget', properties: { a: { type: 'string' } } },
    attempts: { type: 'array', title: 'Kontaktforsøg', items: { type: 'string' } },
    note: { type: 'string', title: 'Bemærkning' },
    closing: { type: 'object', title: 'Afslutning', properties: { b: { type: 'string' } } },
  },
};

describe('pages of a multi-page form', () => {
  it('makes every top-level section a page and keeps the fields between sections together', () => {
    expect(toPages(schema, { 'ui:options': { pages: true } })).toEqual([
      { names: ['date', 'who'], title: '' },
      { names: ['visit'], title: 'Besøget' },
      { names: ['attempts', 'note'], title: '' },
      { names: ['closing'], title: 'Afslutning' },
    ]);
  });

  it('follows ui:order, with * standing for the fields it does not list', () => {
    const pages = toPages(schema, { 'ui:options': { pages: true }, 'ui:order': ['closing', '*', 'date'] });
    expect(pages?.map((p) => p.names)).toEqual([
      ['closing'],
      ['who'],
      ['visit'],
      ['attempts', 'note', 'date'],
    ]);
  });

  it('shows a form on one page unless it asks for pages, or when it would have only one', () => {
    expect(toPages(schema, {})).toBeUndefined();
    const flat: JsonSchema = { type: 'object', properties: { a: { type: 'string' }, b: { type: 'string' } } };
    expect(toPages(flat, { 'ui:options': { pages: true } })).toBeUndefined();
  });
});
