import { isApiError } from '../api/client';
import { useLanguage } from '../i18n/LanguageContext';

/** What a page shows when its data could not be loaded: the server's own words when it gave some. */
export function LoadFailure({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useLanguage();
  return (
    <div className="alert alert-error" role="alert">
      <p className="alert-text">{toMessage(error, t.app)}</p>
      {onRetry ? (
        <button type="button" className="button button-secondary mt-3" onClick={onRetry}>
          {t.app.retry}
        </button>
      ) : null}
    </div>
  );
}

export function toMessage(error: unknown, texts: { networkError: string; unexpectedError: string }): string {
  if (isApiError(error)) return error.status === 0 ? texts.networkError : error.detail || error.title;
  return texts.unexpectedError;
}

export function Loading() {
  const { t } = useLanguage();
  return <p className="loading">{t.app.loading}</p>;
}
