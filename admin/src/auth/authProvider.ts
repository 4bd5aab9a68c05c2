import type { AuthProvider } from "react-admin";
import { dataProvider } from "../data/dataProvider";
import { PortalError } from "../data/errors";
import { canAccess } from "./access";
import { clearSession, readSession, saveSession, type Session } from "./session";

/** Sign-in with the directory's `login`; the session lasts for the browser tab. */
export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    let payload: Session;
    try {
      payload = await dataProvider.run<Session>("me", "login", { username: String(username ?? "").trim(), password });
    } catch (err) {
      // the directory says why (wrong password, account disabled) in Chinese
      throw new Error(err instanceof PortalError ? err.message.replace(/^填写有误：/, "") : "登录失败，请重试", {
        cause: err,
      });
    }
    saveSession(payload);
  },
  async logout() {
    // the directory ends the session server-side: the token is refused everywhere within seconds.
    // Without a session (expired, or already refused) there is nothing to end on the server.
    if (readSession()) {
      try {
        await dataProvider.run("me", "logout");
      } catch {
        // the server could not be told (offline, or the session already ended): the tab forgets it anyway
      }
    }
    clearSession();
  },
  async checkAuth() {
    if (!readSession()) throw new Error("请登录后继续");
  },
  async checkError(error: any) {
    // only an expired or revoked session leads back to the login page; FORBIDDEN does not
    if (error?.status === 401 || error?.code === "UNAUTHENTICATED") {
      clearSession();
      throw new Error("登录已失效，请重新登录");
    }
  },
  async getIdentity() {
    const s = readSession();
    if (!s) throw new Error("请登录后继续");
    return {
      id: s.user.id,
      fullName: s.user.displayName,
      username: s.user.username,
      department: s.user.department?.name,
    };
  },
  async getPermissions() {
    return readSession()?.user.roles ?? [];
  },
  async canAccess({ resource, action }) {
    return canAccess(readSession()?.user.roles ?? [], resource, action);
  },
};
