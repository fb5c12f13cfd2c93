// Who is signed in. On load the app asks GET /api/session (the cookie is HttpOnly, so only the server
// knows); the CSRF token it returns is kept in memory by api.ts and never stored.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, ApiError, setCsrfToken } from '../api';
import type { SessionBody, User } from './types';

export interface Session {
  /** false until the first GET /api/session has answered */
  ready: boolean;
  user: User | null;
  signIn(login: string, password: string): Promise<User>;
  signOut(): Promise<void>;
  /** PUT /api/session/password: my other sessions end, this one stays */
  changePassword(currentPassword: string, newPassword: string): Promise<User>;
}

const SessionContext = createContext<Session | null>(null);

/** kpcs_signed_in: set beside the HttpOnly session cookie at sign-in, with the same expiry (no secret) */
const SIGNED_IN = 'kpcs_signed_in';
const mayBeSignedIn = () => document.cookie.split(';').some((c) => c.trim().startsWith(`${SIGNED_IN}=`));
/** the session ended elsewhere (expired, signed out, password changed on another device) */
const forgetSignedIn = () => {
  document.cookie = `${SIGNED_IN}=; Path=/; Max-Age=0; SameSite=Strict`;
};

export function SessionProvider({ children }: { children: ReactNode }) {
  const [ready, setReady] = useState(false);
  const [user, setUser] = useState<User | null>(null);

  useEffect(() => {
    let live = true;
    // anonymous (no hint cookie from a sign-in): nothing to ask, and no 401 in the console
    if (!mayBeSignedIn()) {
      setReady(true);
      return;
    }
    api
      .get<SessionBody>('/api/session')
      .then((s) => {
        if (!live) return;
        setCsrfToken(s.csrfToken);
        setUser(s.user);
      })
      .catch((e: unknown) => {
        if (!live) return;
        if (!(e instanceof ApiError) || e.status !== 401) console.warn('kpcs: could not read the session', e);
        else forgetSignedIn();
        setCsrfToken(null);
        setUser(null);
      })
      .finally(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, []);

  const signIn = useCallback(async (login: string, password: string) => {
    const s = await api.post<SessionBody>('/api/session', { login, password });
    setCsrfToken(s.csrfToken);
    setUser(s.user);
    return s.user;
  }, []);

  const signOut = useCallback(async () => {
    try {
      await api.delete('/api/session');
    } finally {
      forgetSignedIn();
      setCsrfToken(null);
      setUser(null);
    }
  }, []);

  const changePassword = useCallback(async (currentPassword: string, newPassword: string) => {
    const r = await api.put<{ user: User }>('/api/session/password', { currentPassword, newPassword });
    setUser(r.user);
    return r.user;
  }, []);

  const value = useMemo<Session>(() => ({ ready, user, signIn, signOut, changePassword }), [ready, user, signIn, signOut, changePassword]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession() outside <SessionProvider>');
  return value;
}
