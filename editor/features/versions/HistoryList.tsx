import { formatDateTime } from '../../i18n/formatDate';
import { useLanguage } from '../../i18n/LanguageContext';
import { useFeatureText } from '../../i18n/useFeatureText';
import { versionsTexts } from './text';
import type { HistoryEntry } from './versionsApi';

/** Who did what, when and why: the definition's lifecycle, newest first. */
export function HistoryList({ history }: { history: HistoryEntry[] }) {
  const text = useFeatureText(versionsTexts);
  const { language } = useLanguage();
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">{text.historyHeading}</h2>
      <ol className="unstyled-list version-history">
        {[...history].reverse().map((entry, index) => (
          <li key={`${entry.at}:${index}`}>
            <strong>{text.actions[entry.action] ?? entry.action}</strong>
            {entry.version !== undefined ? ` v${entry.version}` : ''} · {formatDateTime(entry.at, language)} ·{' '}
            {entry.by.name}
            {entry.comment ? <span className="version-history-comment"> — {entry.comment}</span> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
