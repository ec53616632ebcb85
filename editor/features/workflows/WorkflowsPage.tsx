import { useState, type FormEvent } from 'react';
import { LoadFailure, Loading } from '../../app/LoadFailure';
import { Page } from '../../app/Page';
import { toHref } from '../../app/routes';
import { useResource } from '../../app/useResource';
import { formatDateTime } from '../../i18n/formatDate';
import { useLanguage } from '../../i18n/LanguageContext';
import { useFeatureText } from '../../i18n/useFeatureText';
import { draftApi } from '../editing/draftApi';
import { designerApi } from './designerApi';
import { workflowsText } from './text';

const ID = /^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9]+)*$/;

/** The pathway library: published pathways and drafts, each opened in the designer; a new pathway. */
export function WorkflowsPage() {
  const text = useFeatureText(workflowsText).library;
  const { language } = useLanguage();
  const data = useResource('workflows', () =>
    Promise.all([designerApi.listWorkflows(), draftApi.list('workflow')]),
  );
  const [id, setId] = useState('');
  const [error, setError] = useState('');
  const create = (event: FormEvent) => {
    event.preventDefault();
    if (!ID.test(id)) return setError(text.idInvalid);
    window.location.hash = toHref({ name: 'workflowDesigner', workflowId: id });
  };
  return (
    <Page title={text.title}>
      <p>{text.intro}</p>
      {data.status === 'loading' ? <Loading /> : null}
      {data.status === 'error' ? <LoadFailure error={data.error} onRetry={data.reload} /> : null}
      {data.status === 'ready' ? (
        <>
          <h2>{text.drafts}</h2>
          {data.data[1].length === 0 ? <p>{text.noDrafts}</p> : null}
          {data.data[1].length > 0 ? (
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{text.name}</th>
                  <th scope="col">{text.id}</th>
                  <th scope="col">{text.status}</th>
                  <th scope="col">{text.updated}</th>
                </tr>
              </thead>
              <tbody>
                {data.data[1].map((d) => (
                  <tr key={d.id}>
                    <td>
                      <a href={toHref({ name: 'workflowDesigner', workflowId: d.id })}>
                        {d.title[language] || d.id}
                      </a>
                    </td>
                    <td>
                      <code>{d.id}</code>
                    </td>
                    <td>{d.status === 'in_review' ? text.inReview : text.draft}</td>
                    <td>
                      {formatDateTime(d.updatedAt, language)} ({d.updatedBy.name})
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          <h2>{text.published}</h2>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{text.name}</th>
                <th scope="col">{text.id}</th>
                <th scope="col">{text.version}</th>
              </tr>
            </thead>
            <tbody>
              {data.data[0].map((w) => (
                <tr key={w.id}>
                  <td>
                    <a href={toHref({ name: 'workflowDesigner', workflowId: w.id })}>{w.title[language]}</a>
                  </td>
                  <td>
                    <code>{w.id}</code>
                  </td>
                  <td>{w.version}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      <h2>{text.newTitle}</h2>
      <form onSubmit={create} className="narrow-form">
        <div className={`form-group${error ? ' form-error' : ''}`}>
          <label className="form-label" htmlFor="wf-new-id">
            {text.newId}
          </label>
          <span className="form-hint" id="wf-new-id-hint">
            {text.newIdHint}
          </span>
          {error ? (
            <span className="form-error-message" id="wf-new-id-error" role="alert">
              {error}
            </span>
          ) : null}
          <input
            id="wf-new-id"
            className="form-input"
            value={id}
            aria-describedby={`wf-new-id-hint${error ? ' wf-new-id-error' : ''}`}
            onChange={(e) => setId(e.target.value.trim())}
          />
        </div>
        <button type="submit" className="button button-primary">
          {text.create}
        </button>
      </form>
    </Page>
  );
}
