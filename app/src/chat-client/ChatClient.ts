import { io, type ManagerOptions, type Socket, type SocketOptions } from "socket.io-client";
import { ApiError, ChatApi, type ConversationPage, messageTarget, receiptTarget } from "./api";
import { Emitter } from "./emitter";
import {
  type ConversationKey,
  type ConversationRef,
  type GroupKey,
  groupKey,
  isGroupKey,
  keyId,
  toKey,
  type UserKey,
  userKey,
} from "./keys";
import { entryKey, Outbox, type OutboxEntry } from "./outbox";
import {
  type DirectReceiptJson,
  type GroupJson,
  type GroupReceiptJson,
  type KeyValueStorage,
  MemoryStorage,
  type MessageJson,
  type PresenceJson,
  type ReceiptJson,
  type ReceiptStatus,
  type TypingJson,
} from "./types";

export type ConnectionState = "connecting" | "connected" | "reconnecting" | "offline";

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
}

/** Both sides' progress in a direct chat: `partner` read/received mine, `mine` read/received theirs. */
export interface DirectReceipts {
  kind: "direct";
  partner: DirectReceiptJson;
  mine: DirectReceiptJson;
}

/**
 * Progress in a group: `members` has every other member's receipt heard of (by user id; someone
 * who left may still be in it, statusOf counts only current members), `mine` is my own.
 */
export interface GroupReceipts {
  kind: "group";
  members: ReadonlyMap<number, GroupReceiptJson>;
  mine: GroupReceiptJson;
}

export type ConversationReceipts = DirectReceipts | GroupReceipts;

/** Why the client failed an outbox entry for a group it is no longer in. */
export const NOT_A_MEMBER = "You are no longer a member of this group";

type ChatClientEvents = {
  /**
   * A message not seen before, in this conversation; `live` when it was pushed as it was sent (not
   * fetched with history or a catch-up): worth a notification.
   */
  message: [message: MessageJson, key: ConversationKey, live: boolean];
  /** The outbox changed: something was queued, acknowledged, failed or retried. */
  outbox: [];
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
  /** A watched user's presence is known or changed. */
  presence: [presence: PresenceJson];
};

/** A socket acknowledgement: the result, or the error with the status REST would have given. */
type Ack<T> = T | { error: string; status?: number };

/** Errors worth retrying with the same client_id; anything else is the message's own fault. */
const TRANSIENT = /^(Too many requests|Internal server error)/;

/**
 * The app's connection to the server: live messages, history, and sends that survive disconnects,
 * reloads and server restarts. Every message is kept once (by id) and in server order (by id), and
 * after any reconnect the client asks for what came after the last id it has.
 */
export class ChatClient extends Emitter<ChatClientEvents> {
  readonly api: ChatApi;
  readonly outbox: Outbox;
  private readonly socket: Socket;
  private readonly conversations = new Map<ConversationKey, MessageJson[]>();
  private readonly seen = new Set<number>();
  /** How far the feed of edits and deletions has been read; unknown until the first connection. */
  private changesCursor: number | undefined;
  private draining = false;
  private readonly retryTimer: ReturnType<typeof setInterval>;
  private state: ConnectionState = "connecting";
  private readonly ackTimeoutMs: number;
  private readonly receipts = new Map<ConversationKey, ConversationReceipts>();
  /** Receipts wanted but not yet acknowledged, per conversation: flushed batched, again after reconnects. */
  private readonly reports = new Map<ConversationKey, { read: number; delivered: number }>();
  private reportTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly typingSent = new Map<ConversationKey, { at: number; idle: ReturnType<typeof setTimeout> }>();
  /** Who is typing where: each typist's expiry timer, in the order they started. */
  private readonly typingFrom = new Map<ConversationKey, Map<number, ReturnType<typeof setTimeout>>>();
  /** The groups I am in, as last told by the server. */
  private readonly groups = new Map<number, GroupJson>();
  /** Groups I was removed from or left (their last known state stays in `groups` for the name). */
  private readonly removedGroups = new Set<number>();
  private readonly watched = new Set<number>();
  private readonly presence = new Map<number, PresenceJson>();
  private closed = false;

  constructor(private readonly options: ChatClientOptions) {
    super();
    this.ackTimeoutMs = options.ackTimeoutMs ?? 10_000;
    this.api = new ChatApi(options.baseUrl, options.token, options.fetch);
    this.outbox = new Outbox(options.storage ?? new MemoryStorage(), `chat.outbox.${options.userId}`);
    this.socket = io(options.baseUrl, { auth: { token: options.token }, ...options.socketOptions });
    this.socket.on("connect", () => void this.onConnect());
    this.socket.on("disconnect", (reason) => {
      this.setState("reconnecting");
      // Indicators would otherwise wait for their expiry; nothing more will arrive while down.
      for (const [key, typists] of [...this.typingFrom]) for (const userId of [...typists.keys()]) this.setTyping(key, userId, false);
      // Socket.IO reconnects by itself except when the server closed us (token expired, flood):
      // try once more after a pause; an expired token then ends in "unauthorized".
      if (reason === "io server disconnect") setTimeout(() => this.socket.connect(), 1000);
    });
    this.socket.on("connect_error", (error) => {
      if (/token|Authentication/i.test(error.message)) {
        this.setState("offline");
        this.emit("unauthorized");
      } else {
        this.setState("reconnecting");
      }
    });
    this.socket.on("message:new", (message: MessageJson) => {
      // Their message is what they were typing: the indicator goes at once.
      if (message.sender_id !== options.userId) this.setTyping(this.keyOf(message), message.sender_id, false);
      this.ingest(message, true);
    });
    this.socket.on("message:updated", (message: MessageJson) => this.applyUpdate(message));
    this.socket.on("message:deleted", (message: MessageJson) => this.applyUpdate(message));
    this.socket.on("message:status", (receipt: ReceiptJson) => this.applyReceipt(receipt));
    this.socket.on("typing", (typing: TypingJson) => {
      if (typing.user_id === options.userId) return;
      if (typeof typing.group_id === "number") this.setTyping(groupKey(typing.group_id), typing.user_id, typing.typing);
      else if (typing.receiver_id === options.userId) this.setTyping(userKey(typing.user_id), typing.user_id, typing.typing);
    });
    this.socket.on("group:updated", (payload: { group: GroupJson } | GroupJson) => {
      // The contract says `{group}`; a bare group is taken too.
      const group = payload && "group" in payload ? payload.group : payload;
      if (group && typeof group.id === "number" && Array.isArray(group.members)) this.applyGroup(group);
    });
    this.socket.on("group:removed", (payload: { group_id: number }) => {
      if (typeof payload?.group_id === "number") this.applyRemoved(payload.group_id);
    });
    this.socket.on("presence", (presence: PresenceJson) => this.applyPresence(presence));
    this.retryTimer = setInterval(() => this.flushOutbox(), options.retryIntervalMs ?? 3000);
  }

  get connection(): ConnectionState {
    return this.state;
  }

  get userId(): number {
    return this.options.userId;
  }

  /** A conversation (a person's, or a group's) as loaded so far, oldest first. */
  messagesWith(ref: ConversationRef): readonly MessageJson[] {
    return this.conversations.get(toKey(ref)) ?? [];
  }

  /** Messages to this conversation that the server has not acknowledged yet (sending or failed). */
  pendingTo(ref: ConversationRef): OutboxEntry[] {
    const key = toKey(ref);
    return this.outbox.all().filter((entry) => entryKey(entry) === key);
  }

  /** The receipts in this conversation as known so far (zeros until loaded or pushed). */
  receiptsWith(ref: GroupKey): GroupReceipts;
  receiptsWith(ref: number | UserKey): DirectReceipts;
  receiptsWith(ref: ConversationRef): ConversationReceipts;
  receiptsWith(ref: ConversationRef): ConversationReceipts {
    const key = toKey(ref);
    const known = this.receipts.get(key);
    if (known) return known;
    const self = this.userId;
    const id = keyId(key);
    return isGroupKey(key)
      ? { kind: "group", members: new Map(), mine: { user_id: self, group_id: id, delivered_up_to_id: 0, read_up_to_id: 0 } }
      : { kind: "direct", partner: emptyReceipt(id, self), mine: emptyReceipt(self, id) };
  }

  /**
   * What the others did with one of my stored messages: "read", "delivered" or just "sent". In a
   * group, "read" once every other current member read it, "delivered" once every one has it. With
   * no one else left, what the former members did (a message they had read stays read; one sent
   * to nobody stays "sent").
   */
  statusOf(message: MessageJson): ReceiptStatus {
    if (typeof message.group_id === "number") {
      const { members } = this.receiptsWith(groupKey(message.group_id));
      const others = this.otherMembers(message.group_id);
      const reached = (field: "read_up_to_id" | "delivered_up_to_id") =>
        others.length > 0
          ? others.every((id) => (members.get(id)?.[field] ?? 0) >= message.id)
          : [...members.values()].some((receipt) => receipt[field] >= message.id);
      if (reached("read_up_to_id")) return "read";
      if (reached("delivered_up_to_id")) return "delivered";
      return "sent";
    }
    if (message.receiver_id === null) return "sent";
    const { partner } = this.receiptsWith(message.receiver_id);
    if (message.id <= partner.read_up_to_id) return "read";
    if (message.id <= partner.delivered_up_to_id) return "delivered";
    return "sent";
  }

  /**
   * Whether someone is typing in this conversation now: the partner of a direct chat, or in a group
   * this member (`userId`), or anyone at all without one.
   */
  isTyping(ref: ConversationRef, userId?: number): boolean {
    const key = toKey(ref);
    const typists = this.typingFrom.get(key);
    if (!typists) return false;
    if (userId !== undefined) return typists.has(userId);
    return isGroupKey(key) ? typists.size > 0 : typists.has(keyId(key));
  }

  /** Who is typing in this conversation now, in the order they started. */
  typists(ref: ConversationRef): number[] {
    return [...(this.typingFrom.get(toKey(ref))?.keys() ?? [])];
  }

  /** A group as last told by the server (also after I left it: then `isMember` is false). */
  group(groupId: number): GroupJson | undefined {
    return this.groups.get(groupId);
  }

  /** False once I was removed from this group or left it (until someone adds me again). */
  isMember(groupId: number): boolean {
    return !this.removedGroups.has(groupId);
  }

  /** A watched user's presence, once the server told it. */
  presenceOf(userId: number): PresenceJson | undefined {
    return this.presence.get(userId);
  }

  /** Loads the newest page of a conversation; returns whether older pages exist. */
  async loadLatest(ref: ConversationRef, limit = 50): Promise<boolean> {
    const key = toKey(ref);
    const page = await this.page(key, { limit });
    this.ingestPage(page);
    if (!this.conversations.has(key)) this.conversations.set(key, []);
    // Anything that arrived between the page and now is covered by a catch-up from the newest id.
    await this.catchUp(key);
    return page.has_more;
  }

  /** Loads the page before the oldest loaded message; returns whether still older pages exist. */
  async loadOlder(ref: ConversationRef, limit = 50): Promise<boolean> {
    const key = toKey(ref);
    const oldest = this.messagesWith(key)[0];
    const page = await this.page(key, { before: oldest?.id, limit });
    this.ingestPage(page);
    return page.has_more;
  }

  /** Queues a message (persisted at once) and sends it when the connection allows. */
  send(ref: ConversationRef, content: string): OutboxEntry {
    const key = toKey(ref);
    this.stopTyping(key);
    const base = { client_id: crypto.randomUUID(), message_content: content, created_at: Date.now() };
    const entry: OutboxEntry = isGroupKey(key) ? { ...base, group_id: keyId(key) } : { ...base, receiver_id: keyId(key) };
    if (isGroupKey(key) && !this.isMember(keyId(key))) entry.failed = NOT_A_MEMBER;
    this.outbox.add(entry);
    this.emit("outbox");
    this.flushOutbox();
    return entry;
  }

  retry(clientId: string): void {
    this.outbox.clearFailure(clientId);
    this.emit("outbox");
    this.flushOutbox();
  }

  discard(clientId: string): void {
    this.outbox.remove(clientId);
    this.emit("outbox");
  }

  /**
   * The person has read the others' messages in this conversation up to this id (it is open and the
   * tab visible). Sent at once, or after the next reconnect; markers only move forward.
   */
  markRead(ref: ConversationRef, upToId: number): void {
    const key = toKey(ref);
    if (upToId <= this.receiptsWith(key).mine.read_up_to_id || !this.reachable(key)) return;
    this.want(key, upToId, upToId);
    this.flushReports();
  }

  /**
   * This device has the others' messages in this conversation up to this id. The client reports it
   * by itself, batched, whenever it takes in others' messages (live or fetched); exposed for completeness.
   */
  markDelivered(ref: ConversationRef, upToId: number): void {
    const key = toKey(ref);
    if (upToId <= this.receiptsWith(key).mine.delivered_up_to_id || !this.reachable(key)) return;
    this.want(key, 0, upToId);
    this.scheduleReports();
  }

  /** Replaces the text of one of my messages; the stored copy and both sides update on success. */
  async edit(messageId: number, content: string): Promise<MessageJson> {
    const message = this.socket.connected
      ? await this.action<{ message: MessageJson }>("message:edit", { id: messageId, message_content: content }).then((r) => r.message)
      : (await this.api.edit(messageId, content)).message;
    this.applyUpdate(message);
    return message;
  }

  /** Deletes one of my messages: it stays as a placeholder with its text wiped, on both sides. */
  async remove(messageId: number): Promise<MessageJson> {
    const message = this.socket.connected
      ? await this.action<{ message: MessageJson }>("message:delete", { id: messageId }).then((r) => r.message)
      : (await this.api.remove(messageId)).message;
    this.applyUpdate(message);
    return message;
  }

  /**
   * Call on every keystroke in the composer of this conversation: sends `typing:start` at most once
   * per `typingThrottleMs`, and `typing:stop` by itself after `typingIdleMs` without a keystroke.
   */
  typing(ref: ConversationRef): void {
    const key = toKey(ref);
    if (!this.reachable(key)) return;
    const now = Date.now();
    const sent = this.typingSent.get(key);
    if (sent) clearTimeout(sent.idle);
    const throttle = this.options.typingThrottleMs ?? 2000;
    const at = !sent || now - sent.at >= throttle ? now : sent.at;
    if (at === now) this.emitNow("typing:start", key);
    const idle = setTimeout(() => this.stopTyping(key), this.options.typingIdleMs ?? 4000);
    this.typingSent.set(key, { at, idle });
  }

  /** The person stopped typing (sent, emptied the composer, left it): `typing:stop` if a start went out. */
  stopTyping(ref: ConversationRef): void {
    const key = toKey(ref);
    const sent = this.typingSent.get(key);
    if (!sent) return;
    clearTimeout(sent.idle);
    this.typingSent.delete(key);
    this.emitNow("typing:stop", key);
  }

  /** Creates a group with these people (I am its admin); known at once, before the server's push. */
  async createGroup(name: string, memberIds: readonly number[]): Promise<GroupJson> {
    return this.applyGroup((await this.api.createGroup(name, memberIds)).group);
  }

  /** Fetches a group (403: I am not a member, and the client notes it). */
  async fetchGroup(groupId: number): Promise<GroupJson> {
    return this.applyGroup((await this.groupRequest(groupId, () => this.api.getGroup(groupId))).group);
  }

  async renameGroup(groupId: number, name: string): Promise<GroupJson> {
    return this.applyGroup((await this.api.renameGroup(groupId, name)).group);
  }

  async addMembers(groupId: number, memberIds: readonly number[]): Promise<GroupJson> {
    return this.applyGroup((await this.api.addMembers(groupId, memberIds)).group);
  }

  /** Removes someone (admins only); removing myself is leaving (then the answer has no group). */
  async removeMember(groupId: number, userId: number): Promise<GroupJson | undefined> {
    const reply = await this.api.removeMember(groupId, userId);
    if (reply.group) return this.applyGroup(reply.group);
    this.applyRemoved(groupId);
    return undefined;
  }

  async setRole(groupId: number, userId: number, role: "admin" | "member"): Promise<GroupJson> {
    return this.applyGroup((await this.api.setRole(groupId, userId, role)).group);
  }

  /** Leaves a group: `groupRemoved` follows at once (and in my other tabs by the server's push). */
  async leaveGroup(groupId: number): Promise<void> {
    await this.api.leaveGroup(groupId);
    this.applyRemoved(groupId);
  }

  /**
   * Starts hearing these users' presence (`presence` events), kept across reconnects. Resolves
   * once the server told the current state of the ones not watched before.
   */
  async subscribePresence(userIds: readonly number[]): Promise<void> {
    const fresh = [...new Set(userIds)].filter((id) => !this.watched.has(id));
    for (const id of fresh) this.watched.add(id);
    if (fresh.length > 0 && this.socket.connected) await this.requestPresence(fresh);
  }

  close(): void {
    this.closed = true;
    clearInterval(this.retryTimer);
    if (this.reportTimer) clearTimeout(this.reportTimer);
    for (const { idle } of this.typingSent.values()) clearTimeout(idle);
    for (const typists of this.typingFrom.values()) for (const timer of typists.values()) clearTimeout(timer);
    this.typingSent.clear();
    this.typingFrom.clear();
    this.socket.disconnect();
  }

  private setState(state: ConnectionState): void {
    if (state === this.state) return;
    this.state = state;
    this.emit("connection", state);
  }

  private async onConnect(): Promise<void> {
    this.setState("connected");
    this.flushOutbox();
    this.flushReports();
    if (this.watched.size > 0) this.requestPresence([...this.watched]).catch(() => undefined);
    // Recovered sessions got the missed events replayed; a fresh one (server restarted) asks. If
    // asking fails (the network dropped again), ask again while the socket stays up.
    while (this.socket.connected) {
      try {
        const keys = [...this.conversations.keys()].filter((key) => this.reachable(key));
        await Promise.all(keys.map((key) => this.catchUp(key).catch(skipRefused)));
        await this.syncChanges();
        return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
    }
  }

  /**
   * Edits and deletions made while this client was away: catching up by id cannot see an older
   * message that changed. The first connection only learns where the feed stands.
   */
  private async syncChanges(): Promise<void> {
    for (;;) {
      const page = await this.api.changes(this.changesCursor);
      if (this.changesCursor !== undefined) for (const message of page.changes) this.applyUpdate(message);
      this.changesCursor = page.cursor;
      if (!page.has_more) return;
    }
  }

  /** Fetches every message after the newest one held, page by page. */
  private async catchUp(key: ConversationKey): Promise<void> {
    for (;;) {
      const newest = this.messagesWith(key).at(-1);
      const page = await this.page(key, { after: newest?.id ?? 0, limit: 200 });
      this.ingestPage(page);
      if (!page.has_more) return;
    }
  }

  /** One page of a conversation; a group that refuses me (403) is one I am no longer in. */
  private page(key: ConversationKey, cursor: { before?: number; after?: number; limit?: number }): Promise<ConversationPage> {
    return isGroupKey(key) ? this.groupRequest(keyId(key), () => this.api.conversation(key, cursor)) : this.api.conversation(key, cursor);
  }

  /**
   * A read of a group (its page, the group itself): refused (403) only to non-members, so a refusal
   * means I am out. Changes (rename, roles…) are also refused to members who are not admins.
   */
  private async groupRequest<T>(groupId: number, request: () => Promise<T>): Promise<T> {
    try {
      return await request();
    } catch (error) {
      if (error instanceof ApiError && error.status === 403) this.applyRemoved(groupId);
      throw error;
    }
  }

  /** Whether messages, receipts and typing can go to this conversation (not a group I left). */
  private reachable(key: ConversationKey): boolean {
    return !isGroupKey(key) || this.isMember(keyId(key));
  }

  /**
   * Sends queued messages one at a time, oldest first, each waiting for its acknowledgement: the
   * server stores a person's messages in the order they were typed, and a reconnect never floods it.
   */
  private flushOutbox(): void {
    if (this.draining || !this.socket.connected) return;
    this.draining = true;
    void (async () => {
      try {
        for (let entry = this.outbox.pending()[0]; entry && this.socket.connected; entry = this.outbox.pending()[0]) {
          if (!(await this.deliver(entry))) return; // no answer or a transient refusal: the retry timer resumes
        }
      } finally {
        this.draining = false;
      }
    })();
  }

  /** True when the entry left the queue (stored, or refused for good). */
  private async deliver(entry: OutboxEntry): Promise<boolean> {
    try {
      const reply = (await this.socket.timeout(this.ackTimeoutMs).emitWithAck("message:send", {
        ...messageTarget(entryKey(entry)),
        message_content: entry.message_content,
        client_id: entry.client_id,
      })) as { message?: MessageJson; error?: string };
      if (reply.message) {
        this.ingest(reply.message);
        return true;
      }
      if (reply.error && !TRANSIENT.test(reply.error)) {
        this.outbox.markFailed(entry.client_id, reply.error);
        this.emit("outbox");
        return true;
      }
      return false;
    } catch {
      // No answer in time (connection lost mid-send): it stays queued and goes again with the same id.
      return false;
    }
  }

  /** Emits an event and waits for its acknowledgement; `{error}` replies become ApiErrors (400). */
  private async action<T>(event: string, payload: unknown): Promise<T> {
    const reply = (await this.socket.timeout(this.ackTimeoutMs).emitWithAck(event, payload)) as Ack<T>;
    if (reply && typeof reply === "object" && "error" in reply) throw new ApiError(reply.status ?? 400, reply.error);
    return reply;
  }

  /**
   * Fire-and-forget, only while connected: typing is worth nothing later, so it is never buffered
   * for a reconnect (not `volatile` either: that drops an event sent right after another one).
   */
  private emitNow(event: "typing:start" | "typing:stop", key: ConversationKey): void {
    if (this.socket.connected) this.socket.emit(event, messageTarget(key));
  }

  /** The conversation a message belongs to: its group, or the other person of a direct message. */
  private keyOf(message: MessageJson): ConversationKey {
    if (typeof message.group_id === "number") return groupKey(message.group_id);
    return userKey(message.sender_id === this.options.userId && message.receiver_id !== null ? message.receiver_id : message.sender_id);
  }

  private otherMembers(groupId: number): number[] {
    const group = this.groups.get(groupId);
    if (group) return group.members.map((m) => m.id).filter((id) => id !== this.userId);
    return [...this.receiptsWith(groupKey(groupId)).members.keys()];
  }

  private setTyping(key: ConversationKey, userId: number, typing: boolean): void {
    const typists = this.typingFrom.get(key);
    const timer = typists?.get(userId);
    if (timer) clearTimeout(timer);
    if (typing) {
      if (!this.reachable(key)) return;
      // A lost stop never sticks: without a new start the indicator goes out by itself.
      const expiry = setTimeout(() => this.setTyping(key, userId, false), this.options.typingExpiryMs ?? 5000);
      if (typists) typists.set(userId, expiry);
      else this.typingFrom.set(key, new Map([[userId, expiry]]));
      if (!timer) this.emit("typing", key, userId, true);
    } else if (timer) {
      typists!.delete(userId);
      if (typists!.size === 0) this.typingFrom.delete(key);
      this.emit("typing", key, userId, false);
    }
  }

  /** Takes in a group as the server tells it (a push, a page, an answer); returns it. */
  private applyGroup(group: GroupJson): GroupJson {
    if (!group.members.some((member) => member.id === this.userId)) {
      this.groups.set(group.id, group);
      this.applyRemoved(group.id);
      return group;
    }
    const before = this.groups.get(group.id);
    const rejoined = this.removedGroups.delete(group.id);
    this.groups.set(group.id, group);
    if (before && !rejoined && sameGroup(before, group)) return group;
    this.emit("group", group);
    const key = groupKey(group.id);
    if (before && !sameMembers(before, group)) {
      // Who counts for "read" changed: statuses follow, and newcomers' receipts are fetched.
      this.emit("receipts", key, this.receiptsWith(key));
      if (this.conversations.has(key) && !this.closed) this.catchUp(key).catch(() => undefined);
    } else if (rejoined && this.conversations.has(key) && !this.closed) {
      this.catchUp(key).catch(() => undefined);
    }
    return group;
  }

  /** I am out of this group: nothing more is sent to it, and whoever shows it is told. */
  private applyRemoved(groupId: number): void {
    if (this.removedGroups.has(groupId)) return;
    this.removedGroups.add(groupId);
    const key = groupKey(groupId);
    for (const userId of this.typists(key)) this.setTyping(key, userId, false);
    const sent = this.typingSent.get(key);
    if (sent) clearTimeout(sent.idle);
    this.typingSent.delete(key);
    this.reports.delete(key);
    const pending = this.pendingTo(key).filter((entry) => !entry.failed);
    for (const entry of pending) this.outbox.markFailed(entry.client_id, NOT_A_MEMBER);
    if (pending.length > 0) this.emit("outbox");
    this.emit("groupRemoved", groupId);
  }

  private async requestPresence(userIds: number[]): Promise<void> {
    for (let i = 0; i < userIds.length; i += 500) {
      const { presence } = await this.action<{ presence: PresenceJson[] }>("presence:subscribe", { user_ids: userIds.slice(i, i + 500) });
      for (const entry of presence) this.applyPresence(entry);
    }
  }

  private applyPresence(presence: PresenceJson): void {
    const known = this.presence.get(presence.user_id);
    if (known && known.online === presence.online && known.last_seen_at === presence.last_seen_at) return;
    this.presence.set(presence.user_id, presence);
    this.emit("presence", presence);
  }

  /** Receipts only move forward, whatever order pushes and fetched pages arrive in. */
  private applyReceipt(receipt: ReceiptJson): void {
    const self = this.options.userId;
    if (typeof receipt.group_id === "number") {
      const key = groupKey(receipt.group_id);
      const current = this.receiptsWith(key);
      const mine = receipt.user_id === self;
      const before = mine ? current.mine : current.members.get(receipt.user_id);
      const after = forward(before ?? { ...receipt, delivered_up_to_id: 0, read_up_to_id: 0 }, receipt);
      if (before && sameProgress(before, after) && this.receipts.has(key)) return;
      const next: GroupReceipts = mine ? { ...current, mine: after } : { ...current, members: new Map(current.members).set(receipt.user_id, after) };
      this.receipts.set(key, next);
      this.emit("receipts", key, next);
      return;
    }
    const side = receipt.user_id === self ? "mine" : receipt.partner_id === self ? "partner" : null;
    if (!side) return;
    const key = userKey(side === "mine" ? receipt.partner_id : receipt.user_id);
    const current = this.receiptsWith(key);
    const before = current[side];
    const after = forward(before, receipt);
    if (sameProgress(before, after) && this.receipts.has(key)) return;
    const next: DirectReceipts = { ...current, [side]: after };
    this.receipts.set(key, next);
    this.emit("receipts", key, next);
  }

  private want(key: ConversationKey, read: number, delivered: number): void {
    const wanted = this.reports.get(key) ?? { read: 0, delivered: 0 };
    this.reports.set(key, { read: Math.max(wanted.read, read), delivered: Math.max(wanted.delivered, delivered, read) });
  }

  private scheduleReports(): void {
    if (this.reportTimer || this.closed) return;
    this.reportTimer = setTimeout(() => {
      this.reportTimer = null;
      this.flushReports();
    }, this.options.deliveryDelayMs ?? 250);
  }

  /** Sends each conversation's wanted receipt (one event covers every message up to the id). */
  private flushReports(): void {
    if (!this.socket.connected || this.closed) return;
    for (const [key, wanted] of [...this.reports]) {
      this.reports.delete(key);
      if (!this.reachable(key)) continue;
      const { mine } = this.receiptsWith(key);
      const read = wanted.read > mine.read_up_to_id;
      if (!read && wanted.delivered <= mine.delivered_up_to_id) continue;
      const event = read ? "message:read" : "message:delivered";
      this.action<{ receipt: ReceiptJson }>(event, { ...receiptTarget(key), up_to_id: read ? wanted.read : wanted.delivered })
        .then(({ receipt }) => this.applyReceipt(receipt))
        .catch((error: unknown) => {
          // Refused for good (unknown user, not a member): drop it. Lost or throttled: want it again, send later.
          if (error instanceof ApiError && !TRANSIENT.test(error.message)) return;
          this.want(key, read ? wanted.read : 0, wanted.delivered);
          if (this.reportTimer || this.closed) return;
          this.reportTimer = setTimeout(() => {
            this.reportTimer = null;
            this.flushReports();
          }, 1000);
        });
    }
  }

  private ingestPage(page: ConversationPage): void {
    // The group first (who counts for receipts), then receipts: messages already covered by my
    // delivered marker are not reported again.
    if ("group" in page) {
      if (page.group) this.applyGroup(page.group);
      for (const receipt of page.member_receipts ?? []) this.applyReceipt(receipt);
    } else if (page.partner_receipt) {
      this.applyReceipt(page.partner_receipt);
    }
    if (page.my_receipt) this.applyReceipt(page.my_receipt);
    for (const message of page.messages) this.ingest(message);
  }

  private ingest(message: MessageJson, live = false): void {
    if (message.sender_id === this.options.userId && this.outbox.all().some((e) => e.client_id === message.client_id)) {
      this.outbox.remove(message.client_id);
      this.emit("outbox");
    }
    if (this.seen.has(message.id)) {
      // A page can bring a newer version (edited or deleted while this tab was away).
      this.applyUpdate(message);
      return;
    }
    this.seen.add(message.id);
    const key = this.keyOf(message);
    const list = this.conversations.get(key) ?? [];
    insertById(list, message);
    this.conversations.set(key, list);
    if (message.sender_id !== this.options.userId) this.markDelivered(key, message.id);
    this.emit("message", message, key, live);
  }

  /** Replaces the stored copy of an edited or deleted message; emits `updated` when it changed. */
  private applyUpdate(message: MessageJson): void {
    const key = this.keyOf(message);
    const list = this.conversations.get(key);
    let index = list ? list.length - 1 : -1;
    while (list && index >= 0 && list[index]!.id > message.id) index -= 1;
    const stored = list && index >= 0 && list[index]!.id === message.id ? list[index]! : undefined;
    if (stored) {
      if (!changed(stored, message)) return;
      list![index] = message;
    } else if (this.seen.has(message.id)) {
      return;
    }
    this.emit("updated", message, key);
  }
}

function emptyReceipt(userId: number, partnerId: number): DirectReceiptJson {
  return { user_id: userId, partner_id: partnerId, delivered_up_to_id: 0, read_up_to_id: 0 };
}

/** `before` moved forward by `receipt` (reading implies having received). */
function forward<R extends ReceiptJson>(before: R, receipt: ReceiptJson): R {
  return {
    ...before,
    delivered_up_to_id: Math.max(before.delivered_up_to_id, receipt.delivered_up_to_id, receipt.read_up_to_id),
    read_up_to_id: Math.max(before.read_up_to_id, receipt.read_up_to_id),
  };
}

function sameProgress(a: ReceiptJson, b: ReceiptJson): boolean {
  return a.delivered_up_to_id === b.delivered_up_to_id && a.read_up_to_id === b.read_up_to_id;
}

function sameMembers(a: GroupJson, b: GroupJson): boolean {
  return a.members.length === b.members.length && a.members.every((m) => b.members.some((n) => n.id === m.id));
}

function sameGroup(a: GroupJson, b: GroupJson): boolean {
  return (
    a.name === b.name &&
    a.created_by === b.created_by &&
    a.members.length === b.members.length &&
    a.members.every((m, i) => b.members[i]!.id === m.id && b.members[i]!.role === m.role && b.members[i]!.username === m.username)
  );
}

/** A catch-up the server refused for good (403/404: not a member, unknown) is not retried. */
function skipRefused(error: unknown): void {
  if (error instanceof ApiError && (error.status === 403 || error.status === 404)) return;
  throw error;
}

function changed(a: MessageJson, b: MessageJson): boolean {
  return a.message_content !== b.message_content || (a.edited_at ?? null) !== (b.edited_at ?? null) || (a.deleted_at ?? null) !== (b.deleted_at ?? null);
}

/** Keeps the list sorted by id; live messages almost always go at the end, so search from there. */
function insertById(list: MessageJson[], message: MessageJson): void {
  let index = list.length;
  while (index > 0 && list[index - 1]!.id > message.id) index -= 1;
  list.splice(index, 0, message);
}

export { ApiError };
