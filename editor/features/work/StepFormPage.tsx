import { api } from '../../api/api';
import { isApiError } from '../../api/client';
import { createRequestKey } from '../../api/createRequestKey';
import { LoadFailure, Loading } from '../../app/LoadFailure';
import { Page } from '../../app/Page';
import { toHref } from '../../app/routes';
import { useSession } from '../../app/SessionContext';
import { useResource } from '../../app/useResource';
import { useLanguage } from '../../i18n/LanguageContext';
import { chooseDraft } from './chooseDraft';
import { draftApi } from './draftApi';
import { readLocalDraft, toLocalDraftKey } from '../../api/localDrafts';
import { PathwayProgress } from './PathwayProgress';
import { StepForm } from './StepForm';

interface Props {
  familyId: string;
  pathwayId: string;
  formId: string;
}

/**
 * Filling in a form that a pathway asks for now. Opens with the newest draft (this device's or the server's);
 * after saving, where the pathway went and what is due next.
 */
export function StepFormPage({ familyId, pathwayId, formId }: Props) {
  const { t } = useLanguage();
  const userId = useSession().user?.id ?? '';
  const localKey = toLocalDraftKey(userId, pathwayId, formId);
  const loaded = useResource(`step/${pathwayId}/${formId}`, async () => {
    const pathway = await api.getPathway(pathwayId);
    const due = pathway.formsDue.find((f) => f.formId === formId);
    if (!due) return { pathway, form: undefined, draft: undefined };
    const [form, server] = await Promise.all([
      api.getForm(formId, due.version),
      draftApi.getDraft(pathwayId, formId).catch((error: unknown) => {
        // The form can be filled without the server's draft; a session that ran out is handled by the app.
        if (isApiError(error) && error.status !== 401) return undefined;
        throw error;
      }),
    ]);
    return { pathway, form, draft: chooseDraft(readLocalDraft(localKey), server) };
  });
  const back = <a href={toHref({ name: 'family', familyId })}>{t.stepForm.backToFamily}</a>;
  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'error') {
    return (
      <Page title={t.app.unexpectedError} before={back}>
        <LoadFailure error={loaded.error} onRetry={loaded.reload} />
      </Page>
    );
  }
  const { pathway, form, draft } = loaded.data;
  if (!form || !draft) {
    return (
      <Page title={t.stepForm.notDue} before={back}>
        <PathwayProgress pathway={pathway} />
      </Page>
    );
  }
  return (
    <StepForm
      pathway={pathway}
      form={form}
      draft={draft}
      localKey={localKey}
      back={back}
      createKey={createRequestKey}
    />
  );
}
