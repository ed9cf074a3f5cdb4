import type { Server, Socket } from "socket.io";
import type { ClientToServerEvents, ServerToClientEvents } from "@chat-app/protocol";

export interface SocketData {
  userId: number;
  username: string;
  /** The session (the token's `sid`) the socket was opened with. */
  sessionId: number;
  /** Epoch ms when the handshake token expires. */
  tokenExpiresAt: number;
}

export type ChatServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
export type ChatSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
