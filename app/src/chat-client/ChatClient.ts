import { io, type ManagerOptions, type Socket, type SocketOptions } from "socket.io-client";
import { ApiError, ChatApi, type ConversationPage } from "./api";
import { Emitter } from "./emitter";
import { Outbox, type OutboxEntry } from "./outbox";
import {
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
  /** At most one `typing:start` per partner this often while the person keeps typing. */
  typingThrottleMs?: number;
  /** After this long without a keystroke the client sends `typing:stop` by itself. */
  typingIdleMs?: number;
  /** A partner's typing indicator goes out by itself this long after their last start. */
  typingExpiryMs?: number;
}

/** Both sides' progress in one conversation: `partner` read/received mine, `mine` read/received theirs. */
export interface ConversationReceipts {
  partner: ReceiptJson;
  mine: ReceiptJson;
}

type ChatClientEvents = {
  /**
   * A message not seen before, in this partner's conversation; `live` when it was pushed as it was
   * sent (not fetched with history or a catch-up): worth a notification.
   */
  message: [message: MessageJson, partnerId: number, live: boolean];
  /** The outbox changed: something was queued, acknowledged, failed or retried. */
  outbox: [];
  connection: [state: ConnectionState];
  /** The token was refused: the person must log in again. */
  unauthorized: [];
  /** A message was edited or deleted (the stored copy, if loaded, is replaced by this one). */
  updated: [message: MessageJson, partnerId: number];
  /** Receipts of a conversation moved (the partner read/received mine, or I read theirs in another tab). */
  receipts: [partnerId: number, receipts: ConversationReceipts];
  /** The partner started or stopped typing to me (also when an indicator expired by itself). */
  typing: [partnerId: number, typing: boolean];
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
  private readonly conversations = new Map<number, MessageJson[]>();
  private readonly seen = new Set<number>();
  private draining = false;
  private readonly retryTimer: ReturnType<typeof setInterval>;
  private state: ConnectionState = "connecting";
  private readonly ackTimeoutMs: number;
  private readonly receipts = new Map<number, ConversationReceipts>();
  /** Receipts wanted but not yet acknowledged, per partner: flushed batched, again after reconnects. */
  private readonly reports = new Map<number, { read: number; delivered: number }>();
  private reportTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly typingSent = new Map<number, { at: number; idle: ReturnType<typeof setTimeout> }>();
  private readonly typingFrom = new Map<number, ReturnType<typeof setTimeout>>();
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
      for (const partnerId of [...this.typingFrom.keys()]) this.setTyping(partnerId, false);
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
      const partnerId = this.partnerOf(message);
      if (message.sender_id === partnerId) this.setTyping(partnerId, false);
      this.ingest(message, true);
    });
    this.socket.on("message:updated", (message: MessageJson) => this.applyUpdate(message));
    this.socket.on("message:status", (receipt: ReceiptJson) => this.applyReceipt(receipt));
    this.socket.on("typing", (typing: TypingJson) => {
      if (typing.receiver_id === options.userId) this.setTyping(typing.user_id, typing.typing);
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

  /** The conversation with a partner as loaded so far, oldest first. */
  messagesWith(partnerId: number): readonly MessageJson[] {
    return this.conversations.get(partnerId) ?? [];
  }

  /** Messages to this partner that the server has not acknowledged yet (sending or failed). */
  pendingTo(partnerId: number): OutboxEntry[] {
    return this.outbox.all().filter((entry) => entry.receiver_id === partnerId);
  }

  /** Both sides' receipts in this conversation as known so far (zeros until loaded or pushed). */
  receiptsWith(partnerId: number): ConversationReceipts {
    return this.receipts.get(partnerId) ?? { partner: emptyReceipt(partnerId, this.userId), mine: emptyReceipt(this.userId, partnerId) };
  }

  /** What the partner did with one of my stored messages: "read", "delivered" or just "sent". */
  statusOf(message: MessageJson): ReceiptStatus {
    const { partner } = this.receiptsWith(message.receiver_id);
    if (message.id <= partner.read_up_to_id) return "read";
    if (message.id <= partner.delivered_up_to_id) return "delivered";
    return "sent";
  }

  /** Whether this partner is typing to me now. */
  isTyping(partnerId: number): boolean {
    return this.typingFrom.has(partnerId);
  }

  /** A watched user's presence, once the server told it. */
  presenceOf(userId: number): PresenceJson | undefined {
    return this.presence.get(userId);
  }

  /** Loads the newest page of a conversation; returns whether older pages exist. */
  async loadLatest(partnerId: number, limit = 50): Promise<boolean> {
    const page = await this.api.conversation(partnerId, { limit });
    this.ingestPage(page);
    if (!this.conversations.has(partnerId)) this.conversations.set(partnerId, []);
    // Anything that arrived between the page and now is covered by a catch-up from the newest id.
    await this.catchUp(partnerId);
    return page.has_more;
  }

  /** Loads the page before the oldest loaded message; returns whether still older pages exist. */
  async loadOlder(partnerId: number, limit = 50): Promise<boolean> {
    const oldest = this.messagesWith(partnerId)[0];
    const page = await this.api.conversation(partnerId, { before: oldest?.id, limit });
    this.ingestPage(page);
    return page.has_more;
  }

  /** Queues a message (persisted at once) and sends it when the connection allows. */
  send(partnerId: number, content: string): OutboxEntry {
    this.stopTyping(partnerId);
    const entry: OutboxEntry = { client_id: crypto.randomUUID(), receiver_id: partnerId, message_content: content, created_at: Date.now() };
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
   * The person has read the partner's messages up to this id (the conversation is open and the tab
   * visible). Sent at once, or after the next reconnect; markers only move forward.
   */
  markRead(partnerId: number, upToId: number): void {
    if (upToId <= this.receiptsWith(partnerId).mine.read_up_to_id) return;
    this.want(partnerId, upToId, upToId);
    this.flushReports();
  }

  /**
   * This device has the partner's messages up to this id. The client reports it by itself, batched,
   * whenever it takes in the partner's messages (live or fetched); exposed for completeness.
   */
  markDelivered(partnerId: number, upToId: number): void {
    if (upToId <= this.receiptsWith(partnerId).mine.delivered_up_to_id) return;
    this.want(partnerId, 0, upToId);
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
   * Call on every keystroke in the composer for this partner: sends `typing:start` at most once per
   * `typingThrottleMs`, and `typing:stop` by itself after `typingIdleMs` without a keystroke.
   */
  typing(partnerId: number): void {
    const now = Date.now();
    const sent = this.typingSent.get(partnerId);
    if (sent) clearTimeout(sent.idle);
    const throttle = this.options.typingThrottleMs ?? 2000;
    const at = !sent || now - sent.at >= throttle ? now : sent.at;
    if (at === now) this.emitNow("typing:start", { receiver_id: partnerId });
    const idle = setTimeout(() => this.stopTyping(partnerId), this.options.typingIdleMs ?? 4000);
    this.typingSent.set(partnerId, { at, idle });
  }

  /** The person stopped typing (sent, emptied the composer, left it): `typing:stop` if a start went out. */
  stopTyping(partnerId: number): void {
    const sent = this.typingSent.get(partnerId);
    if (!sent) return;
    clearTimeout(sent.idle);
    this.typingSent.delete(partnerId);
    this.emitNow("typing:stop", { receiver_id: partnerId });
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
    for (const timer of this.typingFrom.values()) clearTimeout(timer);
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
        await Promise.all([...this.conversations.keys()].map((partnerId) => this.catchUp(partnerId)));
        return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
    }
  }

  /** Fetches every message after the newest one held, page by page. */
  private async catchUp(partnerId: number): Promise<void> {
    for (;;) {
      const newest = this.messagesWith(partnerId).at(-1);
      const page = await this.api.conversation(partnerId, { after: newest?.id ?? 0, limit: 200 });
      this.ingestPage(page);
      if (!page.has_more) return;
    }
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
        receiver_id: entry.receiver_id,
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
  private emitNow(event: "typing:start" | "typing:stop", payload: { receiver_id: number }): void {
    if (this.socket.connected) this.socket.emit(event, payload);
  }

  private partnerOf(message: MessageJson): number {
    return message.sender_id === this.options.userId ? message.receiver_id : message.sender_id;
  }

  private setTyping(partnerId: number, typing: boolean): void {
    const timer = this.typingFrom.get(partnerId);
    if (timer) clearTimeout(timer);
    if (typing) {
      // A lost stop never sticks: without a new start the indicator goes out by itself.
      this.typingFrom.set(partnerId, setTimeout(() => this.setTyping(partnerId, false), this.options.typingExpiryMs ?? 5000));
      if (!timer) this.emit("typing", partnerId, true);
    } else if (timer) {
      this.typingFrom.delete(partnerId);
      this.emit("typing", partnerId, false);
    }
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
    const side = receipt.user_id === self ? "mine" : receipt.partner_id === self ? "partner" : null;
    if (!side) return;
    const partnerId = side === "mine" ? receipt.partner_id : receipt.user_id;
    const current = this.receiptsWith(partnerId);
    const before = current[side];
    const after: ReceiptJson = {
      ...before,
      delivered_up_to_id: Math.max(before.delivered_up_to_id, receipt.delivered_up_to_id, receipt.read_up_to_id),
      read_up_to_id: Math.max(before.read_up_to_id, receipt.read_up_to_id),
    };
    if (after.delivered_up_to_id === before.delivered_up_to_id && after.read_up_to_id === before.read_up_to_id && this.receipts.has(partnerId)) return;
    const next = { ...current, [side]: after };
    this.receipts.set(partnerId, next);
    this.emit("receipts", partnerId, next);
  }

  private want(partnerId: number, read: number, delivered: number): void {
    const wanted = this.reports.get(partnerId) ?? { read: 0, delivered: 0 };
    this.reports.set(partnerId, { read: Math.max(wanted.read, read), delivered: Math.max(wanted.delivered, delivered, read) });
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
    for (const [partnerId, wanted] of [...this.reports]) {
      this.reports.delete(partnerId);
      const { mine } = this.receiptsWith(partnerId);
      const read = wanted.read > mine.read_up_to_id;
      if (!read && wanted.delivered <= mine.delivered_up_to_id) continue;
      const event = read ? "message:read" : "message:delivered";
      this.action<{ receipt: ReceiptJson }>(event, { partner_id: partnerId, up_to_id: read ? wanted.read : wanted.delivered })
        .then(({ receipt }) => this.applyReceipt(receipt))
        .catch((error: unknown) => {
          // Refused for good (unknown user): drop it. Lost or throttled: want it again, send later.
          if (error instanceof ApiError && !TRANSIENT.test(error.message)) return;
          this.want(partnerId, read ? wanted.read : 0, wanted.delivered);
          if (this.reportTimer || this.closed) return;
          this.reportTimer = setTimeout(() => {
            this.reportTimer = null;
            this.flushReports();
          }, 1000);
        });
    }
  }

  private ingestPage(page: ConversationPage): void {
    // Receipts first: messages already covered by my delivered marker are not reported again.
    if (page.partner_receipt) this.applyReceipt(page.partner_receipt);
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
    const partnerId = this.partnerOf(message);
    const list = this.conversations.get(partnerId) ?? [];
    insertById(list, message);
    this.conversations.set(partnerId, list);
    if (message.sender_id === partnerId) this.markDelivered(partnerId, message.id);
    this.emit("message", message, partnerId, live);
  }

  /** Replaces the stored copy of an edited or deleted message; emits `updated` when it changed. */
  private applyUpdate(message: MessageJson): void {
    const partnerId = this.partnerOf(message);
    const list = this.conversations.get(partnerId);
    let index = list ? list.length - 1 : -1;
    while (list && index >= 0 && list[index]!.id > message.id) index -= 1;
    const stored = list && index >= 0 && list[index]!.id === message.id ? list[index]! : undefined;
    if (stored) {
      if (!changed(stored, message)) return;
      list![index] = message;
    } else if (this.seen.has(message.id)) {
      return;
    }
    this.emit("updated", message, partnerId);
  }
}

function emptyReceipt(userId: number, partnerId: number): ReceiptJson {
  return { user_id: userId, partner_id: partnerId, delivered_up_to_id: 0, read_up_to_id: 0 };
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
