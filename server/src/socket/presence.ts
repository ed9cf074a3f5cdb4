import type { PresenceJson } from "@chat-app/protocol";
import type { UserService } from "../services/user.service";
import { userRoom } from "./rooms";
import type { ChatServer, ChatSocket } from "./types";

const presenceRoom = (userId: number) => `presence:${userId}`;

/**
 * Online while any socket of the user is connected, on any process: counting goes through the
 * adapter (`fetchSockets`), so it holds with the Redis adapter too. Watchers join `presence:<id>`
 * rooms and hear every change; last-seen is stored when the last socket goes.
 */
export class Presence {
  constructor(
    private readonly io: ChatServer,
    private readonly users: UserService,
  ) {}

  async connected(socket: ChatSocket): Promise<void> {
    const userId = socket.data.userId;
    if ((await this.socketCount(userId)) === 1) this.announce({ user_id: userId, online: true, last_seen_at: null });
  }

  async disconnected(socket: ChatSocket): Promise<void> {
    const userId = socket.data.userId;
    if ((await this.socketCount(userId)) > 0) return;
    const lastSeen = new Date();
    await this.users.touchLastSeen(userId, lastSeen);
    this.announce({ user_id: userId, online: false, last_seen_at: lastSeen.toISOString() });
  }

  /** Starts sending the socket presence changes of these users; returns their state now. */
  async subscribe(socket: ChatSocket, userIds: number[]): Promise<PresenceJson[]> {
    const unique = [...new Set(userIds)];
    await socket.join(unique.map(presenceRoom));
    const lastSeen = await this.users.lastSeen(unique);
    return Promise.all(
      unique.map(async (id) => {
        const online = (await this.socketCount(id)) > 0;
        return { user_id: id, online, last_seen_at: online ? null : (lastSeen.get(id)?.toISOString() ?? null) };
      }),
    );
  }

  private async socketCount(userId: number): Promise<number> {
    return (await this.io.in(userRoom(userId)).fetchSockets()).length;
  }

  private announce(presence: PresenceJson): void {
    this.io.to(presenceRoom(presence.user_id)).emit("presence", presence);
  }
}
