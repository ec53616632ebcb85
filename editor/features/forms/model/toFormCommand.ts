import type { FormDefinition } from '../../../../runtime';
import type { Command } from '../../editing/createCommandStack';

/**
 * A typed builder edit as an undoable command. `execute` is a pure edit of an immutable form; `revert`
 * gives back the exact form the edit started from (remembered per result, so redo after undo works and
 * nothing is recomputed or lost, whatever the edit dropped).
 */
export function toFormCommand(
  label: string,
  edit: (doc: FormDefinition) => FormDefinition,
): Command<FormDefinition> {
  const before = new WeakMap<FormDefinition, FormDefinition>();
  return {
    label,
    execute: (doc) => {
      const next = edit(doc);
      if (next !== doc) before.set(next, doc);
      return next;
    },
    revert: (doc) => before.get(doc) ?? doc,
  };
}
