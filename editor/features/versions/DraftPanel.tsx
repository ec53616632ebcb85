import { useState } from 'react';
import { toHref } from '../../app/routes';
import { formatDateTime } from '../../i18n/formatDate';
import { useLanguage } from '../../i18n/LanguageContext';
import { useFeatureText } from '../../i18n/useFeatureText';
import { ActionError } from './ActionError';
import { CommentField } from './CommentField';
import { versionsTexts } from './text';
import { versionsApi, type DefinitionKind, type DraftSummary, type LifecycleStep } from './versionsApi';

interface Props {
  kind: DefinitionKind;
  id: string;
  draft: DraftSummary | null;
  isEditor: boolean;
  isAdministrator: boolean;
  onChanged: () => void;
}

/** The draft's status and the lifecycle steps the user's role allows: submit, approve, send back, publish. */
export function DraftPanel({ kind, id, draft, isEditor, isAdministrator, onChanged }: Props) {
  const text = useFeatureText(versionsTexts);
  const { language } = useLanguage();
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState(false);

  if (!draft)
    return (
      <section aria-labelledby="draft-heading">
        <h2 id="draft-heading">{text.draftHeading}</h2>
        <p>{text.noDraft}</p>
      </section>
    );

  const steps: { step: LifecycleStep; label: string; primary: boolean }[] =
    draft.status === 'draft'
      ? isEditor
        ? [{ step: 'submit', label: text.submit, primary: true }]
        : []
      : isAdministrator
        ? [
            { step: 'approve', label: text.approve, primary: false },
            { step: 'publish', label: text.publish, primary: true },
            { step: 'reject', label: text.reject, primary: false },
          ]
        : [];

  const run = async (step: LifecycleStep) => {
    if (!comment.trim()) {
      setMissing(true);
      return;
    }
    setMissing(false);
    setBusy(true);
    setError(undefined);
    setDone(false);
    try {
      await versionsApi.step(kind, id, step, draft.revision, comment.trim());
      setComment('');
      setDone(true);
      onChanged();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="draft-heading">
      <h2 id="draft-heading">{text.draftHeading}</h2>
      <p>
        <strong>{draft.status === 'in_review' ? text.statusInReview : text.statusDraft}</strong> ·{' '}
        {text.draftBase(draft.baseVersion)} · {formatDateTime(draft.updatedAt, language)} ·{' '}
        {draft.updatedBy.name}
      </p>
      {isEditor && draft.status === 'draft' ? (
        <p>
          <a
            href={toHref(
              kind === 'form'
                ? { name: 'formBuilder', formId: id }
                : { name: 'workflowDesigner', workflowId: id },
            )}
          >
            {text.editDraft}
          </a>
        </p>
      ) : null}
      {steps.length > 0 ? (
        <>
          <CommentField
            label={text.comment}
            hint={text.commentHint}
            value={comment}
            onChange={setComment}
            {...(missing ? { error: text.commentMissing } : {})}
          />
          <div className="button-row">
            {steps.map(({ step, label, primary }) => (
              <button
                key={step}
                type="button"
                className={`button ${primary ? 'button-primary' : 'button-secondary'}`}
                disabled={busy}
                onClick={() => void run(step)}
              >
                {label}
              </button>
            ))}
          </div>
        </>
      ) : null}
      {error ? <ActionError error={error} /> : null}
      {done ? (
        <p role="status" className="alert alert-success">
          {text.done}
        </p>
      ) : null}
    </section>
  );
}
