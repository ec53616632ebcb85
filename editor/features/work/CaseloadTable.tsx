import { api } from '../../api/api';
import { LoadFailure, Loading } from '../../app/LoadFailure';
import { useResource } from '../../app/useResource';
import { formatDate } from '../../i18n/formatDate';
import { useLanguage } from '../../i18n/LanguageContext';
import { FamilyTable } from './FamilyTable';

/** The families the worker is responsible for, each with its next due date. */
export function CaseloadTable() {
  const { t, language } = useLanguage();
  const caseload = useResource('caseload', () => api.getCaseload());
  if (caseload.status === 'loading') return <Loading />;
  if (caseload.status === 'error') return <LoadFailure error={caseload.error} onRetry={caseload.reload} />;
  if (caseload.data.length === 0) return <p>{t.work.noCaseload}</p>;
  return (
    <FamilyTable
      families={caseload.data}
      caption={t.work.caseloadCaption(caseload.data.length)}
      className="caseload-table"
      headings={{ name: t.work.family, members: t.work.members, last: t.work.nextDue }}
      last={(family) => (family.nextDue ? formatDate(family.nextDue, language) : t.work.noNextDue)}
    />
  );
}
