import { lazy, Suspense } from 'react';
import { CreateFamilyPage } from '../features/work/CreateFamilyPage';
import { FamiliesPage } from '../features/work/FamiliesPage';
import { FamilyPage } from '../features/work/FamilyPage';
import { WorkPage } from '../features/work/WorkPage';
import { useLanguage } from '../i18n/LanguageContext';
import { Loading } from './LoadFailure';
import { Page } from './Page';
import { HOME, toHref, type Route } from './routes';

// The form renderer (rjsf, ajv) is most of the code: it loads when the first form is opened.
const StepFormPage = lazy(() =>
  import('../features/work/StepFormPage').then((m) => ({ default: m.StepFormPage })),
);

const SubmissionPage = lazy(() =>
  import('../features/work/SubmissionPage').then((m) => ({ default: m.SubmissionPage })),
);

/** The page for a route. Each route gets a fresh page (keyed by the shell), so no state leaks between pages. */
export function RouteView({ route }: { route: Route }) {
  switch (route.name) {
    case 'work':
      return <WorkPage scope={route.scope} workflowId={route.workflowId} />;
    case 'families':
      return <FamiliesPage query={route.q} />;
    case 'newFamily':
      return <CreateFamilyPage />;
    case 'family':
      return <FamilyPage familyId={route.familyId} />;
    case 'form':
      return (
        <Suspense fallback={<Loading />}>
          <StepFormPage familyId={route.familyId} pathwayId={route.pathwayId} formId={route.formId} />
        </Suspense>
      );
    case 'submission':
      return (
        <Suspense fallback={<Loading />}>
          <SubmissionPage familyId={route.familyId} submissionId={route.submissionId} />
        </Suspense>
      );
    case 'notFound':
      return <NotFound />;
  }
}

function NotFound() {
  const { t } = useLanguage();
  return (
    <Page title={t.app.notFound}>
      <p>{t.app.notFoundText}</p>
      <p>
        <a href={toHref(HOME)}>{t.app.backToWork}</a>
      </p>
    </Page>
  );
}
