import type {
  ClientEvent,
  ClientEventPayload,
  ClientEventResult,
  ClientToServerEvents,
  ErrorReply,
  ServerToClientEvents,
  TypingPayload,
} from "@chat-app/protocol";
import { io, type ManagerOptions, type Socket, type SocketOptions } from "socket.io-client";
import { ApiError } from "./api";
import { Emitter } from "./emitter";

export type ConnectionState = "connecting" | "connected" | "reconnecting" | "offline";

/** The client's end of the socket: what the server pushes, what the client asks. */
export type ChatSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** The events whose acknowledgement a client waits for (typing is fire and forget). */
export type AskedEvent = Exclude<ClientEvent, "typing:start" | "typing:stop">;
type Asks = { [E in AskedEvent]: (payload: ClientEventPayload<E>) => Promise<ClientEventResult<E> | ErrorReply> };

type ConnectionEvents = {
  state: [state: ConnectionState];
  /** Connected (first time or again): the moment to resend and resync. */
  connected: [];
  /** The socket dropped (it reconnects by itself). */
  disconnected: [];
  /** The token was refused. */
  unauthorized: [];
};

export interface ConnectionOptions {
  baseUrl: string;
  token: string;
  socketOptions?: Partial<ManagerOptions & SocketOptions>;
  /** How long to wait for the server's acknowledgement before treating an action as unanswered. */
  ackTimeoutMs: number;
}

/**
 * The socket and its state: reconnects by itself, including after the server closed it (token
 * expired, flood), and says when it is connected again so the client can resend and resync.
 */
export class Connection extends Emitter<ConnectionEvents> {
  readonly socket: ChatSocket;
  private current: ConnectionState = "connecting";

  /**
   * One emitter per acknowledged event, each with its literal name: Socket.IO's types resolve the
   * payload and reply of a named event, not of a generic one, so `action` looks its event up here.
   */
  private readonly asks: Asks;

  constructor(options: ConnectionOptions) {
    super();
    this.socket = io(options.baseUrl, { auth: { token: options.token }, ...options.socketOptions });
    const timed = () => this.socket.timeout(options.ackTimeoutMs);
    this.asks = {
      "message:send": (payload) => timed().emitWithAck("message:send", payload),
      "message:edit": (payload) => timed().emitWithAck("message:edit", payload),
      "message:delete": (payload) => timed().emitWithAck("message:delete", payload),
      "message:read": (payload) => timed().emitWithAck("message:read", payload),
      "message:delivered": (payload) => timed().emitWithAck("message:delivered", payload),
      "presence:subscribe": (payload) => timed().emitWithAck("presence:subscribe", payload),
      "reaction:add": (payload) => timed().emitWithAck("reaction:add", payload),
      "reaction:remove": (payload) => timed().emitWithAck("reaction:remove", payload),
      "message:forward": (payload) => timed().emitWithAck("message:forward", payload),
      "pin:add": (payload) => timed().emitWithAck("pin:add", payload),
      "pin:remove": (payload) => timed().emitWithAck("pin:remove", payload),
      "call:start": (payload) => timed().emitWithAck("call:start", payload),
      "call:accept": (payload) => timed().emitWithAck("call:accept", payload),
      "call:decline": (payload) => timed().emitWithAck("call:decline", payload),
      "call:join": (payload) => timed().emitWithAck("call:join", payload),
      "call:leave": (payload) => timed().emitWithAck("call:leave", payload),
      "call:hangup": (payload) => timed().emitWithAck("call:hangup", payload),
      "call:signal": (payload) => timed().emitWithAck("call:signal", payload),
    };
    this.socket.on("connect", () => {
      this.setState("connected");
      this.emit("connected");
    });
    this.socket.on("disconnect", (reason) => {
      this.setState("reconnecting");
      this.emit("disconnected");
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
  }

  get state(): ConnectionState {
    return this.current;
  }

  get connected(): boolean {
    return this.socket.connected;
  }

  /** Emits an action and waits for its acknowledgement; `{error}` replies become ApiErrors (400 unless said). */
  async action<E extends AskedEvent>(event: E, payload: ClientEventPayload<E>): Promise<ClientEventResult<E>> {
    const reply = await this.asks[event](payload);
    if ("error" in reply) throw new ApiError(reply.status ?? 400, reply.error);
    return reply;
  }

  /**
   * Fire-and-forget, only while connected: worth nothing later (typing), so never buffered for a
   * reconnect (not `volatile` either: that drops an event sent right after another one).
   */
  emitNow(event: "typing:start" | "typing:stop", payload: TypingPayload): void {
    if (!this.socket.connected) return;
    if (event === "typing:start") this.socket.emit("typing:start", payload);
    else this.socket.emit("typing:stop", payload);
  }

  close(): void {
    this.socket.disconnect();
  }

  private setState(state: ConnectionState): void {
    if (state === this.current) return;
    this.current = state;
    this.emit("state", state);
  }
}
