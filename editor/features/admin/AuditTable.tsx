import { formatDateTime } from '../../i18n/formatDate';
import { useLanguage } from '../../i18n/LanguageContext';
import { useFeatureText } from '../../i18n/useFeatureText';
import type { AuditRow } from './auditApi';
import { auditText } from './text';

/** Uses of data as a table: when, what was done, why, to what, by whom (unless hidden). */
export function AuditTable({
  rows,
  caption,
  showFamily,
}: {
  rows: AuditRow[];
  caption: string;
  showFamily?: boolean;
}) {
  const { language } = useLanguage();
  const text = useFeatureText(auditText);
  if (rows.length === 0) return <p>{text.none}</p>;
  return (
    // Focusable, so a keyboard user can scroll a wide table sideways on a tablet.
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="table table--compact">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{text.columns.at}</th>
            <th scope="col">{text.columns.action}</th>
            <th scope="col">{text.columns.purpose}</th>
            <th scope="col">{text.columns.what}</th>
            {showFamily ? <th scope="col">{text.columns.family}</th> : null}
            <th scope="col">{text.columns.who}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.seq}>
              <td>{formatDateTime(row.at, language)}</td>
              <td>{text.actions[row.action] ?? row.action}</td>
              <td>{text.purposes[row.purpose] ?? row.purpose}</td>
              <td>{text.whats[row.what] ?? row.what}</td>
              {showFamily ? <td className="audit-id">{row.familyId ?? ''}</td> : null}
              <td>{row.user ? row.user.name : text.hidden}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
