import type { KeyValueStorage, Session } from "@chat-app/client";

export const SESSION_KEY = "chat.session";

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

/** The storage a browser gives: what `forgetPerson` needs to find every key. */
export interface ListableStorage extends KeyValueStorage {
  readonly length: number;
  key(index: number): string | null;
}

/**
 * Log-out on a shared computer: the session and everything kept for this person (outbox, drafts,
 * names seen: every `chat.<what>.<user id>` key) leave the browser, so the next person sees nothing
 * of theirs. Settings that are not personal (the theme) stay.
 */
export function forgetPerson(storage: ListableStorage, userId: number): void {
  const suffix = `.${userId}`;
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    if (key?.startsWith("chat.") && key.endsWith(suffix)) keys.push(key);
  }
  for (const key of keys) storage.removeItem(key);
  clearSession(storage);
}
