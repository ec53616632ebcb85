import { describe, expect, it } from 'vitest';
import { createEmptyForm } from '../../editor/features/forms/createEmptyForm';
import { compareVersions } from '../../editor/features/forms/model/compareVersions';
import { addField, moveField, removeField } from '../../editor/features/forms/model/formEdits';
import { writeField, readField } from '../../editor/features/forms/model/formPaths';

// Two editors saved the same draft: the one whose save is refused sees where the two versions differ.

const base = (() => {
  let doc = createEmptyForm('F99-conflict', 'Konflikt');
  doc = addField(doc, '', 0, 'section').doc;
  doc = addField(doc, 'section', 0, 'shortText').doc;
  doc = addField(doc, 'section', 1, 'date').doc;
  return doc;
})();
const relabel = (doc: typeof base, path: string, title: string) => {
  const field = readField(doc, path)!;
  return writeField(doc, path, { ...field, schema: { ...field.schema, title } });
};

describe('comparing two versions of a form in a conflict', () => {
  it('finds nothing between equal versions', () => {
    expect(compareVersions(base, structuredClone(base))).toEqual({ fields: [], others: false });
  });

  it('lists a field changed in each version with its label in both, and not its container', () => {
    const mine = relabel(base, 'section.shortText', 'Navn på barnet');
    const theirs = relabel(base, 'section.shortText', 'Barnets fulde navn');
    expect(compareVersions(mine, theirs)).toEqual({
      fields: [{ path: 'section.shortText', mine: 'Navn på barnet', theirs: 'Barnets fulde navn' }],
      others: false,
    });
  });

  it('lists fields only one version has, and says when the order or the rest differs', () => {
    const mine = addField(base, 'section', 2, 'yesNo').doc;
    const theirs = removeField(base, 'section.date');
    expect(compareVersions(mine, theirs).fields).toEqual([
      { path: 'section.date', mine: 'Dato', theirs: undefined },
      { path: 'section.yesNo', mine: 'Ja/nej', theirs: undefined },
    ]);
    const moved = moveField(base, 'section.date', 'section', 0);
    expect(compareVersions(base, moved)).toEqual({ fields: [], others: true });
    expect(compareVersions(base, { ...base, title: { da: 'Andet', en: 'Other' } }).others).toBe(true);
  });
});
