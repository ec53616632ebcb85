import { isApiError } from '../../api/client';
import { toMessage } from '../../app/LoadFailure';
import { useLanguage } from '../../i18n/LanguageContext';

/** A refused step with every reason the server gave (publishing gate, four eyes, stale revision). */
export function ActionError({ error }: { error: unknown }) {
  const { t, language } = useLanguage();
  const reasons = isApiError(error) ? error.errors.map((e) => e.message).filter(Boolean) : [];
  return (
    <div className="alert alert-error" role="alert">
      <p className="alert-text">{toMessage(error, t.app, language)}</p>
      {reasons.length > 0 ? (
        <ul className="alert-text">
          {reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
