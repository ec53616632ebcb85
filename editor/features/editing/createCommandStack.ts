/**
 * An edit to a document as a typed command (design.md §7.3): pure `execute`/`revert` on immutable documents,
 * so undo/redo needs no DOM and every builder edit can be tested on its own.
 */
export interface Command<D> {
  /** What the edit did, for the undo/redo buttons ("Tilføj felt 'Dato for besøg'"). */
  label: string;
  execute: (doc: D) => D;
  revert: (doc: D) => D;
}

export interface CommandStack<D> {
  readonly doc: D;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly undoLabel: string | undefined;
  readonly redoLabel: string | undefined;
  run: (command: Command<D>) => CommandStack<D>;
  undo: () => CommandStack<D>;
  redo: () => CommandStack<D>;
}

/** How many edits undo reaches back; older ones are dropped so a long session does not grow without bound. */
export const UNDO_LIMIT = 200;

/** An immutable undo/redo stack: every operation returns a new stack, so React state can hold it as is. */
export function createCommandStack<D>(
  doc: D,
  past: readonly Command<D>[] = [],
  future: readonly Command<D>[] = [],
): CommandStack<D> {
  const stack: CommandStack<D> = {
    doc,
    canUndo: past.length > 0,
    canRedo: future.length > 0,
    undoLabel: past.at(-1)?.label,
    redoLabel: future.at(-1)?.label,
    run(command) {
      const next = command.execute(doc);
      if (Object.is(next, doc)) return stack;
      return createCommandStack(next, [...past, command].slice(-UNDO_LIMIT), []);
    },
    undo() {
      const command = past.at(-1);
      if (!command) return stack;
      return createCommandStack(command.revert(doc), past.slice(0, -1), [...future, command]);
    },
    redo() {
      const command = future.at(-1);
      if (!command) return stack;
      return createCommandStack(command.execute(doc), [...past, command], future.slice(0, -1));
    },
  };
  return stack;
}

/**
 * A command that replaces the whole document (the JSON view, an import, taking the other editor's version in a
 * conflict): its revert restores exactly the document it replaced.
 */
export function replaceDocument<D>(label: string, before: D, after: D): Command<D> {
  return { label, execute: () => after, revert: () => before };
}
