import { MemoryStorage } from "@chat-app/client";
import { clearSession, forgetPerson, loadSession, saveSession, SESSION_KEY } from "./session";

describe("session storage", () => {
  it("round-trips the token and user, and clears them", () => {
    const storage = new MemoryStorage();
    expect(loadSession(storage)).toBeNull();
    saveSession(storage, { token: "t", user: { id: 1, username: "alice" } });
    expect(loadSession(storage)).toEqual({ token: "t", user: { id: 1, username: "alice" } });
    clearSession(storage);
    expect(loadSession(storage)).toBeNull();
  });

  it("forgets everything kept for the person on log-out, and nothing of anyone else's", () => {
    const storage = new MemoryStorage();
    saveSession(storage, { token: "t", user: { id: 7, username: "alice" } });
    for (const key of ["chat.outbox.7", "chat.drafts.7", "chat.names.7", "chat.groupNames.7"]) storage.setItem(key, "[]");
    storage.setItem("chat.drafts.17", "{}");
    storage.setItem("chat.theme", "dark");
    forgetPerson(storage, 7);
    expect(loadSession(storage)).toBeNull();
    const left = Array.from({ length: storage.length }, (_, i) => storage.key(i));
    expect(left.sort()).toEqual(["chat.drafts.17", "chat.theme"]);
  });

  it.each(["{", "null", "[]", '{"token":1}', '{"token":"t","user":{"id":"1","username":"a"}}'])("treats %s as no session", (raw) => {
    const storage = new MemoryStorage();
    storage.setItem(SESSION_KEY, raw);
    expect(loadSession(storage)).toBeNull();
  });
});
