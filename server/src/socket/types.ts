import type { Server, Socket } from "socket.io";
import type { MessageJson } from "../services/presenters";

export type ErrorReply = { error: string };
export type Ack<T> = (reply: T | ErrorReply) => void;

export interface ClientToServerEvents {
  "message:send": (payload: unknown, ack?: Ack<{ message: MessageJson }>) => void;
}

export interface ServerToClientEvents {
  "message:new": (message: MessageJson) => void;
  error: (reply: ErrorReply) => void;
}

export interface SocketData {
  userId: number;
  username: string;
  /** Epoch ms when the handshake token expires. */
  tokenExpiresAt: number;
}

export type ChatServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
export type ChatSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
