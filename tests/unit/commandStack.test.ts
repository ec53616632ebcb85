import { describe, expect, it } from 'vitest';
import {
  createCommandStack,
  replaceDocument,
  UNDO_LIMIT,
  type Command,
} from '../../editor/features/editing/createCommandStack';

interface Doc {
  fields: string[];
}

const addField = (name: string): Command<Doc> => ({
  label: `Tilføj ${name}`,
  execute: (doc) => ({ fields: [...doc.fields, name] }),
  revert: (doc) => ({ fields: doc.fields.filter((f) => f !== name) }),
});

describe('the command stack behind undo and redo', () => {
  it('undoes and redoes edits in order, naming the edit each button would undo or redo', () => {
    const stack = createCommandStack<Doc>({ fields: [] }).run(addField('a')).run(addField('b'));
    expect(stack.doc.fields).toEqual(['a', 'b']);
    expect(stack.undoLabel).toBe('Tilføj b');
    const undone = stack.undo();
    expect(undone.doc.fields).toEqual(['a']);
    expect(undone.redoLabel).toBe('Tilføj b');
    expect(undone.undo().doc.fields).toEqual([]);
    expect(undone.undo().canUndo).toBe(false);
    expect(undone.redo().doc.fields).toEqual(['a', 'b']);
  });

  it('drops the redo branch when a new edit follows an undo', () => {
    const stack = createCommandStack<Doc>({ fields: [] }).run(addField('a')).undo().run(addField('c'));
    expect(stack.canRedo).toBe(false);
    expect(stack.redo().doc.fields).toEqual(['c']);
  });

  it('leaves the documents it was given untouched (each state is a new object)', () => {
    const start: Doc = { fields: ['x'] };
    const stack = createCommandStack(start).run(addField('y'));
    expect(start.fields).toEqual(['x']);
    expect(stack.undo().doc).not.toBe(start);
  });

  it('ignores an edit that changes nothing, so undo does not need an extra press', () => {
    const noop: Command<Doc> = { label: 'intet', execute: (doc) => doc, revert: (doc) => doc };
    const stack = createCommandStack<Doc>({ fields: [] }).run(noop);
    expect(stack.canUndo).toBe(false);
  });

  it('keeps at most the undo limit of edits', () => {
    let stack = createCommandStack<Doc>({ fields: [] });
    for (let i = 0; i < UNDO_LIMIT + 5; i++) stack = stack.run(addField(`f${i}`));
    let undos = 0;
    while (stack.canUndo) {
      stack = stack.undo();
      undos++;
    }
    expect(undos).toBe(UNDO_LIMIT);
    expect(stack.doc.fields).toHaveLength(5);
  });

  it('replaces the whole document and restores exactly the one it replaced', () => {
    const before: Doc = { fields: ['a'] };
    const after: Doc = { fields: ['z'] };
    const stack = createCommandStack(before).run(replaceDocument('JSON', before, after));
    expect(stack.doc).toBe(after);
    expect(stack.undo().doc).toBe(before);
  });
});
