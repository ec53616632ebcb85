import { LoadFailure, Loading } from '../../app/LoadFailure';
import { Page } from '../../app/Page';
import { toHref } from '../../app/routes';
import { useResource } from '../../app/useResource';
import { formatDateTime } from '../../i18n/formatDate';
import { useLanguage } from '../../i18n/LanguageContext';
import { useFeatureText } from '../../i18n/useFeatureText';
import { toText } from '../../../runtime/i18n/text';
import { recordsApi } from './recordsApi';
import { recordsText } from './text';

/** The forms filled outside any family, and the records of them this user may see. */
export function RecordsPage() {
  const { language } = useLanguage();
  const text = useFeatureText(recordsText);
  const loaded = useResource('records', async () => {
    const [forms, records] = await Promise.all([recordsApi.listForms(), recordsApi.list()]);
    return { forms, records };
  });
  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'error') {
    return (
      <Page title={text.title}>
        <LoadFailure error={loaded.error} onRetry={loaded.reload} />
      </Page>
    );
  }
  const { forms, records } = loaded.data;
  const titleOf = (formId: string) => {
    const form = forms.find((f) => f.id === formId);
    return form ? toText(form.title, language) : formId;
  };
  return (
    <Page title={text.title}>
      <p>{text.intro}</p>
      <h2>{text.formsHeading}</h2>
      {forms.length === 0 ? (
        <p>{text.none}</p>
      ) : (
        <ul className="unstyled-list record-forms">
          {forms.map((form) => (
            <li key={form.id}>
              <a className="button button-secondary" href={toHref({ name: 'recordForm', formId: form.id })}>
                {text.fillIn(toText(form.title, language))}
              </a>
            </li>
          ))}
        </ul>
      )}
      <h2>{text.recordsHeading}</h2>
      {records.length === 0 ? (
        <p>{text.noRecords}</p>
      ) : (
        <ul className="unstyled-list">
          {records.map((record) => (
            <li key={record.id} className="record-item">
              <strong>{titleOf(record.formId)}</strong> ({text.version(record.formVersion)}) —{' '}
              {text.submitted(formatDateTime(record.submittedAt, language))} ·{' '}
              {record.mine ? text.mine : text.colleague}
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
