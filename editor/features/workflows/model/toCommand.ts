import type { WorkflowDefinition } from '../../../../runtime';
import type { Command } from '../../editing/createCommandStack';

/**
 * A designer edit as a command: `execute` runs the pure edit, `revert` gives back exactly the document the
 * edit was applied to (the stack only ever reverts the document the command produced, so that is safe).
 */
export function toCommand(
  label: string,
  edit: (definition: WorkflowDefinition) => WorkflowDefinition,
): Command<WorkflowDefinition> {
  let before: WorkflowDefinition | undefined;
  return {
    label,
    execute(doc) {
      before = doc;
      return edit(doc);
    },
    revert(doc) {
      return before ?? doc;
    },
  };
}
