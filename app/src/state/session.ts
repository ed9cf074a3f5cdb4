import type { KeyValueStorage, Session } from "@chat-app/client";

export const SESSION_KEY = "chat.session";
export const EXPIRED_MESSAGE = "Your session expired, please log in again";

/** The token and user kept in localStorage, so a reload keeps the person logged in. */
export function loadSession(storage: KeyValueStorage): Session | null {
  try {
    const parsed = JSON.parse(storage.getItem(SESSION_KEY) ?? "null") as Partial<Session> | null;
    if (parsed && typeof parsed.token === "string" && parsed.user && typeof parsed.user.id === "number" && typeof parsed.user.username === "string") {
      return { token: parsed.token, user: parsed.user };
    }
  } catch {
    // A corrupt entry means no session.
  }
  return null;
}

export function saveSession(storage: KeyValueStorage, session: Session): void {
  storage.setItem(SESSION_KEY, JSON.stringify(session));
}

export function clearSession(storage: KeyValueStorage): void {
  storage.removeItem(SESSION_KEY);
}
