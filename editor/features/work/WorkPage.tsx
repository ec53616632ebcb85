import { api } from '../../api/api';
import { LoadFailure, Loading } from '../../app/LoadFailure';
import { Page } from '../../app/Page';
import type { WorkScope } from '../../app/routes';
import { useResource } from '../../app/useResource';
import { useLanguage } from '../../i18n/LanguageContext';
import { CaseloadTable } from './CaseloadTable';
import { WorkBuckets } from './WorkBuckets';
import { WorkFilters } from './WorkFilters';

/** "Mit arbejde", the landing page: the dated steps of her (or her team's) families by bucket, and her families. */
export function WorkPage({ scope, workflowId }: { scope: WorkScope; workflowId: string }) {
  const { t } = useLanguage();
  const worklist = useResource(`worklist/${scope}/${workflowId}`, () =>
    api.getWorklist({ scope, ...(workflowId ? { workflowId } : {}) }),
  );
  return (
    <Page title={t.work.title}>
      <WorkFilters scope={scope} workflowId={workflowId} />
      {worklist.status === 'loading' ? <Loading /> : null}
      {worklist.status === 'error' ? <LoadFailure error={worklist.error} onRetry={worklist.reload} /> : null}
      {worklist.status === 'ready' ? <WorkBuckets items={worklist.data.items} /> : null}
      <section aria-labelledby="caseload-heading" className="caseload-section">
        <h2 id="caseload-heading">{t.work.caseload}</h2>
        <CaseloadTable />
      </section>
    </Page>
  );
}
