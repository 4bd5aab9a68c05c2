/**
 * The session for this browser tab: token, expiry and who signed in (sessionStorage, so it
 * ends with the tab). Never reporter data: unmasked identities live only in component state.
 */
export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  roles: string[];
  department?: { id: string; name: string } | null;
}

export interface Session {
  token: string;
  expiresAt: string;
  user: SessionUser;
}

const KEY = "prp.session";

export function readSession(): Session | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    if (!raw) return null;
    const s = JSON.parse(raw) as Session;
    if (!s.token || !s.expiresAt || Date.parse(s.expiresAt) <= Date.now()) {
      sessionStorage.removeItem(KEY);
      return null;
    }
    return s;
  } catch {
    return null;
  }
}

export function saveSession(s: Session): void {
  sessionStorage.setItem(KEY, JSON.stringify({ token: s.token, expiresAt: s.expiresAt, user: s.user }));
}

export function clearSession(): void {
  sessionStorage.removeItem(KEY);
}
