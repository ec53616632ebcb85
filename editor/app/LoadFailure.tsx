import type { Language } from '../../runtime';
import { isApiError } from '../api/client';
import { toProblemText } from './problemText';
import { useLanguage } from '../i18n/LanguageContext';

/** What a page shows when its data could not be loaded: the server's own words when it gave some. */
export function LoadFailure({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t, language } = useLanguage();
  return (
    <div className="alert alert-error" role="alert">
      <p className="alert-text">{toMessage(error, t.app, language)}</p>
      {onRetry ? (
        <button type="button" className="button button-secondary mt-3" onClick={onRetry}>
          {t.app.retry}
        </button>
      ) : null}
    </div>
  );
}

/** The server's words for a problem, or (English UI) our English text for its status: see problemText.ts. */
export function toMessage(
  error: unknown,
  texts: { networkError: string; unexpectedError: string },
  language?: Language,
): string {
  if (!isApiError(error)) return texts.unexpectedError;
  if (error.status === 0) return texts.networkError;
  return (language && toProblemText(error.status, language)) ?? (error.detail || error.title);
}

export function Loading() {
  const { t } = useLanguage();
  return <p className="loading">{t.app.loading}</p>;
}
