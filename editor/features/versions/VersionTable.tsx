import { useState } from 'react';
import { formatDateTime } from '../../i18n/formatDate';
import { useLanguage } from '../../i18n/LanguageContext';
import { useFeatureText } from '../../i18n/useFeatureText';
import { ActionError } from './ActionError';
import { CommentField } from './CommentField';
import { versionsTexts } from './text';
import { versionsApi, type DefinitionKind, type VersionEntry } from './versionsApi';

interface Props {
  kind: DefinitionKind;
  id: string;
  versions: VersionEntry[];
  isAdministrator: boolean;
  onChanged: () => void;
}

/** The published versions with who published them, when and why; administrators retire and roll back here. */
export function VersionTable({ kind, id, versions, isAdministrator, onChanged }: Props) {
  const text = useFeatureText(versionsTexts);
  const { language } = useLanguage();
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const latest = versions.at(-1)?.version;

  const run = async (version: number, step: 'retire' | 'rollback') => {
    if (!comment.trim()) {
      setMissing(true);
      return;
    }
    setMissing(false);
    setBusy(true);
    setError(undefined);
    try {
      await versionsApi.versionStep(kind, id, version, step, comment.trim());
      setComment('');
      onChanged();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="versions-heading">
      <h2 id="versions-heading">{text.versionsHeading}</h2>
      <div className="table--responsive-scroll">
        <table className="table table--compact" data-testid="version-list">
          <thead>
            <tr>
              <th scope="col">{text.columnVersion}</th>
              <th scope="col">{text.columnStatus}</th>
              <th scope="col">{text.columnWho}</th>
              <th scope="col">{text.columnWhy}</th>
              {isAdministrator ? <th scope="col">{text.columnActions}</th> : null}
            </tr>
          </thead>
          <tbody>
            {[...versions].reverse().map((v) => (
              <tr key={v.version}>
                <th scope="row">v{v.version}</th>
                <td>
                  {v.status === 'retired' ? text.statusRetired : text.statusPublished}
                  {v.offered ? ` · ${text.offered}` : ''}
                </td>
                <td>
                  {formatDateTime(v.addedAt, language)}
                  {v.by ? ` · ${v.by.name}` : ''}
                  {v.action ? ` · ${text.actions[v.action] ?? v.action}` : ''}
                </td>
                <td>{v.comment ?? ''}</td>
                {isAdministrator ? (
                  <td>
                    <div className="button-row">
                      {v.status === 'published' ? (
                        <button
                          type="button"
                          className="button button-tertiary"
                          disabled={busy}
                          aria-label={`${text.retire} v${v.version}`}
                          onClick={() => void run(v.version, 'retire')}
                        >
                          {text.retire}
                        </button>
                      ) : null}
                      {v.version !== latest ? (
                        <button
                          type="button"
                          className="button button-tertiary"
                          disabled={busy}
                          aria-label={`${text.rollback}: v${v.version}`}
                          onClick={() => void run(v.version, 'rollback')}
                        >
                          {text.rollback}
                        </button>
                      ) : null}
                    </div>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {isAdministrator ? (
        <CommentField
          label={text.versionComment}
          hint={text.commentHint}
          value={comment}
          onChange={setComment}
          {...(missing ? { error: text.commentMissing } : {})}
        />
      ) : null}
      {error ? <ActionError error={error} /> : null}
    </section>
  );
}
