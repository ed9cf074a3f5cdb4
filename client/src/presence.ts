import type { PresenceJson } from "./types";

/** The server takes this many user ids per `presence:subscribe`. */
const SUBSCRIBE_BATCH = 500;

/**
 * Whose presence is watched (kept across reconnects) and what the server last told of each. `all`
 * hands out the same map until someone's presence changes.
 */
export class Presence {
  private readonly watched = new Set<number>();
  private known: ReadonlyMap<number, PresenceJson> = new Map();

  constructor(
    private readonly subscribe: (userIds: number[]) => Promise<PresenceJson[]>,
    private readonly changed: (presence: PresenceJson) => void,
  ) {}

  get(userId: number): PresenceJson | undefined {
    return this.known.get(userId);
  }

  all(): ReadonlyMap<number, PresenceJson> {
    return this.known;
  }

  /** Starts watching these users; returns the ones not watched before. */
  watch(userIds: readonly number[]): number[] {
    const fresh = [...new Set(userIds)].filter((id) => !this.watched.has(id));
    for (const id of fresh) this.watched.add(id);
    return fresh;
  }

  watchedIds(): number[] {
    return [...this.watched];
  }

  /** Asks the server for these users' presence (in batches) and takes in the answers. */
  async request(userIds: readonly number[]): Promise<void> {
    for (let i = 0; i < userIds.length; i += SUBSCRIBE_BATCH) {
      for (const entry of await this.subscribe(userIds.slice(i, i + SUBSCRIBE_BATCH))) this.apply(entry);
    }
  }

  /** Takes in a presence the server told; `changed` hears it when it is news. */
  apply(presence: PresenceJson): void {
    const known = this.known.get(presence.user_id);
    if (known && known.online === presence.online && known.last_seen_at === presence.last_seen_at) return;
    this.known = new Map(this.known).set(presence.user_id, presence);
    this.changed(presence);
  }
}
