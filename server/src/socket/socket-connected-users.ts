import type { ConnectedUsers } from "../push/connected-users";
import { userRoom } from "./rooms";
import type { ChatServer } from "./types";

/** Asks the adapter, so with the Redis adapter every process's sockets count (one round trip for all). */
export class SocketConnectedUsers implements ConnectedUsers {
  constructor(private readonly io: ChatServer) {}

  async connectedAmong(userIds: readonly number[]): Promise<Set<number>> {
    if (userIds.length === 0) return new Set();
    const sockets = await this.io.in(userIds.map(userRoom)).fetchSockets();
    return new Set(sockets.map((socket) => socket.data.userId));
  }
}
