import { isApiError } from '../../api/client';
import { toMessage } from '../../app/LoadFailure';
import { useLanguage } from '../../i18n/LanguageContext';
import { useFeatureText } from '../../i18n/useFeatureText';
import type { SyncState } from './createDraftSync';
import { workTexts } from './text';

/**
 * Where the typed answers are: "Gemt 10.32", "Gemmer…", "Ikke forbundet – gemt på enheden", "Konflikt".
 * Always in the page as a polite live region, so a screen reader hears each change without losing its place.
 */
export function SyncStatus({ state, localOk }: { state: SyncState; localOk: boolean }) {
  const { t, language } = useLanguage();
  const text = useFeatureText(workTexts).sync;
  const time = (iso: string) =>
    new Intl.DateTimeFormat(language === 'da' ? 'da-DK' : 'en-GB', { timeStyle: 'short' }).format(
      new Date(iso),
    );
  let message: string;
  switch (state.kind) {
    case 'idle':
      message = text.idle;
      break;
    case 'saving':
      message = text.saving;
      break;
    case 'saved':
      message = text.saved(time(state.at));
      break;
    case 'offline':
      message = text.offline;
      break;
    case 'submitQueued':
      message = text.submitQueued;
      break;
    case 'submitting':
      message = text.submitting;
      break;
    case 'conflict':
      message = text.conflict;
      break;
    case 'failed':
      message =
        isApiError(state.error) && state.error.status === 422 && state.error.errors.length > 0
          ? text.idle
          : text.failed(toMessage(state.error, t.app, language));
      break;
  }
  const warn = state.kind === 'offline' || state.kind === 'submitQueued' || state.kind === 'conflict';
  return (
    <div className={`sync-status${warn ? ' sync-status-warning' : ''}`}>
      <div
        role="status"
        aria-label={text.label}
        aria-live="polite"
        aria-atomic="true"
        className="sync-status-text"
      >
        {message}
      </div>
      {localOk ? null : <p className="sync-status-note">{text.localUnavailable}</p>}
    </div>
  );
}
