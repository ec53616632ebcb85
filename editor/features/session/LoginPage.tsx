import { useEffect, useState, type FormEvent } from 'react';
import { isApiError } from '../../api/client';
import { ErrorList, type ListedError } from '../../app/ErrorList';
import { toMessage } from '../../app/LoadFailure';
import { Page } from '../../app/Page';
import { useSession } from '../../app/SessionContext';
import { TextField } from '../../app/TextField';
import { useLanguage } from '../../i18n/LanguageContext';
import { useFeatureText } from '../../i18n/useFeatureText';
import { getLoginOptions, type LoginOptions } from './sessionApi';
import { texts } from './text';

/** The app opens with `?login=oidc-failed` when the identity broker's login was refused. */
function isBrokerFailure(): boolean {
  return new URLSearchParams(window.location.search).get('login') === 'oidc-failed';
}

/**
 * Username and password, and the municipality's identity broker when configured; on success the page the
 * worker asked for opens (the URL is kept).
 */
export function LoginPage() {
  const { t } = useLanguage();
  const text = useFeatureText(texts);
  const [options, setOptions] = useState<LoginOptions>({ oidc: null });
  const [brokerFailed] = useState(isBrokerFailure);
  const { login, expired } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<ListedError[]>(() =>
    brokerFailed ? [{ text: text.brokerFailed }] : [],
  );

  useEffect(() => {
    let current = true;
    // Without the options the page still offers username and password.
    getLoginOptions()
      .then((found) => current && setOptions(found))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, []);
  const [fieldErrors, setFieldErrors] = useState<{ username?: string; password?: string }>({});
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const missing = {
      username: username.trim() ? undefined : t.app.required,
      password: password ? undefined : t.app.required,
    };
    if (missing.username || missing.password) {
      setFieldErrors(missing);
      setErrors([
        ...(missing.username
          ? [{ fieldId: 'login-username', text: `${t.login.username}: ${missing.username}` }]
          : []),
        ...(missing.password
          ? [{ fieldId: 'login-password', text: `${t.login.password}: ${missing.password}` }]
          : []),
      ]);
      setAttempt((n) => n + 1);
      return;
    }
    setBusy(true);
    setFieldErrors({});
    try {
      await login(username.trim(), password);
    } catch (error) {
      const message =
        isApiError(error) && error.status === 401
          ? error.detail
          : isApiError(error) && error.status === 429
            ? text.locked
            : toMessage(error, t.app);
      setErrors([{ text: message }]);
      setAttempt((n) => n + 1);
      setBusy(false);
    }
  };

  return (
    <Page title={t.login.title}>
      {expired ? (
        <div className="alert alert-info">
          <p className="alert-text">{t.app.sessionExpired}</p>
        </div>
      ) : null}
      <ErrorList title={t.app.problemTitle} errors={errors} attempt={attempt} />
      {options.oidc ? (
        <>
          {/* A full page load: the broker's login is another site. */}
          <p>
            <a className="button button-primary" href={options.oidc.loginUrl}>
              {text.brokerLogin(options.oidc.name)}
            </a>
          </p>
          <p>{text.or}</p>
        </>
      ) : (
        <p>{t.login.intro}</p>
      )}
      <form className="narrow-form" noValidate onSubmit={(event) => void handleSubmit(event)}>
        <TextField
          id="login-username"
          label={t.login.username}
          value={username}
          onChange={setUsername}
          error={fieldErrors.username}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
        />
        <TextField
          id="login-password"
          type="password"
          label={t.login.password}
          value={password}
          onChange={setPassword}
          error={fieldErrors.password}
          autoComplete="current-password"
        />
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t.login.submitting : t.login.submit}
        </button>
      </form>
    </Page>
  );
}
