import type { ConversationKey } from "./keys";
import type { MessageJson } from "./types";

/**
 * How long a message that arrived live (a push, or my own send's acknowledgement) stays unproven
 * as a catch-up starting point. The server pushes each message right after its commit, but pushes
 * and acknowledgements of messages committed close together can leave the server out of id order
 * (each waits on its own database connection). A server that dies between the two leaves a client
 * holding a newer id than one it never got; catching up "after the newest id held" would skip it
 * for good. A message that arrived this long before the connection dropped was committed after
 * nothing it could have overtaken. Generous: the cost is a few messages fetched twice.
 */
export const UNSETTLED_MS = 15_000;

interface Arrival {
  id: number;
  at: number;
}

/**
 * Where catching up a conversation starts: after the newest message held that is proven to have
 * everything older already here — one from a page (a page is the whole of its range), or one that
 * arrived live long enough before the connection dropped.
 */
export class CatchUpCursor {
  private readonly live = new Map<ConversationKey, Arrival[]>();
  private droppedAt: number | undefined;

  constructor(private readonly now: () => number = Date.now) {}

  /** A message that came by a push or an acknowledgement, not by a page. */
  arrivedLive(key: ConversationKey, id: number): void {
    const at = this.now();
    // Older arrivals are settled for any later drop (a drop is never before now): forget them.
    const kept = (this.live.get(key) ?? []).filter((arrival) => arrival.at >= at - UNSETTLED_MS);
    kept.push({ id, at });
    this.live.set(key, kept);
  }

  /** The connection dropped: what arrived shortly before may have overtaken something lost. */
  dropped(): void {
    this.droppedAt = this.now();
  }

  /**
   * The id to catch up after, given the conversation as held (oldest first); undefined when nothing
   * held is settled, and the newest page should be read instead.
   */
  after(key: ConversationKey, held: readonly MessageJson[]): number | undefined {
    const since = Math.min(this.droppedAt ?? Infinity, this.now()) - UNSETTLED_MS;
    const unsettled = new Set((this.live.get(key) ?? []).filter((arrival) => arrival.at > since).map((arrival) => arrival.id));
    for (let i = held.length - 1; i >= 0; i -= 1) {
      if (!unsettled.has(held[i]!.id)) return held[i]!.id;
    }
    return held.length === 0 ? 0 : undefined;
  }
}
