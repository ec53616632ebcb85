import { api } from '../../api/api';
import { LoadFailure, Loading } from '../../app/LoadFailure';
import { toHref } from '../../app/routes';
import { useResource } from '../../app/useResource';
import { formatDateTime } from '../../i18n/formatDate';
import { useLanguage } from '../../i18n/LanguageContext';
import { toText } from '../../../runtime/i18n/text';

/**
 * What has happened with the family, newest first: registrations, births, pathways, forms, steps. A filled-in
 * form links to its answers, read-only.
 */
export function TimelineList({ familyId, version }: { familyId: string; version: string }) {
  const { t, language } = useLanguage();
  const timeline = useResource(`timeline/${familyId}/${version}`, () => api.getTimeline(familyId));
  if (timeline.status === 'loading') return <Loading />;
  if (timeline.status === 'error') return <LoadFailure error={timeline.error} onRetry={timeline.reload} />;
  if (timeline.data.length === 0) return <p>{t.family.noTimeline}</p>;
  return (
    <ol className="timeline">
      {timeline.data.map((entry) => {
        const summary = toText(entry.summary, language);
        return (
          <li key={entry.id} className={`timeline-entry timeline-${entry.kind}`}>
            <time dateTime={entry.at}>{formatDateTime(entry.at, language)}</time>
            {entry.submissionId ? (
              <a
                className="timeline-summary"
                href={toHref({ name: 'submission', familyId, submissionId: entry.submissionId })}
              >
                {summary}
              </a>
            ) : (
              <span className="timeline-summary">{summary}</span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
