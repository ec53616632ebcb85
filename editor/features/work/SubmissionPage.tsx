import { api } from '../../api/api';
import { LoadFailure, Loading } from '../../app/LoadFailure';
import { Page } from '../../app/Page';
import { toHref } from '../../app/routes';
import { useSession } from '../../app/SessionContext';
import { useResource } from '../../app/useResource';
import { formatDateTime } from '../../i18n/formatDate';
import { useLanguage } from '../../i18n/LanguageContext';
import { toText } from '../../../runtime/i18n/text';
import { SubmissionView } from '../../../runtime/rendering/SubmissionView';

interface Props {
  familyId: string;
  submissionId: string;
}

/**
 * A past submission, read-only, rendered with the form version it was filled in on (not today's), with a
 * print button; the print stylesheet leaves only the answers and their heading on paper.
 */
export function SubmissionPage({ familyId, submissionId }: Props) {
  const { t, language } = useLanguage();
  const { user } = useSession();
  const loaded = useResource(`submission/${submissionId}`, async () => {
    const [submission, family] = await Promise.all([
      api.getSubmission(submissionId),
      api.getFamily(familyId),
    ]);
    const form = await api.getForm(submission.formId, submission.formVersion);
    return { submission, form, family };
  });
  const back = (
    <a className="print-hidden" href={toHref({ name: 'family', familyId })}>
      {t.stepForm.backToFamily}
    </a>
  );
  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'error') {
    return (
      <Page title={t.app.unexpectedError} before={back}>
        <LoadFailure error={loaded.error} onRetry={loaded.reload} />
      </Page>
    );
  }
  const { submission, form, family } = loaded.data;
  const when = formatDateTime(submission.submittedAt, language);
  const pathway = family.pathways.find((p) => p.id === submission.pathwayId);
  const child = family.members.find((m) => m.id === pathway?.childId);
  // Whose record it is, for the paper copy too: the family, the child and the pathway.
  const whose = [
    family.name,
    child?.name,
    pathway ? toText(pathway.workflow.title, language) : undefined,
  ].filter(Boolean);
  return (
    <Page title={toText(form.title, language)} before={back}>
      <p className="submission-meta">{whose.join(' · ')}</p>
      <p className="submission-meta">
        {submission.submittedBy === user?.id
          ? t.submission.filledInBy(when, user.name)
          : t.submission.filledIn(when)}
        {' · '}
        {t.submission.formVersion(submission.formVersion)}
      </p>
      <p className="print-hidden">{t.submission.readOnly}</p>
      <p className="print-hidden">
        <button type="button" className="button button-secondary" onClick={() => window.print()}>
          {t.submission.print}
        </button>
      </p>
      <SubmissionView form={form} data={submission.data} computed={submission.computed} language={language} />
    </Page>
  );
}
