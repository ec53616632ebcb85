import type { FormDefinition } from '../../../../runtime';
import { useFeatureText } from '../../../i18n/useFeatureText';
import type { DraftConflict } from '../../editing/useDefinitionDraft';
import { formsTexts } from '../text';

/** Another editor saved first: say who, and let the user keep their version or take the other. */
export function ConflictNotice({
  conflict,
  onResolve,
}: {
  conflict: DraftConflict<FormDefinition>;
  onResolve: (choice: 'mine' | 'theirs') => void;
}) {
  const text = useFeatureText(formsTexts);
  return (
    <div className="alert alert-warning" role="alert">
      <div className="alert-body">
        <p className="alert-heading">{text.conflictTitle}</p>
        <p className="alert-text">{text.conflictText(conflict.theirs.updatedBy.name)}</p>
        <div className="builder-buttons">
          <button type="button" className="button button-primary" onClick={() => onResolve('mine')}>
            {text.keepMine}
          </button>
          <button type="button" className="button button-secondary" onClick={() => onResolve('theirs')}>
            {text.takeTheirs}
          </button>
        </div>
      </div>
    </div>
  );
}
