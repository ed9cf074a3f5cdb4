import type { PresenceJson } from "@chat-app/protocol";
import type { BlockEvents, BlockService } from "../services/block.service";
import type { UserService } from "../services/user.service";
import { userRoom } from "./rooms";
import type { ChatServer, ChatSocket } from "./types";

const presenceRoom = (userId: number) => `presence:${userId}`;

/** How someone looks to a person they blocked: offline, last seen unknown (what "hidden" looks like anyway). */
const hiddenPresence = (userId: number): PresenceJson => ({ user_id: userId, online: false, last_seen_at: null });

/**
 * Online while any socket of the user is connected, on any process: counting goes through the
 * adapter (`fetchSockets`), so it holds with the Redis adapter too. Watchers join `presence:<id>`
 * rooms and hear every change; last-seen is stored when the last socket goes. People the user
 * blocked are left out of every announcement (`except` their user rooms, on every process).
 */
export class Presence implements BlockEvents {
  constructor(
    private readonly io: ChatServer,
    private readonly users: UserService,
    private readonly blocks: BlockService,
    private readonly log: (error: unknown) => void = (error) => console.error(error),
  ) {}

  async connected(socket: ChatSocket): Promise<void> {
    const userId = socket.data.userId;
    if ((await this.socketCount(userId)) === 1) await this.announce({ user_id: userId, online: true, last_seen_at: null });
  }

  async disconnected(socket: ChatSocket): Promise<void> {
    const userId = socket.data.userId;
    if ((await this.socketCount(userId)) > 0) return;
    const lastSeen = new Date();
    await this.users.touchLastSeen(userId, lastSeen);
    await this.announce({ user_id: userId, online: false, last_seen_at: lastSeen.toISOString() });
  }

  /** Starts sending the socket presence changes of these users; returns their state now. */
  async subscribe(socket: ChatSocket, userIds: number[]): Promise<PresenceJson[]> {
    const unique = [...new Set(userIds)];
    // Joined even when hidden: announcements leave the blocked out, and an unblock needs no new subscription.
    await socket.join(unique.map(presenceRoom));
    const [lastSeen, blockers] = await Promise.all([this.users.lastSeen(unique), this.blocks.blockersOf(socket.data.userId)]);
    return Promise.all(unique.map((id) => (blockers.has(id) ? Promise.resolve(hiddenPresence(id)) : this.stateOf(id, lastSeen.get(id) ?? null))));
  }

  /** A block hides the blocker from the blocked person at once; an unblock shows them as they are. */
  blockChanged(blockerId: number, blockedId: number, blocked: boolean): void {
    const state = blocked ? Promise.resolve(hiddenPresence(blockerId)) : this.currentState(blockerId);
    state.then((presence) => this.io.to(userRoom(blockedId)).emit("presence", presence)).catch(this.log);
  }

  private async currentState(userId: number): Promise<PresenceJson> {
    const lastSeen = await this.users.lastSeen([userId]);
    return this.stateOf(userId, lastSeen.get(userId) ?? null);
  }

  private async stateOf(userId: number, lastSeen: Date | null): Promise<PresenceJson> {
    const online = (await this.socketCount(userId)) > 0;
    return { user_id: userId, online, last_seen_at: online ? null : (lastSeen?.toISOString() ?? null) };
  }

  private async socketCount(userId: number): Promise<number> {
    return (await this.io.in(userRoom(userId)).fetchSockets()).length;
  }

  private async announce(presence: PresenceJson): Promise<void> {
    const hidden = [...(await this.blocks.hiddenFrom(presence.user_id))];
    const room = this.io.to(presenceRoom(presence.user_id));
    (hidden.length > 0 ? room.except(hidden.map(userRoom)) : room).emit("presence", presence);
  }
}
