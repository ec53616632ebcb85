import { useLanguage } from '../i18n/LanguageContext';
import { toHref } from './routes';
import { useSession } from './SessionContext';
import { useStatus } from './StatusContext';

/** The top of every page: product name, the main menu, the language switch and who is logged in. */
export function Header() {
  const { t, setLanguage } = useLanguage();
  const { user, logout } = useSession();
  const { announce } = useStatus();
  const handleLogout = () => {
    logout().catch(() => announce({ kind: 'error', text: t.app.networkError }));
  };
  return (
    <header className="app-header">
      <div className="container app-header-inner">
        <a className="app-name" href={toHref({ name: 'families', q: '' })}>
          {t.app.name}
          <span className="app-tagline">{t.app.tagline}</span>
        </a>
        {user ? (
          <nav aria-label={t.app.mainNav} className="app-nav">
            <ul className="unstyled-list">
              <li>
                <a href={toHref({ name: 'families', q: '' })}>{t.app.families}</a>
              </li>
            </ul>
          </nav>
        ) : null}
        <div className="app-tools">
          <button
            type="button"
            className="button button-tertiary"
            lang={t.app.switchToLang}
            onClick={() => setLanguage(t.app.switchToLang)}
          >
            {t.app.switchTo}
          </button>
          {user ? (
            <>
              <span className="app-user">{t.app.loggedInAs(user.name)}</span>
              <button type="button" className="button button-secondary" onClick={handleLogout}>
                {t.app.logout}
              </button>
            </>
          ) : null}
        </div>
      </div>
    </header>
  );
}
