import { lazy, Suspense, type ReactElement } from 'react';
import { FormValidatorsContext } from '../../runtime/rendering/FormValidatorsContext';
import { draftFormValidators } from '../api/formValidators';
import { CreateFamilyPage } from '../features/work/CreateFamilyPage';
import { FamiliesPage } from '../features/work/FamiliesPage';
import { FamilyPage } from '../features/work/FamilyPage';
import { WorkPage } from '../features/work/WorkPage';
import { useLanguage } from '../i18n/LanguageContext';
import { Loading } from './LoadFailure';
import { Page } from './Page';
import { isWorker } from './roles';
import { useSession } from './SessionContext';
import { HOME, toHref, type Route } from './routes';

// The form renderer (rjsf, ajv) is most of the code: it loads when the first form is opened.
const StepFormPage = lazy(() =>
  import('../features/work/StepFormPage').then((m) => ({ default: m.StepFormPage })),
);

const SubmissionPage = lazy(() =>
  import('../features/work/SubmissionPage').then((m) => ({ default: m.SubmissionPage })),
);

// Project staff's and administrators' screens are separate chunks: a worker's tablet never loads them.
const FormsPage = lazy(() => import('../features/forms/FormsPage').then((m) => ({ default: m.FormsPage })));
const FormBuilderPage = lazy(() =>
  import('../features/forms/FormBuilderPage').then((m) => ({ default: m.FormBuilderPage })),
);
const WorkflowsPage = lazy(() =>
  import('../features/workflows/WorkflowsPage').then((m) => ({ default: m.WorkflowsPage })),
);
const WorkflowDesignerPage = lazy(() =>
  import('../features/workflows/WorkflowDesignerPage').then((m) => ({ default: m.WorkflowDesignerPage })),
);
const VersionsPage = lazy(() =>
  import('../features/versions/VersionsPage').then((m) => ({ default: m.VersionsPage })),
);
const VersionDetailPage = lazy(() =>
  import('../features/versions/VersionDetailPage').then((m) => ({ default: m.VersionDetailPage })),
);
const ReportsPage = lazy(() =>
  import('../features/reports/ReportsPage').then((m) => ({ default: m.ReportsPage })),
);
const RecordsPage = lazy(() =>
  import('../features/records/RecordsPage').then((m) => ({ default: m.RecordsPage })),
);
const RecordFormPage = lazy(() =>
  import('../features/records/RecordFormPage').then((m) => ({ default: m.RecordFormPage })),
);
const AuditPage = lazy(() => import('../features/admin/AuditPage').then((m) => ({ default: m.AuditPage })));

/** The page for a route. Each route gets a fresh page (keyed by the shell), so no state leaks between pages. */
export function RouteView({ route }: { route: Route }) {
  const roles = useSession().user?.roles ?? [];
  switch (route.name) {
    case 'work':
      // Project staff and auditors have no families: their start page is the form library.
      if (!isWorker(roles)) return lazyPage(<FormsPage />);
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
    case 'forms':
      return lazyPage(<FormsPage />);
    case 'formBuilder':
      return draftPage(<FormBuilderPage formId={route.formId} />);
    case 'workflows':
      return lazyPage(<WorkflowsPage />);
    case 'workflowDesigner':
      return draftPage(<WorkflowDesignerPage workflowId={route.workflowId} />);
    case 'versions':
      return lazyPage(<VersionsPage />);
    case 'versionDetail':
      return lazyPage(<VersionDetailPage kind={route.kind} id={route.id} />);
    case 'reports':
      return lazyPage(<ReportsPage />);
    case 'audit':
      return lazyPage(<AuditPage />);
    case 'records':
      return lazyPage(<RecordsPage />);
    case 'recordForm':
      return lazyPage(<RecordFormPage formId={route.formId} />);
    case 'notFound':
      return <NotFound />;
  }
}

function lazyPage(page: ReactElement) {
  return <Suspense fallback={<Loading />}>{page}</Suspense>;
}

/** The builder and the designer show forms that are not published: their validators are generated on request. */
function draftPage(page: ReactElement) {
  return lazyPage(
    <FormValidatorsContext.Provider value={draftFormValidators}>{page}</FormValidatorsContext.Provider>,
  );
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
