import type { DefinitionDraftState } from '../editing/useDefinitionDraft';
import type { WorkflowDefinition } from '../../../runtime';
import type { WorkflowsText } from './text';

interface Props {
  draft: DefinitionDraftState<WorkflowDefinition>;
  text: WorkflowsText['designer'];
}

/** Undo/redo with what they would undo, the save status and "save now". */
export function DesignerToolbar({ draft, text }: Props) {
  return (
    <div className="wf-toolbar" role="toolbar" aria-label={text.tabsLabel}>
      <button
        type="button"
        className="button button-secondary"
        disabled={!draft.canUndo}
        title={draft.undoLabel ? text.undoWhat(draft.undoLabel) : undefined}
        aria-label={draft.undoLabel ? text.undoWhat(draft.undoLabel) : text.undo}
        onClick={draft.undo}
      >
        {text.undo}
      </button>
      <button
        type="button"
        className="button button-secondary"
        disabled={!draft.canRedo}
        title={draft.redoLabel ? text.redoWhat(draft.redoLabel) : undefined}
        aria-label={draft.redoLabel ? text.redoWhat(draft.redoLabel) : text.redo}
        onClick={draft.redo}
      >
        {text.redo}
      </button>
      <span className={`wf-save wf-save-${draft.saveStatus}`} role="status" aria-live="polite">
        {text.save[draft.saveStatus]}
      </span>
      <button
        type="button"
        className="button button-secondary"
        disabled={
          draft.saveStatus === 'saved' || draft.saveStatus === 'readonly' || draft.saveStatus === 'conflict'
        }
        onClick={draft.saveNow}
      >
        {text.saveNow}
      </button>
      <a className="wf-versions-link" href="#/versions">
        {text.versionsLink}
      </a>
    </div>
  );
}
