import { useEffect } from "react";
import type { ChatClient } from "../ChatClient";
import type { ConnectionState } from "../connection";
import { type ConversationKey, isGroupKey, keyId } from "../keys";
import type { OutboxEntry } from "../outbox";
import type { PinnedJson } from "../pins";
import type { ConversationReceipts } from "../receipts";
import type { GroupJson, MessageJson, PresenceJson } from "../types";
import { sameItems, useChatState } from "./useChatState";

const NO_MESSAGES: readonly MessageJson[] = Object.freeze([]);
const NO_ENTRIES: readonly OutboxEntry[] = Object.freeze([]);
const NO_USERS: readonly number[] = Object.freeze([]);
const NO_GROUPS: ReadonlyMap<number, GroupJson> = new Map();
const NO_GROUP_IDS: ReadonlySet<number> = new Set();
const NO_TYPING: ReadonlyMap<ConversationKey, readonly number[]> = new Map();
const NO_PINS: readonly PinnedJson[] = Object.freeze([]);
const NO_PRESENCE: ReadonlyMap<number, PresenceJson> = new Map();

export function useConnectionState(client: ChatClient | null): ConnectionState {
  return useChatState(client, (c) => c.connection, "connecting");
}

/** A conversation's messages as loaded so far, oldest first. */
export function useMessages(client: ChatClient | null, key: ConversationKey | null): readonly MessageJson[] {
  return useChatState(client, (c) => (key === null ? NO_MESSAGES : c.messagesWith(key)), NO_MESSAGES);
}

/** A conversation's messages the server has not acknowledged yet (sending or failed). */
export function usePendingMessages(client: ChatClient | null, key: ConversationKey | null): readonly OutboxEntry[] {
  return useChatState(client, (c) => (key === null ? NO_ENTRIES : c.pendingTo(key)), NO_ENTRIES, sameItems);
}

/** Every message the server has not acknowledged yet, all conversations (sending or failed). */
export function useOutbox(client: ChatClient | null): readonly OutboxEntry[] {
  return useChatState(client, (c) => c.outbox.all(), NO_ENTRIES);
}

/** Delivered/read progress in a conversation (both sides, or every member of a group). */
export function useReceipts(client: ChatClient | null, key: ConversationKey | null): ConversationReceipts | null {
  return useChatState(client, (c) => (key === null ? null : c.receiptsWith(key)), null);
}

/** Who is typing in a conversation, in the order they started. */
export function useTypists(client: ChatClient | null, key: ConversationKey | null): readonly number[] {
  return useChatState(client, (c) => (key === null ? NO_USERS : c.typists(key)), NO_USERS);
}

/** Every conversation someone is typing in now, with who. */
export function useAllTypists(client: ChatClient | null): ReadonlyMap<ConversationKey, readonly number[]> {
  return useChatState(client, (c) => c.allTypists(), NO_TYPING);
}

/** Every group heard of (current or left), by id. */
export function useGroups(client: ChatClient | null): ReadonlyMap<number, GroupJson> {
  return useChatState(client, (c) => c.allGroups(), NO_GROUPS);
}

/** The group of a group conversation, as last told by the server. */
export function useGroup(client: ChatClient | null, key: ConversationKey | null): GroupJson | undefined {
  return useChatState(client, (c) => (key !== null && isGroupKey(key) ? c.group(keyId(key)) : undefined), undefined);
}

/** The groups I was removed from or left. */
export function useRemovedGroups(client: ChatClient | null): ReadonlySet<number> {
  return useChatState(client, (c) => c.removedGroups(), NO_GROUP_IDS);
}

/** Every watched user's presence as told so far. */
export function usePresence(client: ChatClient | null): ReadonlyMap<number, PresenceJson> {
  return useChatState(client, (c) => c.allPresence(), NO_PRESENCE);
}

/** Whether newer messages than a conversation's loaded window exist (after `loadAround`): scrolling down loads them. */
export function useHasNewer(client: ChatClient | null, key: ConversationKey | null): boolean {
  return useChatState(client, (c) => key !== null && c.hasNewer(key), false);
}

/** A conversation's pins, newest first: fetched when the conversation changes, then kept live. */
export function usePins(client: ChatClient | null, key: ConversationKey | null): readonly PinnedJson[] {
  useEffect(() => {
    if (client && key !== null) client.loadPins(key).catch(() => undefined);
  }, [client, key]);
  return useChatState(client, (c) => (key === null ? NO_PINS : c.pinsWith(key)), NO_PINS);
}
