import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api } from '../api/api';
import { setUnauthorizedHandler } from '../api/client';
import type { User } from '../api/types';
import { clearLocalDrafts } from '../api/localDrafts';

interface SessionState {
  /** undefined while the app asks the server who is logged in. */
  user: User | null | undefined;
  /** Set when the server logged the user out (the session ran out), so the login page can say so. */
  expired: boolean;
  login: (username: string, password: string) => Promise<void>;
  logout: () => Promise<void>;
}

const SessionContext = createContext<SessionState | undefined>(undefined);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null | undefined>(undefined);
  const [expired, setExpired] = useState(false);

  useEffect(() => {
    let current = true;
    api.getSession().then(
      ({ user: found }) => current && setUser(found),
      // 401 means "not logged in"; any other failure also leads to the login page, which reports it on login.
      () => current && setUser(null),
    );
    setUnauthorizedHandler(() => {
      setUser((was) => {
        if (was) setExpired(true);
        return null;
      });
    });
    return () => {
      current = false;
      setUnauthorizedHandler(undefined);
    };
  }, []);

  const login = useCallback(async (username: string, password: string) => {
    const { user: found } = await api.login(username, password);
    setExpired(false);
    setUser(found);
  }, []);
  const logout = useCallback(async () => {
    const ended = await api.logout();
    // Drafts on the device hold families' answers: the next person at the tablet must not find them.
    clearLocalDrafts();
    setUser(null);
    // A broker login: end the broker's session too, or the next login would go straight through.
    if (ended?.logoutUrl) window.location.assign(ended.logoutUrl);
  }, []);
  const value = useMemo(() => ({ user, expired, login, logout }), [user, expired, login, logout]);
  return <SessionContext value={value}>{children}</SessionContext>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession() is used outside <SessionProvider>');
  return state;
}
