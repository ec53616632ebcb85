import type { WorkBucket, WorkItem } from '../../api/types';
import { toHref } from '../../app/routes';
import { formatDate } from '../../i18n/formatDate';
import { useLanguage } from '../../i18n/LanguageContext';
import { toText } from '../../../runtime/i18n/text';

const BUCKETS: WorkBucket[] = ['overdue', 'today', 'week', 'upcoming'];

/**
 * The dated steps by bucket, as the server counts them from its today: overdue, today, this week, later.
 * Each says why it is there ("Sundhedssamtalen — forfalder 12. marts 2027") and links to the family.
 */
export function WorkBuckets({ items }: { items: WorkItem[] }) {
  const { t, language } = useLanguage();
  const date = (iso: string) => formatDate(iso, language);
  return BUCKETS.map((bucket) => {
    const inBucket = items.filter((item) => item.bucket === bucket);
    const headingId = `bucket-${bucket}`;
    return (
      <section key={bucket} className={`work-bucket work-bucket-${bucket}`} aria-labelledby={headingId}>
        <h2 id={headingId}>
          {t.work.buckets[bucket]}{' '}
          <span className="work-bucket-count">({t.work.count(inBucket.length)})</span>
        </h2>
        {inBucket.length === 0 ? (
          <p>{t.work.noneInBucket}</p>
        ) : (
          <ul className="work-items">
            {inBucket.map((item) => (
              <li key={`${item.pathwayId}/${item.state}`} className="work-item">
                <a href={toHref({ name: 'family', familyId: item.familyId })}>{item.familyName}</a>
                {item.childName ? ` ${t.work.familyOf(item.childName)}` : null}
                <span className="work-item-programme">{toText(item.workflowTitle, language)}</span>
                <span className="work-item-reason">
                  {t.work.reason(toText(item.title, language), date(item.dueDate))}
                  {bucket === 'overdue' || bucket === 'today'
                    ? ` (${t.work.windowEnds(date(item.windowEnd))})`
                    : null}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    );
  });
}
