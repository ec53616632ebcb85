import { useId, useState } from 'react';
import { LoadFailure, Loading } from '../../app/LoadFailure';
import { useResource } from '../../app/useResource';
import { useLanguage } from '../../i18n/LanguageContext';
import { useFeatureText } from '../../i18n/useFeatureText';
import { versionsTexts } from './text';
import { toDiffRows } from './toDiffRows';
import { versionsApi, type DefinitionKind, type DiffReply } from './versionsApi';

interface Props {
  kind: DefinitionKind;
  id: string;
  versions: number[];
  hasDraft: boolean;
}

/** Two versions (or a version and the draft) side by side, with release notes and the classification. */
export function DiffPanel({ kind, id, versions, hasDraft }: Props) {
  const text = useFeatureText(versionsTexts);
  const latest = versions.at(-1) ?? 1;
  const initial = hasDraft
    ? { from: latest, to: 'draft' as const }
    : { from: versions.at(-2) ?? latest, to: latest };
  const [chosen, setChosen] = useState<{ from: number; to: number | 'draft' }>(initial);
  const [shown, setShown] = useState(chosen);
  const fromId = useId();
  const toId = useId();
  const toOptions: (number | 'draft')[] = [...versions, ...(hasDraft ? (['draft'] as const) : [])];
  const label = (value: number | 'draft') =>
    value === 'draft' ? text.diffDraft : `${text.columnVersion} ${value}`;

  return (
    <section aria-labelledby="diff-heading">
      <h2 id="diff-heading">{text.diffHeading}</h2>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          setShown(chosen);
        }}
      >
        <div className="form-group">
          <label className="form-label" htmlFor={fromId}>
            {text.diffFrom}
          </label>
          <select
            id={fromId}
            className="form-select"
            value={chosen.from}
            onChange={(event) => setChosen({ ...chosen, from: Number(event.target.value) })}
          >
            {versions.map((v) => (
              <option key={v} value={v}>
                {label(v)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor={toId}>
            {text.diffTo}
          </label>
          <select
            id={toId}
            className="form-select"
            value={String(chosen.to)}
            onChange={(event) =>
              setChosen({
                ...chosen,
                to: event.target.value === 'draft' ? 'draft' : Number(event.target.value),
              })
            }
          >
            {toOptions.map((v) => (
              <option key={String(v)} value={String(v)}>
                {label(v)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button-secondary">
          {text.showDiff}
        </button>
      </form>
      <DiffResult kind={kind} id={id} from={shown.from} to={shown.to} />
    </section>
  );
}

function DiffResult({
  kind,
  id,
  from,
  to,
}: {
  kind: DefinitionKind;
  id: string;
  from: number;
  to: number | 'draft';
}) {
  const result = useResource(`diff:${kind}:${id}:${from}:${to}`, () => versionsApi.diff(kind, id, from, to));
  if (result.status === 'loading') return <Loading />;
  if (result.status === 'error') return <LoadFailure error={result.error} onRetry={result.reload} />;
  return <DiffView reply={result.data} />;
}

function DiffView({ reply }: { reply: DiffReply }) {
  const text = useFeatureText(versionsTexts);
  const { language } = useLanguage();
  const notes = reply.releaseNotes[language];
  const rows = toDiffRows(reply.diff, language);
  const breakingPaths = new Set(reply.classification.reasons.map((r) => r.path.split('/')[0]));
  const breaking = reply.classification.level === 'breaking';
  const changeText = { added: text.added, removed: text.removed, changed: text.changed };
  return (
    <>
      <div className={`alert ${breaking ? 'alert-warning' : 'alert-success'}`} data-testid="classification">
        <h3 className="alert-heading">{breaking ? text.breaking : text.safe}</h3>
        <p className="alert-text">{breaking ? text.breakingIntro : text.safeIntro}</p>
        {breaking ? (
          <ul className="alert-text">
            {reply.classification.reasons.map((reason) => (
              <li key={`${reason.code}:${reason.path}`}>{reason.message[language]}</li>
            ))}
          </ul>
        ) : null}
      </div>
      <h3>{text.releaseNotes}</h3>
      {notes.length === 0 ? (
        <p>{text.noChanges}</p>
      ) : (
        <ul className="release-notes">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      {rows.length > 0 ? (
        <>
          <h3>{text.sideBySide}</h3>
          <div className="table--responsive-scroll">
            <table className="table table--compact diff-table">
              <thead>
                <tr>
                  <th scope="col">{text.columnWhat}</th>
                  <th scope="col">{text.columnStatus}</th>
                  <th scope="col">{text.columnBefore}</th>
                  <th scope="col">{text.columnAfter}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => {
                  const isBreaking = breakingPaths.has(row.path);
                  return (
                    <tr
                      key={row.key}
                      className={`diff-row diff-row--${row.change}${isBreaking ? ' diff-row--breaking' : ''}`}
                    >
                      <th scope="row">{row.what}</th>
                      <td>
                        {changeText[row.change]}
                        {isBreaking ? (
                          <strong className="diff-breaking-mark"> · {text.breaking}</strong>
                        ) : null}
                      </td>
                      <td>{row.before ? <del>{row.before}</del> : null}</td>
                      <td>{row.after ? <ins>{row.after}</ins> : null}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </>
  );
}
