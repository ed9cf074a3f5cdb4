import type * as Protocol from "@chat-app/protocol";
import type {
  ActiveCallsJson,
  AttachmentJson,
  MessagePinnedJson,
  MessageReactionsJson,
  PushPreferencesJson,
  PushSubscriptionInputJson,
  PushSubscriptionJson,
  RevokedSessionsJson,
  SessionsPage,
  VapidKeyJson,
} from "@chat-app/protocol";
import type { IceServersReply } from "./calls/ice-config";
import { type DownloadedFile, downloadFile } from "./download";
import { type ConversationRef, type GroupKey, isGroupKey, keyId, type UserKey } from "./keys";
import type { PinnedJson } from "./pins";
import { requestJson } from "./rest";
import type { ConversationJson, DirectReceiptJson, GroupJson, GroupReceiptJson, MessageJson, ReceiptJson, SearchResultJson, UserJson } from "./types";

export { ApiError } from "./rest";

export interface Session {
  token: string;
  user: UserJson;
}

/** A page of a direct chat: `GET /api/messages/conversation/:user_id`. */
export interface DirectPage extends Omit<Protocol.ConversationPage, "messages" | "partner_receipt" | "my_receipt"> {
  messages: MessageJson[];
  /** The partner's progress on the caller's messages (absent from servers older than issue 6). */
  partner_receipt?: DirectReceiptJson;
  /** The caller's own progress on the partner's messages. */
  my_receipt?: DirectReceiptJson;
}

/** A page of a group: `GET /api/messages/group/:group_id`, with the group and every member's progress. */
export interface GroupPage extends Omit<Protocol.GroupPage, "messages" | "member_receipts" | "my_receipt"> {
  messages: MessageJson[];
  /** One per current member other than the caller. */
  member_receipts: GroupReceiptJson[];
  my_receipt: GroupReceiptJson;
}

export type ConversationPage = DirectPage | GroupPage;

/** Edits and deletions after a cursor (`GET /api/messages/changes`). */
export interface ChangesPage extends Omit<Protocol.ChangesPage, "changes"> {
  changes: MessageJson[];
}

export interface PageCursor {
  before?: number;
  after?: number;
  /** A page centred on this message (`has_more_before`/`has_more_after` say what lies beyond). */
  around?: number;
  limit?: number;
}

/** Who a message goes to, in the server's words. */
export function messageTarget(ref: ConversationRef): { receiver_id: number } | { group_id: number } {
  return isGroupKey(ref) ? { group_id: keyId(ref) } : { receiver_id: keyId(ref) };
}

/** Whose progress a receipt is about, in the server's words. */
export function receiptTarget(ref: ConversationRef): { partner_id: number } | { group_id: number } {
  return isGroupKey(ref) ? { group_id: keyId(ref) } : { partner_id: keyId(ref) };
}

/** Thin typed wrapper over the REST API; every non-2xx becomes an ApiError. */
export class ChatApi {
  constructor(
    private readonly baseUrl: string,
    private token: string | null = null,
    private readonly fetchImpl: typeof fetch = (...args) => fetch(...args),
  ) {}

  setToken(token: string | null): void {
    this.token = token;
  }

  register(username: string, email: string, password: string): Promise<Session> {
    return this.request("POST", "/api/register", { username, email, password });
  }

  login(username: string, password: string): Promise<Session> {
    return this.request("POST", "/api/login", { username, password });
  }

  /** What the server offers (GET /api/config), as AuthApi.config tells the log-in page. */
  config(): Promise<Protocol.ServerConfigJson> {
    return this.request("GET", "/api/config");
  }

  me(): Promise<{ user: UserJson }> {
    return this.request("GET", "/api/me");
  }

  /** `PATCH /api/me`: each field left out stays, `null` clears it; the caller as they are now. */
  updateProfile(input: Protocol.UpdateProfileInputJson): Promise<{ user: UserJson }> {
    return this.request("PATCH", "/api/me", input);
  }

  searchUsers(search: string): Promise<{ users: UserJson[] }> {
    return this.request("GET", `/api/users?search=${encodeURIComponent(search)}`);
  }

  /** Messages of the caller's conversations matching the words of `q`, newest first (50 a page). */
  searchMessages(q: string, before?: number): Promise<{ results: SearchResultJson[]; has_more: boolean }> {
    const query = new URLSearchParams({ q });
    if (before !== undefined) query.set("before", String(before));
    return this.request("GET", `/api/search?${query}`);
  }

  conversations(): Promise<{ conversations: ConversationJson[] }> {
    return this.request("GET", "/api/conversations");
  }

  /** A page of a conversation: a person's (a user id or `u:` key) or a group's (`g:` key). */
  conversation(ref: GroupKey, cursor?: PageCursor): Promise<GroupPage>;
  conversation(ref: number | UserKey, cursor?: PageCursor): Promise<DirectPage>;
  conversation(ref: ConversationRef, cursor?: PageCursor): Promise<ConversationPage>;
  conversation(ref: ConversationRef, cursor: PageCursor = {}): Promise<ConversationPage> {
    const query = new URLSearchParams();
    if (cursor.before !== undefined) query.set("before", String(cursor.before));
    if (cursor.after !== undefined) query.set("after", String(cursor.after));
    if (cursor.around !== undefined) query.set("around", String(cursor.around));
    if (cursor.limit !== undefined) query.set("limit", String(cursor.limit));
    const suffix = query.size > 0 ? `?${query}` : "";
    const path = isGroupKey(ref) ? `/api/messages/group/${keyId(ref)}` : `/api/messages/conversation/${keyId(ref)}`;
    return this.request("GET", path + suffix);
  }

  send(ref: ConversationRef, content: string, clientId: string): Promise<{ message: MessageJson }> {
    return this.request("POST", "/api/messages/send", { ...messageTarget(ref), message_content: content, client_id: clientId });
  }

  markRead(ref: ConversationRef, upToId: number): Promise<{ receipt: ReceiptJson }> {
    return this.request("POST", "/api/messages/read", { ...receiptTarget(ref), up_to_id: upToId });
  }

  markDelivered(ref: ConversationRef, upToId: number): Promise<{ receipt: ReceiptJson }> {
    return this.request("POST", "/api/messages/delivered", { ...receiptTarget(ref), up_to_id: upToId });
  }

  /** A new group with these people; the caller joins it as its admin. */
  createGroup(name: string, memberIds: readonly number[]): Promise<{ group: GroupJson }> {
    return this.request("POST", "/api/groups", { name, member_ids: memberIds });
  }

  getGroup(groupId: number): Promise<{ group: GroupJson }> {
    return this.request("GET", `/api/groups/${groupId}`);
  }

  renameGroup(groupId: number, name: string): Promise<{ group: GroupJson }> {
    return this.request("PATCH", `/api/groups/${groupId}`, { name });
  }

  addMembers(groupId: number, memberIds: readonly number[]): Promise<{ group: GroupJson }> {
    return this.request("POST", `/api/groups/${groupId}/members`, { member_ids: memberIds });
  }

  /** Removes a member (admins); removing oneself is leaving, answered without the group. */
  removeMember(groupId: number, userId: number): Promise<{ group: GroupJson } | { group_id: number; left: boolean; group?: undefined }> {
    return this.request("DELETE", `/api/groups/${groupId}/members/${userId}`);
  }

  setRole(groupId: number, userId: number, role: "admin" | "member"): Promise<{ group: GroupJson }> {
    return this.request("PATCH", `/api/groups/${groupId}/members/${userId}`, { role });
  }

  leaveGroup(groupId: number): Promise<{ group_id: number; left: boolean }> {
    return this.request("POST", `/api/groups/${groupId}/leave`);
  }

  /** Without `after`: just the current cursor. */
  changes(after?: number): Promise<ChangesPage> {
    return this.request("GET", after === undefined ? "/api/messages/changes" : `/api/messages/changes?after=${after}`);
  }

  /** An attachment with fresh signed links (members of its conversation and its uploader; else 404). */
  attachment(attachmentId: number): Promise<{ attachment: AttachmentJson }> {
    return this.request("GET", `/api/attachments/${attachmentId}`);
  }

  /** Adds my reaction (`PUT`); answers the message's reactions now. */
  react(messageId: number, emoji: string): Promise<MessageReactionsJson> {
    return this.request("PUT", `/api/messages/${messageId}/reactions/${encodeURIComponent(emoji)}`);
  }

  /** Takes my reaction back (`DELETE`); answers the message's reactions now. */
  unreact(messageId: number, emoji: string): Promise<MessageReactionsJson> {
    return this.request("DELETE", `/api/messages/${messageId}/reactions/${encodeURIComponent(emoji)}`);
  }

  /** Forwards a message I can read to a person or a group I am in; answers my new message. */
  forward(messageId: number, to: ConversationRef): Promise<{ message: MessageJson }> {
    return this.request("POST", `/api/messages/${messageId}/forward`, messageTarget(to));
  }

  /** Pins (`PUT`) or unpins (`DELETE`) a message in its conversation. */
  setPinned(messageId: number, pinned: boolean): Promise<MessagePinnedJson> {
    return this.request(pinned ? "PUT" : "DELETE", `/api/messages/${messageId}/pin`);
  }

  /** A conversation's pins, newest first. */
  pins(ref: ConversationRef): Promise<{ pins: PinnedJson[] }> {
    const query = isGroupKey(ref) ? `group_id=${keyId(ref)}` : `user_id=${keyId(ref)}`;
    return this.request("GET", `/api/conversations/pins?${query}`);
  }

  /** STUN/TURN servers for calls; TURN credentials last `ttl_s` seconds. */
  iceServers(): Promise<IceServersReply> {
    return this.request("GET", "/api/calls/ice-servers");
  }

  /** What rings for me, the call I am in, and my groups' live calls. */
  activeCalls(): Promise<ActiveCallsJson> {
    return this.request("GET", "/api/calls/active");
  }

  /** The server's VAPID public key: the `applicationServerKey` a browser subscribes to push with. */
  pushKey(): Promise<VapidKeyJson> {
    return this.request("GET", "/api/push/vapid-key");
  }

  /** Hands the server this browser's push subscription (`PushSubscription.toJSON()`); again is fine. */
  addPushSubscription(subscription: PushSubscriptionInputJson): Promise<{ subscription: PushSubscriptionJson }> {
    return this.request("POST", "/api/push/subscriptions", subscription);
  }

  /** Stops pushes to a subscription of mine (404 when I hold none with that endpoint). */
  async removePushSubscription(endpoint: string): Promise<void> {
    await this.request("DELETE", "/api/push/subscriptions", { endpoint });
  }

  pushPreferences(): Promise<PushPreferencesJson> {
    return this.request("GET", "/api/push/preferences");
  }

  /** `previews: false`: pushes say only "New message" (no sender, no text). */
  setPushPreferences(preferences: PushPreferencesJson): Promise<PushPreferencesJson> {
    return this.request("PUT", "/api/push/preferences", preferences);
  }

  /** The sender removes a message's link preview for good (`DELETE`); answers the message without it. */
  removeLinkPreview(messageId: number): Promise<{ message: MessageJson }> {
    return this.request("DELETE", `/api/messages/${messageId}/link-preview`);
  }

  /** My sessions (log-ins) that still work, most recently used first; `current` marks this one. */
  listSessions(): Promise<SessionsPage> {
    return this.request("GET", "/api/sessions");
  }

  /** Signs one of my sessions out: its tokens stop at once, its sockets are disconnected (404 if not mine or ended). */
  async revokeSession(sessionId: number): Promise<void> {
    await this.request("DELETE", `/api/sessions/${sessionId}`);
  }

  /**
   * Log-out: ends this token's own session on the server (its tokens and sockets stop everywhere).
   * Best effort: offline, or with the session already ended, it resolves all the same.
   */
  async logOut(): Promise<void> {
    await this.request("DELETE", "/api/sessions/current").catch(() => undefined);
  }

  /** Signs out every session of mine but this one. */
  revokeOtherSessions(): Promise<RevokedSessionsJson> {
    return this.request("POST", "/api/sessions/revoke-others");
  }

  /** 403 for a wrong current password, 429 after too many, 400 for a weak new one (the message says why); success signs out my other sessions. */
  async changePassword(currentPassword: string, newPassword: string): Promise<void> {
    await this.request("POST", "/api/me/password", { current_password: currentPassword, new_password: newPassword });
  }

  /**
   * My data (`GET /api/me/export`) as a file, named as the server says (`chat-export-<username>-<date>.json`).
   * 429 when asked again within the minute.
   */
  exportData(): Promise<DownloadedFile> {
    return downloadFile(this.fetchImpl, `${this.baseUrl}/api/me/export`, this.token, "chat-export.json");
  }

  /** Deletes my account for good (403 for a wrong password, 429 after too many); every session of mine ends. */
  async deleteAccount(password: string): Promise<void> {
    await this.request("DELETE", "/api/me", { password });
  }

  edit(messageId: number, content: string): Promise<{ message: MessageJson }> {
    return this.request("PATCH", `/api/messages/${messageId}`, { message_content: content });
  }

  remove(messageId: number): Promise<{ message: MessageJson }> {
    return this.request("DELETE", `/api/messages/${messageId}`);
  }

  /** The people I blocked, most recent first. */
  blocks(): Promise<Protocol.BlocksPage> {
    return this.request("GET", "/api/blocks");
  }

  /** Blocks someone (idempotent): neither of us can message the other until I unblock. */
  async block(userId: number): Promise<void> {
    await this.request("PUT", `/api/blocks/${userId}`);
  }

  /** Unblocks someone (idempotent). */
  async unblock(userId: number): Promise<void> {
    await this.request("DELETE", `/api/blocks/${userId}`);
  }

  /** Reports a message to the instance's admins (409 if I already did). */
  async reportMessage(messageId: number, reason: string): Promise<Protocol.ReportCreatedJson> {
    return (await this.request<{ report: Protocol.ReportCreatedJson }>("POST", `/api/messages/${messageId}/report`, { reason })).report;
  }

  /** Admins only: reports, newest first; `before` is the previous page's `next_before`. */
  adminReports(before?: number): Promise<Protocol.ReportsPage> {
    return this.request("GET", `/api/admin/reports${before === undefined ? "" : `?before=${before}`}`);
  }

  /** Admins only: ends the person's sessions and refuses their log-in until reactivated. */
  async deactivateUser(userId: number): Promise<void> {
    await this.request("POST", `/api/admin/users/${userId}/deactivate`);
  }

  async reactivateUser(userId: number): Promise<void> {
    await this.request("POST", `/api/admin/users/${userId}/reactivate`);
  }

  private request<T>(method: string, path: string, body?: unknown): Promise<T> {
    return requestJson<T>(this.fetchImpl, this.baseUrl + path, method, this.token, body);
  }
}
