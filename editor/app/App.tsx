import { useEffect, type MouseEvent } from 'react';
import { FormValidatorsContext } from '../../runtime/rendering/FormValidatorsContext';
import { publishedFormValidators } from '../api/formValidators';
import { LoginPage } from '../features/session/LoginPage';
import { LanguageProvider, useLanguage } from '../i18n/LanguageContext';
import { Header } from './Header';
import { Loading } from './LoadFailure';
import { RouteView } from './RouteView';
import { SessionProvider, useSession } from './SessionContext';
import { StatusProvider, StatusRegion, useStatus } from './StatusContext';
import { useRoute } from './useRoute';

export function App() {
  return (
    <LanguageProvider>
      <SessionProvider>
        <StatusProvider>
          {/* Forms validate with validators the server generated: the CSP allows no eval. */}
          <FormValidatorsContext.Provider value={publishedFormValidators}>
            <Shell />
          </FormValidatorsContext.Provider>
        </StatusProvider>
      </SessionProvider>
    </LanguageProvider>
  );
}

/** Skip link, header, status messages and the page for the current route (or the login page). */
function Shell() {
  const { t } = useLanguage();
  const { user } = useSession();
  const route = useRoute();
  const { pageChanged } = useStatus();
  const routeKey = JSON.stringify(route);
  useEffect(() => pageChanged(), [routeKey, pageChanged]);

  let content;
  if (user === undefined) content = <Loading />;
  else if (user === null) content = <LoginPage />;
  else content = <RouteView route={route} key={routeKey} />;

  return (
    <>
      <a className="skipnav" href="#main" onClick={skipToMain}>
        {t.app.skipLink}
      </a>
      <Header />
      <main id="main" tabIndex={-1} className="container app-main">
        <StatusRegion />
        {content}
      </main>
    </>
  );
}

/** The router owns the hash, so the skip link moves focus itself. */
function skipToMain(event: MouseEvent<HTMLAnchorElement>): void {
  event.preventDefault();
  document.getElementById('main')?.focus();
}
