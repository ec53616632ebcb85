import { useId } from 'react';
import type { FormDefinition } from '../../../../runtime';
import { useFeatureText } from '../../../i18n/useFeatureText';
import type { DefinitionDraftState } from '../../editing/useDefinitionDraft';
import { formsTexts } from '../text';

export type BuilderView = 'visual' | 'json';

interface Props {
  draft: DefinitionDraftState<FormDefinition>;
  view: BuilderView;
  onView: (view: BuilderView) => void;
  advanced: boolean;
  onAdvanced: (advanced: boolean) => void;
  importOpen: boolean;
  onImport: () => void;
}

/** Undo/redo, save state, the two views, advanced mode, import and export. */
export function BuilderToolbar({ draft, view, onView, advanced, onAdvanced, importOpen, onImport }: Props) {
  const text = useFeatureText(formsTexts);
  const id = useId();
  const exportFile = () => {
    const blob = new Blob([`${JSON.stringify(draft.doc, null, 2)}\n`], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `${draft.doc.id}.v${draft.doc.version}.json`;
    link.click();
    URL.revokeObjectURL(url);
  };
  return (
    <div className="builder-toolbar" role="toolbar" aria-label={text.toolbar}>
      <button
        type="button"
        className="button button-secondary"
        disabled={!draft.canUndo}
        onClick={draft.undo}
        aria-label={draft.undoLabel ? text.undoWhat(draft.undoLabel) : text.undo}
      >
        ↶ {text.undo}
      </button>
      <button
        type="button"
        className="button button-secondary"
        disabled={!draft.canRedo}
        onClick={draft.redo}
        aria-label={draft.redoLabel ? text.redoWhat(draft.redoLabel) : text.redo}
      >
        ↷ {text.redo}
      </button>
      <span className="builder-save" role="status" aria-live="polite">
        {text.saveStatus[draft.saveStatus]}
      </span>
      {draft.saveStatus === 'unsaved' || draft.saveStatus === 'error' ? (
        <button type="button" className="button button-tertiary" onClick={draft.saveNow}>
          {text.saveNow}
        </button>
      ) : null}
      <span className="builder-toolbar-group" role="group" aria-label={text.views}>
        <button
          type="button"
          className="button button-secondary"
          aria-pressed={view === 'visual'}
          onClick={() => onView('visual')}
        >
          {text.viewVisual}
        </button>
        <button
          type="button"
          className="button button-secondary"
          aria-pressed={view === 'json'}
          onClick={() => onView('json')}
        >
          {text.viewJson}
        </button>
      </span>
      <span className="form-group-checkbox builder-advanced">
        <input
          id={`${id}-advanced`}
          type="checkbox"
          className="form-checkbox"
          checked={advanced}
          onChange={(event) => onAdvanced(event.target.checked)}
        />
        <label htmlFor={`${id}-advanced`}>{text.advancedMode}</label>
      </span>
      <button type="button" className="button button-tertiary" aria-expanded={importOpen} onClick={onImport}>
        {text.importFile}
      </button>
      <button type="button" className="button button-tertiary" onClick={exportFile}>
        {text.exportFile}
      </button>
    </div>
  );
}
