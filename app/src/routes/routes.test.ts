import { groupKey, userKey } from "@chat-app/client";
import { matchRoutes } from "react-router-dom";
import {
  afterLogin,
  chatPath,
  conversationOf,
  conversationPath,
  groupPath,
  isPasswordResetState,
  loginState,
  NOT_FOUND,
  parseId,
  passwordResetState,
  PATHS,
} from "./paths";
import { appRoutes } from "./tree";

/** The view a URL shows, as ConversationsRoute decides it: the deepest route, unless its id is impossible. */
function viewOf(pathname: string): string {
  const matches = matchRoutes(appRoutes(), pathname) ?? [];
  const leaf = matches[matches.length - 1];
  if (!leaf) return "no match";
  return conversationOf(leaf.params) === NOT_FOUND ? "not-found" : (leaf.route.id ?? "no id");
}

describe("route tree", () => {
  it.each([
    ["/", "chats"],
    ["/login", "login"],
    ["/register", "register"],
    ["/forgot-password", "forgot-password"],
    ["/reset-password", "reset-password"],
    ["/verify-email", "verify-email"],
    ["/chat/42", "chat"],
    ["/chat/42/", "chat"],
    ["/group/3", "group"],
    ["/group/3/", "group"],
    ["/chat/abc", "not-found"],
    ["/chat/1e3", "not-found"],
    ["/chat/-1", "not-found"],
    ["/group/x", "not-found"],
    ["/chat/../../etc", "not-found"],
    ["/chat/1/2", "not-found"],
    ["/chat", "not-found"],
    ["/nope", "not-found"],
    ["/login/extra", "not-found"],
    ["/admin", "admin"],
    ["/admin/x", "not-found"],
  ])("%s shows %s", (path, view) => {
    expect(viewOf(path)).toBe(view);
  });

  it("gives the chat list and both conversation routes one parent, so one chat screen stays mounted", () => {
    const parents = ["/", "/chat/1", "/group/1"].map((path) => matchRoutes(appRoutes(), path)?.at(-2)?.route.id);
    expect(parents).toEqual(["conversations", "conversations", "conversations"]);
  });
});

describe("paths", () => {
  it("builds what the tree matches", () => {
    expect(chatPath(7)).toBe("/chat/7");
    expect(groupPath(7)).toBe("/group/7");
    expect(conversationPath(userKey(7))).toBe("/chat/7");
    expect(conversationPath(groupKey(7))).toBe("/group/7");
    for (const path of [PATHS.chats, PATHS.login, PATHS.register, chatPath(7), groupPath(7)]) expect(viewOf(path)).not.toBe("not-found");
  });

  it("reads the conversation from the params, and only digits as an id", () => {
    expect(conversationOf({})).toBeNull();
    expect(conversationOf({ partnerId: "42" })).toEqual(userKey(42));
    expect(conversationOf({ groupId: "3" })).toEqual(groupKey(3));
    expect(conversationOf({ partnerId: "abc" })).toBe(NOT_FOUND);
    expect(conversationOf({ groupId: "" })).toBe(NOT_FOUND);
    expect(parseId("0012")).toBe(12);
    expect(parseId("1".repeat(16))).toBeNull();
    expect(parseId(undefined)).toBeNull();
  });
});

describe("after log-in", () => {
  it("lands on the page a link asked for", () => {
    expect(afterLogin(loginState("/group/1"))).toBe("/group/1");
    expect(afterLogin(loginState("/chat/5"))).toBe("/chat/5");
  });

  it("lands on the chat list without one, or with anything that is not a page of ours", () => {
    for (const state of [
      null,
      undefined,
      "/chat/5",
      {},
      { from: 5 },
      { from: "https://evil.example" },
      { from: "//evil.example" },
      loginState("/login"),
      loginState("/register"),
      loginState("/forgot-password"),
      loginState("/reset-password"),
      passwordResetState(),
    ]) {
      expect(afterLogin(state)).toBe(PATHS.chats);
    }
  });
});

describe("after a password reset", () => {
  it("tells the log-in page, and nothing else passes for it", () => {
    expect(isPasswordResetState(passwordResetState())).toBe(true);
    for (const state of [null, undefined, {}, loginState("/chat/5"), { passwordReset: "yes" }]) expect(isPasswordResetState(state)).toBe(false);
  });
});
