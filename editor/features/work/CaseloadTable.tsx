import { api } from '../../api/api';
import { LoadFailure, Loading } from '../../app/LoadFailure';
import { toHref } from '../../app/routes';
import { useResource } from '../../app/useResource';
import { formatDate } from '../../i18n/formatDate';
import { useLanguage } from '../../i18n/LanguageContext';
import { describeMember } from './describeMember';

/** The families the worker is responsible for, each with its next due date. */
export function CaseloadTable() {
  const { t, language } = useLanguage();
  const caseload = useResource('caseload', () => api.getCaseload());
  if (caseload.status === 'loading') return <Loading />;
  if (caseload.status === 'error') return <LoadFailure error={caseload.error} onRetry={caseload.reload} />;
  if (caseload.data.length === 0) return <p>{t.work.noCaseload}</p>;
  const date = (iso: string) => formatDate(iso, language);
  return (
    <table className="table table--zebra caseload-table">
      <caption>{t.work.caseloadCaption(caseload.data.length)}</caption>
      <thead>
        <tr>
          <th scope="col">{t.work.family}</th>
          <th scope="col">{t.work.members}</th>
          <th scope="col">{t.work.nextDue}</th>
        </tr>
      </thead>
      <tbody>
        {caseload.data.map((family) => (
          <tr key={family.id}>
            <th scope="row">
              <a href={toHref({ name: 'family', familyId: family.id })}>{family.name}</a>
            </th>
            <td>
              <ul className="unstyled-list">
                {family.members.map((member) => (
                  <li key={member.id}>{describeMember(member, t, date)}</li>
                ))}
              </ul>
            </td>
            <td>{family.nextDue ? date(family.nextDue) : t.work.noNextDue}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
