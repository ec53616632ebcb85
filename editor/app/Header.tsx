import { useLanguage } from '../i18n/LanguageContext';
import { AUDIT_ROLES, EDITOR_ROLES, RECORD_ROLES, REPORT_ROLES, WORKER_ROLES } from './roles';
import { HOME, toHref, type Route } from './routes';
import { useSession } from './SessionContext';
import { useStatus } from './StatusContext';
import { useRoute } from './useRoute';

interface MenuItem {
  label: string;
  target: Route;
  current: boolean;
  shown: boolean;
}

/** The top of every page: product name, the main menu, the language switch and who is logged in. */
export function Header() {
  const { t, setLanguage } = useLanguage();
  const { user, logout } = useSession();
  const { announce } = useStatus();
  const route = useRoute();
  const handleLogout = () => {
    logout().catch(() => announce({ kind: 'error', text: t.app.networkError }));
  };
  const roles = user?.roles ?? [];
  const may = (group: readonly string[]) => roles.some((role) => group.includes(role));
  const items: MenuItem[] = [
    { label: t.app.myWork, target: HOME, current: route.name === 'work', shown: may(WORKER_ROLES) },
    {
      label: t.app.families,
      target: { name: 'families', q: '' },
      current: route.name === 'families',
      shown: may(WORKER_ROLES),
    },
    {
      label: t.app.menuForms,
      target: { name: 'forms' },
      current: route.name === 'forms' || route.name === 'formBuilder',
      shown: may(EDITOR_ROLES),
    },
    {
      label: t.app.menuWorkflows,
      target: { name: 'workflows' },
      current: route.name === 'workflows' || route.name === 'workflowDesigner',
      shown: may(EDITOR_ROLES),
    },
    {
      label: t.app.menuVersions,
      target: { name: 'versions' },
      current: route.name === 'versions' || route.name === 'versionDetail',
      shown: may(EDITOR_ROLES),
    },
    {
      label: t.app.menuRecords,
      target: { name: 'records' },
      current: route.name === 'records' || route.name === 'recordForm',
      shown: may(RECORD_ROLES),
    },
    {
      label: t.app.menuReports,
      target: { name: 'reports' },
      current: route.name === 'reports',
      shown: may(REPORT_ROLES),
    },
    {
      label: t.app.menuAudit,
      target: { name: 'audit' },
      current: route.name === 'audit',
      shown: may(AUDIT_ROLES),
    },
  ];
  const menu = items.filter((item) => item.shown);
  return (
    <header className="app-header">
      <div className="container app-header-inner">
        <a className="app-name" href={toHref(HOME)}>
          {t.app.name}
          <span className="app-tagline">{t.app.tagline}</span>
        </a>
        {user ? (
          <nav aria-label={t.app.mainNav} className="app-nav">
            <ul className="unstyled-list">
              {menu.map((item) => (
                <li key={item.target.name}>
                  <a href={toHref(item.target)} aria-current={item.current ? 'page' : undefined}>
                    {item.label}
                  </a>
                </li>
              ))}
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
