import { useCallback, useMemo, useState } from 'react';
import { createCommandStack, type Command, type CommandStack } from './createCommandStack';

export interface CommandHistory<D> {
  doc: D;
  run: (command: Command<D>) => void;
  undo: () => void;
  redo: () => void;
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | undefined;
  redoLabel: string | undefined;
  /** Starts a new history from `doc` (a freshly loaded draft): nothing to undo. */
  reset: (doc: D) => void;
}

/** The command stack as React state. */
export function useCommandHistory<D>(initial: D): CommandHistory<D> {
  const [stack, setStack] = useState<CommandStack<D>>(() => createCommandStack(initial));
  const run = useCallback((command: Command<D>) => setStack((s) => s.run(command)), []);
  const undo = useCallback(() => setStack((s) => s.undo()), []);
  const redo = useCallback(() => setStack((s) => s.redo()), []);
  const reset = useCallback((doc: D) => setStack(createCommandStack(doc)), []);
  return useMemo(
    () => ({
      doc: stack.doc,
      run,
      undo,
      redo,
      canUndo: stack.canUndo,
      canRedo: stack.canRedo,
      undoLabel: stack.undoLabel,
      redoLabel: stack.redoLabel,
      reset,
    }),
    [stack, run, undo, redo, reset],
  );
}
