import type { Language, WorkflowDefinition } from '../../../runtime';
import { formatDateTime } from '../../i18n/formatDate';
import type { DraftConflict } from '../editing/useDefinitionDraft';
import type { WorkflowsText } from './text';

interface Props {
  conflict: DraftConflict<WorkflowDefinition>;
  text: WorkflowsText['designer'];
  onResolve: (choice: 'mine' | 'theirs') => void;
  language: Language;
}

/** Another editor saved the draft first: show whose and when, and let the user choose, never overwrite. */
export function ConflictNotice({ conflict, text, onResolve, language }: Props) {
  return (
    <div className="alert alert-warning wf-conflict" role="alert">
      <h2 className="alert-heading">{text.conflictTitle}</h2>
      <p className="alert-text">
        {text.conflictText(
          conflict.theirs.updatedBy.name,
          formatDateTime(conflict.theirs.updatedAt, language),
        )}
      </p>
      <div className="button-row">
        <button type="button" className="button button-secondary" onClick={() => onResolve('theirs')}>
          {text.takeTheirs}
        </button>
        <button type="button" className="button button-primary" onClick={() => onResolve('mine')}>
          {text.keepMine}
        </button>
      </div>
    </div>
  );
}
