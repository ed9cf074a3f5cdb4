import type { SessionEvents } from "../services/session-events";
import { sessionRoom } from "./rooms";
import type { ChatServer } from "./types";

/** A revoked session's sockets are disconnected through the adapter, so on every process. */
export class SocketSessionEvents implements SessionEvents {
  constructor(private readonly io: ChatServer) {}

  sessionsRevoked(sessionIds: readonly number[]): void {
    if (sessionIds.length === 0) return;
    this.io.in(sessionIds.map(sessionRoom)).disconnectSockets(true);
  }
}
