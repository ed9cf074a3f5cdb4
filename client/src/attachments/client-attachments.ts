import type { AttachmentJson } from "@chat-app/protocol";
import type { ChatApi } from "../api";
import type { ConversationKey } from "../keys";
import type { MessageStore } from "../message-store";
import type { Outbox, OutboxEntry } from "../outbox";
import { sameItems } from "../same-items";
import type { KeyValueStorage, MessageJson } from "../types";
import { linkExpiries } from "./attachment-expiry";
import { AttachmentDrafts } from "./attachment-drafts";
import type { OutboxAttachment, PendingAttachment } from "./attachment-types";
import { AttachmentUploads } from "./attachment-uploads";
import type { PendingFileStore } from "./pending-file-store";
import { uploadAttachment } from "./upload";
import type { UploadTransport } from "./upload-transport";

export interface ClientAttachmentsOptions {
  baseUrl: string;
  token: string;
  storage: KeyValueStorage;
  storageKey: string;
  files: PendingFileStore;
  transport: UploadTransport;
  concurrency?: number;
  api: ChatApi;
  outbox: Outbox;
  store: MessageStore;
  /** A pending file's state changed (a draft's or an outbox entry's). */
  changed: () => void;
  /** A stored message got fresh attachment links. */
  updated: (message: MessageJson, key: ConversationKey) => void;
}

/**
 * The ChatClient's part for files: composer drafts (uploaded as soon as they are attached), the
 * uploads of outbox entries, the views of both, and fresh signed links for stored messages.
 */
export class ClientAttachments {
  readonly uploads: AttachmentUploads;
  private readonly drafts: AttachmentDrafts;
  private readonly listViews = new Map<string, readonly PendingAttachment[]>();
  private readonly refreshing = new Map<number, Promise<AttachmentJson>>();

  constructor(private readonly options: ClientAttachmentsOptions) {
    this.drafts = new AttachmentDrafts(options.storage, options.storageKey);
    const { baseUrl, token, transport } = options;
    this.uploads = new AttachmentUploads({
      files: options.files,
      concurrency: options.concurrency,
      upload: (file, onProgress, signal) => uploadAttachment({ baseUrl, token, transport, file: file.blob, name: file.name, onProgress, signal }),
      uploaded: (localId, attachmentId) => {
        this.options.outbox.uploaded(localId, attachmentId);
        this.drafts.uploaded(localId, attachmentId);
      },
      changed: options.changed,
    });
    void this.uploads.sweep(this.referenced()).catch(() => undefined);
  }

  /** Keeps new files for a message about to be queued. */
  keep(files: readonly Blob[]): OutboxAttachment[] {
    return files.map((file) => this.uploads.keep(file));
  }

  /** Attaches files to a conversation's composer draft and starts uploading them. */
  attach(key: ConversationKey, files: readonly Blob[]): readonly PendingAttachment[] {
    const kept = this.keep(files);
    this.drafts.add(key, kept);
    this.options.changed();
    for (const file of kept) this.uploads.ensure(file).catch(() => undefined); // failures show on the chip
    return this.draft(key);
  }

  draft(key: ConversationKey): readonly PendingAttachment[] {
    return this.viewsOf(`d:${key}`, this.drafts.list(key));
  }

  /** Empties the draft, handing its files to a message (uploads under way carry on). */
  takeDraft(key: ConversationKey): OutboxAttachment[] {
    const files = [...this.drafts.take(key)];
    this.listViews.delete(`d:${key}`);
    return files;
  }

  removeFromDraft(key: ConversationKey, localId: string): void {
    if (!this.drafts.remove(key, localId)) return;
    this.uploads.forget(localId);
    this.options.changed();
  }

  retryInDraft(key: ConversationKey, localId: string): void {
    const file = this.drafts.list(key).find((f) => f.local_id === localId);
    if (!file) return;
    this.uploads.reset(localId);
    this.uploads.ensure(file).catch(() => undefined);
  }

  /** An outbox entry's files as views (the same array until one changed). */
  ofEntry(entry: OutboxEntry): readonly PendingAttachment[] {
    return this.viewsOf(`e:${entry.client_id}`, entry.attachments ?? []);
  }

  /** Retry by hand: failed uploads start over. */
  resetEntry(entry: OutboxEntry): void {
    for (const file of entry.attachments ?? []) this.uploads.reset(file.local_id);
  }

  /** The entry was acknowledged or discarded: its files are no longer needed here. */
  forgetEntry(entry: OutboxEntry): void {
    for (const file of entry.attachments ?? []) this.uploads.forget(file.local_id);
    this.listViews.delete(`e:${entry.client_id}`);
  }

  /**
   * Fresh signed links for an attachment, put into every stored message holding it (each announced
   * as updated); concurrent asks for one id share one request.
   */
  refresh(attachmentId: number): Promise<AttachmentJson> {
    const current = this.refreshing.get(attachmentId);
    if (current) return current;
    const request = this.options.api
      .attachment(attachmentId)
      .then(({ attachment }) => {
        for (const { key, message } of this.options.store.replaceAttachment(attachment)) this.options.updated(message, key);
        return attachment;
      })
      .finally(() => this.refreshing.delete(attachmentId));
    this.refreshing.set(attachmentId, request);
    return request;
  }

  /** Refreshes the attachments of these messages whose links expire before `deadline` (epoch ms). */
  async refreshExpiring(messages: readonly MessageJson[], deadline: number): Promise<void> {
    const due = [...linkExpiries(messages)].filter(([, expires]) => expires <= deadline);
    await Promise.all(due.map(([id]) => this.refresh(id)));
  }

  close(): void {
    this.uploads.stop();
  }

  private viewsOf(cacheKey: string, files: readonly OutboxAttachment[]): readonly PendingAttachment[] {
    const views = files.map((file) => this.uploads.view(file));
    const cached = this.listViews.get(cacheKey);
    if (cached && sameItems(cached, views)) return cached;
    const frozen = Object.freeze(views);
    this.listViews.set(cacheKey, frozen);
    return frozen;
  }

  /** Every file some entry or draft still needs. */
  private referenced(): Set<string> {
    const ids = new Set<string>();
    for (const entry of this.options.outbox.all()) for (const file of entry.attachments ?? []) ids.add(file.local_id);
    for (const files of this.drafts.all().values()) for (const file of files) ids.add(file.local_id);
    return ids;
  }
}
