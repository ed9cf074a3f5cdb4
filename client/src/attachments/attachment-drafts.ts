import { type ConversationKey, parseKey } from "../keys";
import type { KeyValueStorage } from "../types";
import { isOutboxAttachment, type OutboxAttachment } from "./attachment-types";

const NONE: readonly OutboxAttachment[] = Object.freeze([]);

/**
 * The files attached in each conversation's composer and not sent yet, persisted (their bytes are
 * in the PendingFileStore) so a reload keeps the draft. Each list is replaced, never changed in
 * place, so a view can tell by identity that it changed.
 */
export class AttachmentDrafts {
  private drafts: Map<ConversationKey, readonly OutboxAttachment[]>;

  constructor(
    private readonly storage: KeyValueStorage,
    private readonly key: string,
  ) {
    this.drafts = AttachmentDrafts.read(storage, key);
  }

  private static read(storage: KeyValueStorage, key: string): Map<ConversationKey, readonly OutboxAttachment[]> {
    const drafts = new Map<ConversationKey, readonly OutboxAttachment[]>();
    try {
      const parsed: unknown = JSON.parse(storage.getItem(key) ?? "{}");
      if (!parsed || typeof parsed !== "object") return drafts;
      for (const [name, list] of Object.entries(parsed as Record<string, unknown>)) {
        const conversation = parseKey(name);
        const files = Array.isArray(list) ? list.filter(isOutboxAttachment) : [];
        if (conversation && files.length > 0) drafts.set(conversation, files);
      }
    } catch {
      // Unreadable: start with no drafts.
    }
    return drafts;
  }

  list(key: ConversationKey): readonly OutboxAttachment[] {
    return this.drafts.get(key) ?? NONE;
  }

  all(): ReadonlyMap<ConversationKey, readonly OutboxAttachment[]> {
    return this.drafts;
  }

  add(key: ConversationKey, files: readonly OutboxAttachment[]): void {
    this.set(key, [...this.list(key), ...files]);
  }

  remove(key: ConversationKey, localId: string): OutboxAttachment | undefined {
    const found = this.list(key).find((file) => file.local_id === localId);
    if (found)
      this.set(
        key,
        this.list(key).filter((file) => file !== found),
      );
    return found;
  }

  /** Empties a conversation's draft, handing back what it held. */
  take(key: ConversationKey): readonly OutboxAttachment[] {
    const files = this.list(key);
    this.set(key, []);
    return files;
  }

  /** Records a finished upload; false when no draft holds that file. */
  uploaded(localId: string, attachmentId: number): boolean {
    for (const [key, files] of this.drafts) {
      if (files.some((file) => file.local_id === localId)) {
        this.set(
          key,
          files.map((file) => (file.local_id === localId ? { ...file, attachment_id: attachmentId } : file)),
        );
        return true;
      }
    }
    return false;
  }

  private set(key: ConversationKey, files: readonly OutboxAttachment[]): void {
    if (files.length === 0) this.drafts.delete(key);
    else this.drafts.set(key, files);
    this.storage.setItem(this.key, JSON.stringify(Object.fromEntries(this.drafts)));
  }
}
