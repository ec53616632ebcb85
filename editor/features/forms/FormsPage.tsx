import { useId, useState, type FormEvent } from 'react';
import { toText } from '../../../runtime';
import { LoadFailure, Loading } from '../../app/LoadFailure';
import { Page } from '../../app/Page';
import { TextField } from '../../app/TextField';
import { useResource } from '../../app/useResource';
import { formatDate } from '../../i18n/formatDate';
import { useLanguage } from '../../i18n/LanguageContext';
import { useFeatureText } from '../../i18n/useFeatureText';
import { draftApi, type DraftSummary } from '../editing/draftApi';
import { formsApi, type FormSummary } from './formsApi';
import { formsTexts } from './text';

const ID_PATTERN = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

/** The form library: published forms and drafts, and a new form. */
export function FormsPage() {
  const text = useFeatureText(formsTexts);
  const { language } = useLanguage();
  const data = useResource('forms-library', async () => {
    const [published, drafts] = await Promise.all([formsApi.list(), draftApi.list('form')]);
    return { published, drafts };
  });

  return (
    <Page title={text.libraryTitle}>
      <p>{text.libraryIntro}</p>
      {data.status === 'loading' ? <Loading /> : null}
      {data.status === 'error' ? <LoadFailure error={data.error} onRetry={data.reload} /> : null}
      {data.status === 'ready' ? (
        <>
          <NewForm
            taken={new Set([...data.data.published.map((f) => f.id), ...data.data.drafts.map((d) => d.id)])}
          />
          <DraftTable drafts={data.data.drafts} />
          <h2>{text.published}</h2>
          <PublishedTable forms={data.data.published} />
        </>
      ) : null}
    </Page>
  );

  function DraftTable({ drafts }: { drafts: DraftSummary[] }) {
    return (
      <>
        <h2>{text.drafts}</h2>
        {drafts.length === 0 ? (
          <p>{text.noDrafts}</p>
        ) : (
          <div className="table--responsive-scroll">
            <table className="table table--compact">
              <thead>
                <tr>
                  <th scope="col">{text.columnForm}</th>
                  <th scope="col">{text.columnId}</th>
                  <th scope="col">{text.columnStatus}</th>
                  <th scope="col">{text.columnUpdated}</th>
                </tr>
              </thead>
              <tbody>
                {drafts.map((draft) => (
                  <tr key={draft.id}>
                    <td>
                      <a href={`#/forms/${encodeURIComponent(draft.id)}/edit`}>
                        {toText(draft.title, language)}
                      </a>
                    </td>
                    <td>{draft.id}</td>
                    <td>{draft.status === 'in_review' ? text.inReview : text.draft}</td>
                    <td>
                      {formatDate(draft.updatedAt.slice(0, 10), language)} · {draft.updatedBy.name}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </>
    );
  }

  function PublishedTable({ forms }: { forms: FormSummary[] }) {
    return (
      <div className="table--responsive-scroll">
        <table className="table table--compact">
          <thead>
            <tr>
              <th scope="col">{text.columnForm}</th>
              <th scope="col">{text.columnId}</th>
              <th scope="col">{text.columnVersion}</th>
            </tr>
          </thead>
          <tbody>
            {forms.map((form) => (
              <tr key={form.id}>
                <td>
                  <a href={`#/forms/${encodeURIComponent(form.id)}/edit`}>{toText(form.title, language)}</a>
                </td>
                <td>{form.id}</td>
                <td>{form.version}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  }
}

function NewForm({ taken }: { taken: Set<string> }) {
  const text = useFeatureText(formsTexts);
  const idPrefix = useId();
  const [id, setId] = useState('');
  const [title, setTitle] = useState('');
  const [errors, setErrors] = useState<{ id?: string; title?: string }>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = {
      id: !ID_PATTERN.test(id) ? text.idInvalid : taken.has(id) ? text.idTaken : undefined,
      title: title.trim() ? undefined : text.titleMissing,
    };
    setErrors(next);
    if (next.id || next.title) return;
    // The builder starts the draft from this title; it is saved with the first autosave.
    sessionStorage.setItem(`forloeb:new-form:${id}`, title.trim());
    window.location.hash = `#/forms/${encodeURIComponent(id)}/edit`;
  };

  return (
    <section aria-labelledby={`${idPrefix}-heading`} className="narrow-form">
      <h2 id={`${idPrefix}-heading`}>{text.newForm}</h2>
      <form onSubmit={submit} noValidate>
        <TextField
          id={`${idPrefix}-id`}
          label={text.newFormId}
          hint={text.newFormIdHint}
          value={id}
          onChange={setId}
          error={errors.id}
          autoComplete="off"
        />
        <TextField
          id={`${idPrefix}-title`}
          label={text.newFormTitle}
          value={title}
          onChange={setTitle}
          error={errors.title}
        />
        <button type="submit" className="button button-primary">
          {text.newFormCreate}
        </button>
      </form>
    </section>
  );
}
