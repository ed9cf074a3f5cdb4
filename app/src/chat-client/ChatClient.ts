import { io, type ManagerOptions, type Socket, type SocketOptions } from "socket.io-client";
import { ApiError, ChatApi } from "./api";
import { Emitter } from "./emitter";
import { Outbox, type OutboxEntry } from "./outbox";
import { type KeyValueStorage, MemoryStorage, type MessageJson } from "./types";

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
}

type ChatClientEvents = {
  /** A message not seen before, in this partner's conversation. */
  message: [message: MessageJson, partnerId: number];
  /** The outbox changed: something was queued, acknowledged, failed or retried. */
  outbox: [];
  connection: [state: ConnectionState];
  /** The token was refused: the person must log in again. */
  unauthorized: [];
};

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

  constructor(private readonly options: ChatClientOptions) {
    super();
    this.ackTimeoutMs = options.ackTimeoutMs ?? 10_000;
    this.api = new ChatApi(options.baseUrl, options.token, options.fetch);
    this.outbox = new Outbox(options.storage ?? new MemoryStorage(), `chat.outbox.${options.userId}`);
    this.socket = io(options.baseUrl, { auth: { token: options.token }, ...options.socketOptions });
    this.socket.on("connect", () => void this.onConnect());
    this.socket.on("disconnect", (reason) => {
      this.setState("reconnecting");
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
    this.socket.on("message:new", (message: MessageJson) => this.ingest(message));
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

  /** Loads the newest page of a conversation; returns whether older pages exist. */
  async loadLatest(partnerId: number, limit = 50): Promise<boolean> {
    const page = await this.api.conversation(partnerId, { limit });
    this.ingestAll(page.messages);
    if (!this.conversations.has(partnerId)) this.conversations.set(partnerId, []);
    // Anything that arrived between the page and now is covered by a catch-up from the newest id.
    await this.catchUp(partnerId);
    return page.has_more;
  }

  /** Loads the page before the oldest loaded message; returns whether still older pages exist. */
  async loadOlder(partnerId: number, limit = 50): Promise<boolean> {
    const oldest = this.messagesWith(partnerId)[0];
    const page = await this.api.conversation(partnerId, { before: oldest?.id, limit });
    this.ingestAll(page.messages);
    return page.has_more;
  }

  /** Queues a message (persisted at once) and sends it when the connection allows. */
  send(partnerId: number, content: string): OutboxEntry {
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

  close(): void {
    clearInterval(this.retryTimer);
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
      this.ingestAll(page.messages);
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

  private ingestAll(messages: MessageJson[]): void {
    for (const message of messages) this.ingest(message);
  }

  private ingest(message: MessageJson): void {
    if (message.sender_id === this.options.userId && this.outbox.all().some((e) => e.client_id === message.client_id)) {
      this.outbox.remove(message.client_id);
      this.emit("outbox");
    }
    if (this.seen.has(message.id)) return;
    this.seen.add(message.id);
    const partnerId = message.sender_id === this.options.userId ? message.receiver_id : message.sender_id;
    const list = this.conversations.get(partnerId) ?? [];
    insertById(list, message);
    this.conversations.set(partnerId, list);
    this.emit("message", message, partnerId);
  }
}

/** Keeps the list sorted by id; live messages almost always go at the end, so search from there. */
function insertById(list: MessageJson[], message: MessageJson): void {
  let index = list.length;
  while (index > 0 && list[index - 1]!.id > message.id) index -= 1;
  list.splice(index, 0, message);
}

export { ApiError };
