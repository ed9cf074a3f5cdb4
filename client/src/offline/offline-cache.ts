import type { ConversationPage } from "../api";
import type { ConversationKey } from "../keys";
import type { ConversationJson } from "../types";

/** One write to the cache: what is given replaces what was kept; `drop` forgets those pages. */
export interface OfflineCacheBatch {
  conversations?: readonly ConversationJson[];
  pages?: ReadonlyMap<ConversationKey, ConversationPage>;
  /** The conversations with a page, most recently opened first. */
  recent?: readonly ConversationKey[];
  drop?: readonly ConversationKey[];
}

/**
 * What one person's client last knew, kept in the browser so a reload without network still shows
 * it: the chat list as the server last answered it, and the newest page of the conversations
 * opened last. Never the server's truth: only shown until the server answers again.
 */
export interface OfflineCache {
  conversations(): Promise<ConversationJson[] | undefined>;
  page(key: ConversationKey): Promise<ConversationPage | undefined>;
  /** The conversations with a page, most recently opened first. */
  recent(): Promise<ConversationKey[]>;
  write(batch: OfflineCacheBatch): Promise<void>;
  /** Deletes all of it (log-out). */
  destroy(): Promise<void>;
}

/** A request that never reached the server (fetch rejects with a TypeError), as opposed to one it refused. */
export const isNetworkFailure = (error: unknown): boolean => error instanceof TypeError;
