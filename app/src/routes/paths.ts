import { type ConversationKey, groupKey, isGroupKey, keyId, userKey } from "@chat-app/client";

/**
 * Every URL of the chat, as react-router 6 patterns, and the builders for them: no React here, so the
 * mobile app (@ionic/react-router, also react-router 6) can import the same module. The server
 * answers each of these paths with index.html.
 */
export const PATHS = {
  login: "/login",
  register: "/register",
  /** The mail's links (server/src/services/email-links.ts) open the last two. */
  forgotPassword: "/forgot-password",
  resetPassword: "/reset-password",
  verifyEmail: "/verify-email",
  chats: "/",
  chat: "/chat/:partnerId",
  group: "/group/:groupId",
  admin: "/admin",
} as const;

export const chatPath = (partnerId: number): string => `/chat/${partnerId}`;
export const groupPath = (groupId: number): string => `/group/${groupId}`;

/** Where a conversation is shown. */
export function conversationPath(key: ConversationKey): string {
  return isGroupKey(key) ? groupPath(keyId(key)) : chatPath(keyId(key));
}

/** An id as the server makes them: digits only, so `/chat/abc`, `/chat/1e3` and `/chat/-1` name nothing. */
export function parseId(param: string | undefined): number | null {
  return param !== undefined && /^\d{1,15}$/.test(param) ? Number(param) : null;
}

/** The address names something that cannot exist: the not-found page. */
export const NOT_FOUND = "not-found";

/** The conversation the matched params name: none (the chat list), one, or an impossible id. */
export function conversationOf(params: Readonly<Record<string, string | undefined>>): ConversationKey | null | typeof NOT_FOUND {
  if ("partnerId" in params) {
    const id = parseId(params.partnerId);
    return id === null ? NOT_FOUND : userKey(id);
  }
  if ("groupId" in params) {
    const id = parseId(params.groupId);
    return id === null ? NOT_FOUND : groupKey(id);
  }
  return null;
}

/** What the log-in page remembers of a link opened while logged out (react-router location state). */
export interface LoginState {
  from: string;
}

export function loginState(from: string): LoginState {
  return { from };
}

/** The log-in page's state after a reset: it says the password changed. */
export interface PasswordResetState {
  passwordReset: true;
}

export function passwordResetState(): PasswordResetState {
  return { passwordReset: true };
}

export function isPasswordResetState(state: unknown): state is PasswordResetState {
  return typeof state === "object" && state !== null && "passwordReset" in state && state.passwordReset === true;
}

/** Where logging in lands: the page asked for, if it is one of ours, else the chat list. */
export function afterLogin(state: unknown): string {
  const from = typeof state === "object" && state !== null && "from" in state ? state.from : undefined;
  const local = typeof from === "string" && from.startsWith("/") && !from.startsWith("//");
  const authPages: string[] = [PATHS.login, PATHS.register, PATHS.forgotPassword, PATHS.resetPassword];
  return local && !authPages.includes(from) ? from : PATHS.chats;
}
