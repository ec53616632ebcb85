import type { DueWindow } from '../../api/types';
import { formatDate, todayIso } from '../../i18n/formatDate';
import { useLanguage } from '../../i18n/LanguageContext';

/** "forfalder 12. marts 2027 (vindue 26. februar 2027 – 12. marts 2027)", with "overskredet" once it has passed. */
export function DueText({ due }: { due: DueWindow }) {
  const { t, language } = useLanguage();
  if (!due.dueDate) return <span className="due due-unknown">{t.due.unknown}</span>;
  const date = (iso: string) => formatDate(iso, language);
  const hasWindow =
    due.windowStart && due.windowEnd && (due.windowStart !== due.dueDate || due.windowEnd !== due.dueDate);
  const overdue = (due.windowEnd ?? due.dueDate) < todayIso();
  return (
    <span className="due">
      {t.due.dueOn(date(due.dueDate))}
      {hasWindow && due.windowStart && due.windowEnd
        ? ` (${t.due.window(date(due.windowStart), date(due.windowEnd))})`
        : null}
      {overdue ? <strong className="due-overdue"> – {t.due.overdue}</strong> : null}
    </span>
  );
}
