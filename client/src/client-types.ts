import type { UserProfileJson } from "@chat-app/protocol";
import type { ManagerOptions, SocketOptions } from "socket.io-client";
import type { PendingFileStore } from "./attachments/pending-file-store";
import type { UploadTransport } from "./attachments/upload-transport";
import type { CallEnvironment } from "./calls/call-environment";
import type { ConnectionState } from "./connection";
import type { OfflineCache } from "./offline/offline-cache";
import type { ConversationKey } from "./keys";
import type { ConversationReceipts } from "./receipts";
import type { GroupJson, KeyValueStorage, MessageJson, PresenceJson } from "./types";

export interface ChatClientOptions {
  baseUrl: string;
  token: string;
  userId: number;
  storage?: KeyValueStorage;
  socketOptions?: Partial<ManagerOptions & SocketOptions>;
  /** How long to wait for the server's acknowledgement before treating a send as unanswered. */
  ackTimeoutMs?: number;
  /** How often unacknowledged messages are retried while connected. */
  retryIntervalMs?: number;
  fetch?: typeof fetch;
  /** How long delivery reports wait to be batched (one report per conversation covers them all). */
  deliveryDelayMs?: number;
  /** At most one `typing:start` per conversation this often while the person keeps typing. */
  typingThrottleMs?: number;
  /** After this long without a keystroke the client sends `typing:stop` by itself. */
  typingIdleMs?: number;
  /** Someone's typing indicator goes out by itself this long after their last start. */
  typingExpiryMs?: number;
  /** Where picked files wait until their message is acknowledged: IndexedDB by default where there is one, else memory. */
  pendingFiles?: PendingFileStore;
  /** How uploads travel: XMLHttpRequest by default where there is one (progress), else fetch. */
  uploadTransport?: UploadTransport;
  /** How many files upload at once (3). */
  uploadConcurrency?: number;
  /** What the client keeps for offline use (the chat list, recent conversations): IndexedDB by default where there is one; null for none. */
  offlineCache?: OfflineCache | null;
  /** The media devices and WebRTC calls use: the browser's by default. */
  callEnvironment?: CallEnvironment;
}

export type ChatClientEvents = {
  /**
   * A message not seen before, in this conversation; `live` when it was pushed as it was sent (not
   * fetched with history or a catch-up): worth a notification.
   */
  message: [message: MessageJson, key: ConversationKey, live: boolean];
  /** The outbox changed: something was queued, acknowledged, failed or retried. */
  outbox: [];
  /** A pending file changed: attached, progressed, uploaded, failed or removed (drafts and outbox entries). */
  attachments: [];
  connection: [state: ConnectionState];
  /** The token was refused: the person must log in again. */
  unauthorized: [];
  /** A message was edited or deleted (the stored copy, if loaded, is replaced by this one). */
  updated: [message: MessageJson, key: ConversationKey];
  /**
   * Receipts of a conversation moved (someone read/received mine, or I read theirs in another tab),
   * or, in a group, who counts for them changed (members came or went).
   */
  receipts: [key: ConversationKey, receipts: ConversationReceipts];
  /**
   * Someone started or stopped typing in this conversation (also when an indicator expired by
   * itself): the partner in a direct chat, any other member in a group. `typists(key)` says who all.
   */
  typing: [key: ConversationKey, userId: number, typing: boolean];
  /** A group I am in was created, fetched or changed (name, members, roles). */
  group: [group: GroupJson];
  /** I am no longer a member of this group (removed, or left, in this tab or another). */
  groupRemoved: [groupId: number];
  /**
   * A conversation's loaded window moved: it jumped away from the newest message (`loadAround`) or
   * came back to it (`loadNewer`, `loadLatest`); `hasNewer` says which.
   */
  window: [key: ConversationKey];
  /** A conversation's pins were loaded or changed (`pinsWith` says which they are). */
  pins: [key: ConversationKey];
  /** A watched user's presence is known or changed. */
  presence: [presence: PresenceJson];
  /** Someone's profile changed (display name, avatar, status): theirs, my own (another tab, or `updateProfile`), a partner's or a co-member's. */
  user: [user: UserProfileJson];
  /** Something about calls changed: `client.calls.snapshot()` says what is now. */
  calls: [];
};

/** The newest page of a conversation, as `loadLatestPage` found it. */
export interface LatestPage {
  hasOlder: boolean;
  /** From the offline cache (no network): not the server's word. */
  cached: boolean;
  /** When cached: resolves with the server's `hasOlder` once its newest page replaced the cached one. */
  fresh?: Promise<boolean>;
}
