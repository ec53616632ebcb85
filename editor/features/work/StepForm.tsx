import { useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import { isApiError } from '../../api/client';
import type { PathwayView } from '../../api/types';
import { Page } from '../../app/Page';
import { toHref } from '../../app/routes';
import { useStatus } from '../../app/StatusContext';
import { formatDateTime } from '../../i18n/formatDate';
import { useLanguage } from '../../i18n/LanguageContext';
import { useFeatureText } from '../../i18n/useFeatureText';
import type { FieldError, FormDefinition } from '../../../runtime';
import { toText } from '../../../runtime/i18n/text';
import { FormView, type FormData } from '../../../runtime/rendering';
import type { ChosenDraft } from './chooseDraft';
import { ConflictView } from './ConflictView';
import { createDraftSync, type DraftSync, type SyncState } from './createDraftSync';
import { draftApi } from './draftApi';
import { PathwayProgress } from './PathwayProgress';
import { SyncStatus } from './SyncStatus';
import { workTexts } from './text';

interface Props {
  pathway: PathwayView;
  form: FormDefinition;
  draft: ChosenDraft;
  localKey: string;
  back: ReactNode;
  createKey: () => string;
}

/** The form with its draft kept on the device and the server while the worker types; see createDraftSync. */
export function StepForm({ pathway, form, draft, localKey, back, createKey }: Props) {
  const { t, language } = useLanguage();
  const text = useFeatureText(workTexts);
  const { announce } = useStatus();
  const [after, setAfter] = useState<PathwayView | undefined>(undefined);
  const [sync, setSync] = useState<DraftSync | undefined>(undefined);
  // FormView keeps its own data while the worker types; a new key starts it over with `start` (a merge).
  const [view, setView] = useState<{ key: number; start: FormData }>({ key: 0, start: draft.data });

  useEffect(() => {
    const created = createDraftSync({
      api: draftApi,
      familyId: pathway.familyId,
      pathway,
      formId: form.id,
      localKey,
      start: draft,
      createKey,
      onSubmitted: (result) => setAfter(result.pathway),
    });
    setSync(created);
    created.resume();
    return created.dispose;
    // One sync per opened form: the props are the form as it was opened.
  }, []);

  const title = toText(form.title, language);
  if (after) {
    return (
      <Page title={t.stepForm.saved(title)} before={back}>
        <PathwayProgress pathway={after} />
        <p>{back}</p>
      </Page>
    );
  }
  const due = pathway.formsDue.find((f) => f.formId === form.id);
  return (
    <Page title={title} before={back}>
      {due ? <p className="lead">{t.stepForm.step(toText(due.stateTitle, language))}</p> : null}
      {draft.restored && Object.keys(draft.data).length > 0 ? (
        <div className="alert alert-info restore-notice">
          <p className="alert-text">
            {(draft.restored.from === 'device' ? text.restore.fromDevice : text.restore.fromServer)(
              formatDateTime(draft.restored.savedAt, language),
            )}
          </p>
        </div>
      ) : null}
      {form.description ? <p>{toText(form.description, language)}</p> : null}
      {sync ? (
        <SyncedForm
          sync={sync}
          form={form}
          view={view}
          onMerged={(merged) => {
            setView((v) => ({ key: v.key + 1, start: merged }));
            announce({ kind: 'success', text: text.conflict.resolved });
          }}
        />
      ) : null}
    </Page>
  );
}

function SyncedForm({
  sync,
  form,
  view,
  onMerged,
}: {
  sync: DraftSync;
  form: FormDefinition;
  view: { key: number; start: FormData };
  onMerged: (merged: FormData) => void;
}) {
  const { t, language } = useLanguage();
  const text = useFeatureText(workTexts);
  const state = useSyncExternalStore(
    (listener) => sync.subscribe(listener),
    () => sync.getState(),
  );
  const localOk = useSyncExternalStore(
    (listener) => sync.subscribe(listener),
    () => sync.isLocalOk(),
  );
  const errors = useMemo(() => toFieldErrors(state), [state]);
  const busy = state.kind === 'submitting' || state.kind === 'submitQueued';
  const familyHref = toHref({ name: 'family', familyId: sync.getPathway().familyId });

  return (
    <>
      <SyncStatus state={state} localOk={localOk} />
      {state.kind === 'failed' && isApiError(state.error) && state.error.status === 409 ? (
        <div className="alert alert-warning" role="alert">
          <p className="alert-text">{text.notDueKept}</p>
        </div>
      ) : null}
      {state.kind === 'conflict' ? (
        <ConflictView
          form={form}
          language={language}
          mine={sync.getData()}
          theirs={state.conflict.theirs.data}
          intro={
            state.conflict.source === 'draft'
              ? text.conflict.draftIntro(formatDateTime(state.conflict.theirs.savedAt, language))
              : text.conflict.submittedIntro(formatDateTime(state.conflict.theirs.submittedAt, language))
          }
          applyLabel={text.conflict.apply}
          onApply={(merged) => {
            sync.resolve(merged);
            onMerged(merged);
          }}
        >
          {state.conflict.source === 'submission' ? (
            <a className="button button-secondary" href={familyHref} onClick={() => sync.discard()}>
              {text.conflict.leave}
            </a>
          ) : null}
        </ConflictView>
      ) : null}
      <FormView
        key={view.key}
        form={form}
        formData={view.start}
        language={language}
        errors={errors}
        disabled={busy || state.kind === 'conflict'}
        submitLabel={busy ? t.stepForm.saving : t.stepForm.submit}
        onChange={(data) => sync.change(data)}
        onSubmit={(data) => sync.submit(data)}
      />
    </>
  );
}

/** A submit the server refused with named fields (422): shown inline, as the browser's own check shows them. */
function toFieldErrors(state: SyncState): FieldError[] | undefined {
  if (state.kind !== 'failed' || !isApiError(state.error) || state.error.status !== 422) return undefined;
  if (state.error.errors.length === 0) return undefined;
  return state.error.errors.map((e) => ({ path: e.path, keyword: 'server', message: e.message }));
}
