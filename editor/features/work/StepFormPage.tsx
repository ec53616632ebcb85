import { useState } from 'react';
import { api } from '../../api/api';
import { isApiError } from '../../api/client';
import type { PathwayView } from '../../api/types';
import { LoadFailure, Loading, toMessage } from '../../app/LoadFailure';
import { Page } from '../../app/Page';
import { toHref } from '../../app/routes';
import { useStatus } from '../../app/StatusContext';
import { useResource } from '../../app/useResource';
import { useLanguage } from '../../i18n/LanguageContext';
import type { FieldError, FormDefinition } from '../../../runtime';
import { toText } from '../../../runtime/i18n/text';
import { FormView } from '../../../runtime/rendering';
import { PathwayProgress } from './PathwayProgress';

interface Props {
  familyId: string;
  pathwayId: string;
  formId: string;
}

/** Filling in a form that a pathway asks for now; after saving, where the pathway went and what is due next. */
export function StepFormPage({ familyId, pathwayId, formId }: Props) {
  const { t } = useLanguage();
  const loaded = useResource(`step/${pathwayId}/${formId}`, async () => {
    const pathway = await api.getPathway(pathwayId);
    const due = pathway.formsDue.find((f) => f.formId === formId);
    const form = due ? await api.getForm(formId, due.version) : undefined;
    return { pathway, form };
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
  const { pathway, form } = loaded.data;
  if (!form) {
    return (
      <Page title={t.stepForm.notDue} before={back}>
        <PathwayProgress pathway={pathway} />
      </Page>
    );
  }
  return <StepForm pathway={pathway} form={form} back={back} />;
}

function StepForm({
  pathway,
  form,
  back,
}: {
  pathway: PathwayView;
  form: FormDefinition;
  back: React.ReactNode;
}) {
  const { t, language } = useLanguage();
  const { announce } = useStatus();
  const [errors, setErrors] = useState<FieldError[] | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [after, setAfter] = useState<PathwayView | undefined>(undefined);
  const due = pathway.formsDue.find((f) => f.formId === form.id);
  const title = toText(form.title, language);

  const handleSubmit = async (data: Record<string, unknown>) => {
    setBusy(true);
    try {
      const result = await api.submitForm(pathway.id, form.id, data);
      setAfter(result.pathway);
    } catch (error) {
      if (isApiError(error) && error.status === 422 && error.errors.length > 0) {
        setErrors(error.errors.map((e) => ({ path: e.path, keyword: 'server', message: e.message })));
      } else {
        announce({
          kind: 'error',
          text: isApiError(error) && error.status === 409 ? t.stepForm.notDue : toMessage(error, t.app),
        });
      }
    }
    setBusy(false);
  };

  if (after) {
    return (
      <Page title={t.stepForm.saved(title)} before={back}>
        <PathwayProgress pathway={after} />
        <p>{back}</p>
      </Page>
    );
  }
  return (
    <Page title={title} before={back}>
      {due ? <p className="lead">{t.stepForm.step(toText(due.stateTitle, language))}</p> : null}
      {form.description ? <p>{toText(form.description, language)}</p> : null}
      <FormView
        form={form}
        language={language}
        errors={errors}
        disabled={busy}
        submitLabel={busy ? t.stepForm.saving : t.stepForm.submit}
        onSubmit={(data) => void handleSubmit(data)}
      />
    </Page>
  );
}
