import type { ConversationKey } from "./keys";
import type { AttachmentJson } from "@chat-app/protocol";
import type { ReactionJson } from "@chat-app/protocol";
import type { MessageJson } from "./types";

const NONE: readonly MessageJson[] = Object.freeze([]);

/**
 * The messages loaded so far, per conversation: each kept once (by id) and in server order (by id).
 * `list` hands out a snapshot that stays the same object until that conversation changes, so a
 * view can tell by identity whether it needs to render again.
 */
export class MessageStore {
  private readonly lists = new Map<ConversationKey, MessageJson[]>();
  private readonly snapshots = new Map<ConversationKey, readonly MessageJson[]>();
  private readonly seen = new Set<number>();

  /** A conversation as loaded so far, oldest first. */
  list(key: ConversationKey): readonly MessageJson[] {
    const list = this.lists.get(key);
    if (!list) return NONE;
    let snapshot = this.snapshots.get(key);
    if (!snapshot) this.snapshots.set(key, (snapshot = Object.freeze(list.slice())));
    return snapshot;
  }

  /** Whether this conversation was loaded (even when it has no message). */
  has(key: ConversationKey): boolean {
    return this.lists.has(key);
  }

  keys(): ConversationKey[] {
    return [...this.lists.keys()];
  }

  /** Notes a conversation as loaded, so reconnects catch it up. */
  open(key: ConversationKey): void {
    if (!this.lists.has(key)) this.lists.set(key, []);
  }

  hasSeen(id: number): boolean {
    return this.seen.has(id);
  }

  /** Keeps a message not seen before; false when its id was seen already. */
  add(key: ConversationKey, message: MessageJson): boolean {
    if (this.seen.has(message.id)) return false;
    this.seen.add(message.id);
    const list = this.lists.get(key) ?? [];
    insertById(list, message);
    this.lists.set(key, list);
    this.snapshots.delete(key);
    return true;
  }

  /**
   * Replaces the stored copy of an edited or deleted message. True when that is news: the copy
   * changed, or a message seen nowhere here (its conversation not loaded) changed.
   */
  update(key: ConversationKey, message: MessageJson): boolean {
    const list = this.lists.get(key);
    let index = list ? list.length - 1 : -1;
    while (list && index >= 0 && list[index]!.id > message.id) index -= 1;
    const stored = list && index >= 0 && list[index]!.id === message.id ? list[index]! : undefined;
    if (stored) {
      if (!changed(stored, message)) return false;
      list![index] = message;
      this.snapshots.delete(key);
      return true;
    }
    return !this.seen.has(message.id);
  }

  /** Where a loaded message is: its conversation and the stored copy. */
  find(messageId: number): { key: ConversationKey; message: MessageJson } | undefined {
    for (const [key, list] of this.lists) {
      const message = list.find((m) => m.id === messageId);
      if (message) return { key, message };
    }
    return undefined;
  }

  /** Puts a message's reactions as they are now into its stored copy; returns that copy, or undefined when not loaded. */
  setReactions(messageId: number, reactions: ReactionJson[]): { key: ConversationKey; message: MessageJson } | undefined {
    const found = this.find(messageId);
    if (!found) return undefined;
    const message = { ...found.message, reactions };
    const list = this.lists.get(found.key)!;
    list[list.indexOf(found.message)] = message;
    this.snapshots.delete(found.key);
    return { key: found.key, message };
  }

  /** Puts a message's pinned state into its stored copy; returns that copy when it changed. */
  setPinned(messageId: number, pinned: boolean): { key: ConversationKey; message: MessageJson } | undefined {
    const found = this.find(messageId);
    if (!found || Boolean(found.message.pinned) === pinned) return undefined;
    const message = { ...found.message, pinned };
    const list = this.lists.get(found.key)!;
    list[list.indexOf(found.message)] = message;
    this.snapshots.delete(found.key);
    return { key: found.key, message };
  }

  /**
   * A conversation's loaded window becomes these messages (a page far from the one held, e.g.
   * around a quoted original): the ones dropped are forgotten, so loading them again adds them.
   */
  replace(key: ConversationKey, messages: readonly MessageJson[]): void {
    for (const message of this.lists.get(key) ?? []) this.seen.delete(message.id);
    const list: MessageJson[] = [];
    for (const message of messages) {
      if (this.seen.has(message.id)) continue;
      this.seen.add(message.id);
      insertById(list, message);
    }
    this.lists.set(key, list);
    this.snapshots.delete(key);
  }

  /**
   * Puts a fresh copy of an attachment (new signed links) into every message holding it; returns
   * those messages as they are now, with their conversations.
   */
  replaceAttachment(attachment: AttachmentJson): { key: ConversationKey; message: MessageJson }[] {
    const replaced: { key: ConversationKey; message: MessageJson }[] = [];
    for (const [key, list] of this.lists) {
      list.forEach((message, index) => {
        if (!message.attachments?.some((a) => a.id === attachment.id)) return;
        const fresh = { ...message, attachments: message.attachments.map((a) => (a.id === attachment.id ? attachment : a)) };
        list[index] = fresh;
        replaced.push({ key, message: fresh });
      });
      if (replaced.some((r) => r.key === key)) this.snapshots.delete(key);
    }
    return replaced;
  }
}

function changed(a: MessageJson, b: MessageJson): boolean {
  return (
    a.message_content !== b.message_content ||
    (a.edited_at ?? null) !== (b.edited_at ?? null) ||
    (a.deleted_at ?? null) !== (b.deleted_at ?? null) ||
    JSON.stringify(a.reactions ?? []) !== JSON.stringify(b.reactions ?? []) ||
    JSON.stringify(a.reply_to ?? null) !== JSON.stringify(b.reply_to ?? null) ||
    JSON.stringify(a.link_preview ?? null) !== JSON.stringify(b.link_preview ?? null)
  );
}

/** Keeps the list sorted by id; live messages almost always go at the end, so search from there. */
function insertById(list: MessageJson[], message: MessageJson): void {
  let index = list.length;
  while (index > 0 && list[index - 1]!.id > message.id) index -= 1;
  list.splice(index, 0, message);
}
