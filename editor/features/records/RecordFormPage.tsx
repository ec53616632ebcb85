import { useState } from 'react';
import { LoadFailure, Loading, toMessage } from '../../app/LoadFailure';
import { Page } from '../../app/Page';
import { toHref } from '../../app/routes';
import { navigate } from '../../app/useRoute';
import { useStatus } from '../../app/StatusContext';
import { useResource } from '../../app/useResource';
import { isApiError } from '../../api/client';
import { useLanguage } from '../../i18n/LanguageContext';
import { useFeatureText } from '../../i18n/useFeatureText';
import type { FieldError } from '../../../runtime';
import { toText } from '../../../runtime/i18n/text';
import { FormView } from '../../../runtime/rendering/FormView';
import { recordsApi } from './recordsApi';
import { recordsText } from './text';

/** One organisation form, rendered by the shared renderer, saved as a record of the user's team. */
export function RecordFormPage({ formId }: { formId: string }) {
  const { t, language } = useLanguage();
  const text = useFeatureText(recordsText);
  const { announce } = useStatus();
  const [saving, setSaving] = useState(false);
  const [errors, setErrors] = useState<FieldError[]>();
  const loaded = useResource(`record-form/${formId}`, async () => {
    const summary = (await recordsApi.listForms()).find((f) => f.id === formId);
    return summary ? recordsApi.getForm(summary.id, summary.version) : undefined;
  });
  const back = <a href={toHref({ name: 'records' })}>{text.back}</a>;
  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'error' || !loaded.data) {
    return (
      <Page title={t.app.notFound} before={back}>
        {loaded.status === 'error' ? <LoadFailure error={loaded.error} /> : <p>{t.app.notFoundText}</p>}
      </Page>
    );
  }
  const form = loaded.data;
  const submit = (data: Record<string, unknown>) => {
    setSaving(true);
    recordsApi.submit(form.id, data).then(
      () => {
        announce({ kind: 'success', text: text.saved, forNextPage: true });
        navigate({ name: 'records' });
      },
      (error: unknown) => {
        setSaving(false);
        if (isApiError(error) && error.status === 422) {
          setErrors(error.errors.map((e) => ({ ...e, keyword: 'server' })));
        } else {
          announce({ kind: 'error', text: toMessage(error, t.app, language) });
        }
      },
    );
  };
  return (
    <Page title={toText(form.title, language)} before={back}>
      <FormView
        form={form}
        language={language}
        onSubmit={submit}
        {...(errors ? { errors } : {})}
        disabled={saving}
        submitLabel={saving ? text.submitting : text.submit}
      />
    </Page>
  );
}
