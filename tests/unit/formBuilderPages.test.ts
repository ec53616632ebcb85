import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '../../runtime';
import { isPaged, setPaged } from '../../editor/features/forms/model/setPaged';

const form = {
  kind: 'form',
  formatVersion: 1,
  id: 'x',
  version: 1,
  title: { da: 'X', en: 'X' },
  subject: 'child',
  schema: { type: 'object', properties: {} },
  uiSchema: { 'ui:options': { label: false }, 'ui:order': ['a'] },
} as unknown as FormDefinition;

describe('sections as pages in the form builder', () => {
  it('turns paging on and off and keeps the form’s other layout options', () => {
    const paged = setPaged(form, true);
    expect(isPaged(paged)).toBe(true);
    expect(paged.uiSchema).toEqual({ 'ui:options': { label: false, pages: true }, 'ui:order': ['a'] });
    expect(setPaged(paged, false).uiSchema).toEqual(form.uiSchema);
    expect(isPaged(form)).toBe(false);
  });

  it('leaves no empty ui:options behind', () => {
    const bare = { ...form, uiSchema: {} } as FormDefinition;
    expect(setPaged(setPaged(bare, true), false).uiSchema).toEqual({});
  });
});
