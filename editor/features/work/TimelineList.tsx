import { api } from '../../api/api';
import { LoadFailure, Loading } from '../../app/LoadFailure';
import { useResource } from '../../app/useResource';
import { formatDateTime } from '../../i18n/formatDate';
import { useLanguage } from '../../i18n/LanguageContext';
import { toText } from '../../../runtime/i18n/text';

/** What has happened with the family, newest first: registrations, births, pathways, forms, steps. */
export function TimelineList({ familyId, version }: { familyId: string; version: string }) {
  const { t, language } = useLanguage();
  const timeline = useResource(`timeline/${familyId}/${version}`, () => api.getTimeline(familyId));
  if (timeline.status === 'loading') return <Loading />;
  if (timeline.status === 'error') return <LoadFailure error={timeline.error} onRetry={timeline.reload} />;
  if (timeline.data.length === 0) return <p>{t.family.noTimeline}</p>;
  return (
    <ol className="timeline">
      {timeline.data.map((entry) => (
        <li key={entry.id} className={`timeline-entry timeline-${entry.kind}`}>
          <time dateTime={entry.at}>{formatDateTime(entry.at, language)}</time>
          <span className="timeline-summary">{toText(entry.summary, language)}</span>
        </li>
      ))}
    </ol>
  );
}
