import { useMemo } from 'react';
import type { FormDefinition } from '../../../../runtime';
import { useFeatureText } from '../../../i18n/useFeatureText';
import type { DraftConflict } from '../../editing/useDefinitionDraft';
import { compareVersions } from '../model/compareVersions';
import { formsTexts } from '../text';

/**
 * Another editor saved first: say who, show where the two versions differ field by field, and let the user
 * keep their version or take the other — never a silent overwrite.
 */
export function ConflictNotice({
  conflict,
  onResolve,
}: {
  conflict: DraftConflict<FormDefinition>;
  onResolve: (choice: 'mine' | 'theirs') => void;
}) {
  const text = useFeatureText(formsTexts);
  const differences = useMemo(
    () => compareVersions(conflict.mine, conflict.theirs.content),
    [conflict.mine, conflict.theirs.content],
  );
  return (
    <div className="alert alert-warning" role="alert">
      <div className="alert-body">
        <p className="alert-heading">{text.conflictTitle}</p>
        <p className="alert-text">{text.conflictText(conflict.theirs.updatedBy.name)}</p>
        {differences.fields.length > 0 ? (
          <table className="table table--compact builder-conflict">
            <caption>{text.conflictDifferences}</caption>
            <thead>
              <tr>
                <th scope="col">{text.conflictField}</th>
                <th scope="col">{text.conflictMine}</th>
                <th scope="col">{text.conflictTheirs}</th>
              </tr>
            </thead>
            <tbody>
              {differences.fields.map((difference) => (
                <tr key={difference.path}>
                  <th scope="row">
                    <code>{difference.path}</code>
                  </th>
                  <td>{difference.mine ?? text.conflictAbsent}</td>
                  <td>{difference.theirs ?? text.conflictAbsent}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        {differences.others ? <p className="alert-text">{text.conflictOthers}</p> : null}
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
