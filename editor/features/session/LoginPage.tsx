import { useState, type FormEvent } from 'react';
import { isApiError } from '../../api/client';
import { ErrorList, type ListedError } from '../../app/ErrorList';
import { toMessage } from '../../app/LoadFailure';
import { Page } from '../../app/Page';
import { useSession } from '../../app/SessionContext';
import { TextField } from '../../app/TextField';
import { useLanguage } from '../../i18n/LanguageContext';

/** Username and password; on success the page the worker asked for opens (the URL is kept). */
export function LoginPage() {
  const { t } = useLanguage();
  const { login, expired } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<ListedError[]>([]);
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
      const text = isApiError(error) && error.status === 401 ? error.detail : toMessage(error, t.app);
      setErrors([{ text }]);
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
      <p>{t.login.intro}</p>
      <ErrorList title={t.app.problemTitle} errors={errors} attempt={attempt} />
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
