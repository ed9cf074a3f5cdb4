import type { Server, Socket } from "socket.io";
import type { ErrorReply, GroupJson, MessageJson, PresenceJson, ReceiptJson, TypingJson } from "@chat-app/protocol";

/** A refused socket action: the message, and the status the same failure has over REST. */
export type { ErrorReply } from "@chat-app/protocol";
export type Ack<T> = (reply: T | ErrorReply) => void;

export type { PresenceJson, TypingJson } from "@chat-app/protocol";

export interface ClientToServerEvents {
  "message:send": (payload: unknown, ack?: Ack<{ message: MessageJson }>) => void;
  "message:edit": (payload: unknown, ack?: Ack<{ message: MessageJson }>) => void;
  "message:delete": (payload: unknown, ack?: Ack<{ message: MessageJson }>) => void;
  "message:read": (payload: unknown, ack?: Ack<{ receipt: ReceiptJson }>) => void;
  "message:delivered": (payload: unknown, ack?: Ack<{ receipt: ReceiptJson }>) => void;
  "typing:start": (payload: unknown, ack?: Ack<{ ok: true }>) => void;
  "typing:stop": (payload: unknown, ack?: Ack<{ ok: true }>) => void;
  "presence:subscribe": (payload: unknown, ack?: Ack<{ presence: PresenceJson[] }>) => void;
}

export interface ServerToClientEvents {
  "message:new": (message: MessageJson) => void;
  "message:updated": (message: MessageJson) => void;
  /** Deletions only, also sent as message:updated (same payload). */
  "message:deleted": (message: MessageJson) => void;
  "message:status": (receipt: ReceiptJson) => void;
  typing: (typing: TypingJson) => void;
  presence: (presence: PresenceJson) => void;
  "group:updated": (group: GroupJson) => void;
  "group:removed": (payload: { group_id: number }) => void;
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
