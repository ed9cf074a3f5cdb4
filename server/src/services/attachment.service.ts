import { randomBytes } from "node:crypto";
import type { Readable } from "node:stream";
import type { AttachmentJson, MessageJson } from "@chat-app/protocol";
import type { AttachmentQueries, AttachmentRow, StoredKeys } from "../db/attachment-queries";
import { badRequest, forbidden, HttpError, notFound } from "../errors";
import { detectType, SNIFF_BYTES } from "../media/detect-type";
import { sanitizeFileName } from "../media/file-name";
import { HeadCollector } from "../media/head-collector";
import { HEIC_READABLE, imageError, type ImageOutput, normalizedImage, thumbnail } from "../media/images";
import type { AttachmentVariant, UrlSigner } from "../security/url-signer";
import type { ByteRange, Storage } from "../storage/storage";
import { audioDurationMs } from "./audio-duration";

export interface AttachmentLimits {
  maxBytes: number;
  quotaBytes: number;
  /** Images with more pixels are refused before they are decoded. */
  maxPixels: number;
}

/** An upload never sent with a message is deleted after this long. */
export const UNSENT_LIFETIME_MS = 24 * 60 * 60 * 1000;

export interface UploadedFile {
  stream: Readable;
  /** The name the client declared (untrusted). */
  name: string | undefined;
}

/** What a signed link serves. */
export interface AttachmentContent {
  key: string;
  size: number;
  contentType: string;
  /** Files are downloads; images and audio may show inline. */
  inline: boolean;
  name: string;
}

const newKey = () => randomBytes(16).toString("hex");
const MB = 1024 * 1024;

/**
 * Uploads, who may see them, and their lifetime. Bytes go to `Storage` by random keys; a row in
 * `attachments` says what they are. An upload belongs to its uploader until sent with a message;
 * then to everyone who may read that message, and it goes when the message is deleted.
 */
export class AttachmentService {
  constructor(
    private readonly queries: AttachmentQueries,
    private readonly storage: Storage,
    private readonly signer: UrlSigner,
    private readonly limits: AttachmentLimits,
    private readonly clock: () => number = Date.now,
  ) {}

  /** How many bytes the next upload of this user may have, and the refusal for one more. */
  async uploadAllowance(userId: number): Promise<{ maxBytes: number; refusal: HttpError }> {
    const left = this.limits.quotaBytes - (await this.queries.usedBytes(userId));
    if (left < this.limits.maxBytes) {
      return { maxBytes: Math.max(0, left), refusal: this.overQuota() };
    }
    return { maxBytes: this.limits.maxBytes, refusal: new HttpError(413, `file: larger than the limit of ${this.limits.maxBytes / MB} MB`) };
  }

  private overQuota(): HttpError {
    return new HttpError(413, `file: over your storage quota of ${this.limits.quotaBytes / MB} MB`);
  }

  /**
   * Streams the upload to storage while keeping its first bytes, tells its type from them, and for
   * an image stores a re-encoded copy without metadata and a thumbnail instead of the original.
   */
  async store(userId: number, file: UploadedFile): Promise<AttachmentJson> {
    const rawKey = newKey();
    const head = new HeadCollector(SNIFF_BYTES);
    file.stream.once("error", (error) => head.destroy(error));
    const rawSize = await this.storage.put(rawKey, file.stream.pipe(head));
    const created: string[] = [rawKey];
    try {
      if (rawSize === 0) throw badRequest("file: is empty");
      const type = await detectType(head.head, HEIC_READABLE);
      const durationMs = type.kind === "audio" ? await this.durationOf(rawKey, type.contentType, rawSize) : null;
      const base = { uploaderId: userId, name: sanitizeFileName(file.name), createdAt: this.clock(), durationMs };
      let row;
      if (type.kind === "image" && type.imageFormat) {
        const image = await this.storeImage(rawKey, type.imageFormat, created);
        await this.storage.delete(rawKey);
        row = { ...base, kind: type.kind, ...image };
      } else {
        row = {
          ...base,
          kind: type.kind,
          contentType: type.contentType,
          size: rawSize,
          storageKey: rawKey,
          thumbnailKey: null,
          thumbnailSize: null,
          width: null,
          height: null,
        };
      }
      // The allowance checked before streaming cannot see uploads running beside this one: the
      // insert checks the quota again, atomically, and refuses what would go over it.
      const id = await this.queries.insertWithinQuota(row, this.limits.quotaBytes);
      if (id === null) throw this.overQuota();
      const stored = await this.queries.findById(id);
      return this.toJson(stored!);
    } catch (error) {
      await Promise.all(created.map((key) => this.storage.delete(key)));
      throw error;
    }
  }

  private async durationOf(key: string, contentType: string, size: number): Promise<number | null> {
    const stream = await this.storage.get(key);
    return stream ? audioDurationMs(stream, contentType, size) : null;
  }

  private async storeImage(rawKey: string, format: Parameters<typeof normalizedImage>[1], created: string[]) {
    const encode = async (output: ImageOutput) => {
      const key = newKey();
      created.push(key);
      try {
        const size = await this.storage.put(key, output.stream);
        return { key, size, contentType: output.contentType, ...(await output.info) };
      } catch (error) {
        throw imageError(error);
      }
    };
    const source = () => this.storage.get(rawKey).then((stream) => stream!);
    const main = await encode(normalizedImage(await source(), format, this.limits.maxPixels));
    const thumb = await encode(thumbnail(await source(), this.limits.maxPixels));
    return {
      contentType: main.contentType,
      size: main.size,
      storageKey: main.key,
      thumbnailKey: thumb.key,
      thumbnailSize: thumb.size,
      width: main.width,
      height: main.height,
    };
  }

  /** Forgets an upload whose request turned out invalid after it was stored. */
  async discard(attachment: AttachmentJson): Promise<void> {
    const row = await this.queries.findById(attachment.id);
    if (!row) return;
    await this.queries.deleteById(row.id);
    await this.forget([row]);
  }

  /** The attachment with fresh links, for its uploader and whoever may read its message; 404 for anyone else. */
  async view(userId: number, id: number): Promise<AttachmentJson> {
    const row = await this.queries.findVisible(id, userId);
    if (!row) throw notFound("Attachment not found");
    return this.toJson(row);
  }

  /** What a signed link opens: 403 when the link is not (or no longer) valid, 404 when the file is gone. */
  async content(id: number, variant: AttachmentVariant, exp: number, sig: string): Promise<AttachmentContent> {
    if (!this.signer.verify(id, variant, exp, sig)) throw forbidden("This link is invalid or has expired");
    const row = await this.queries.findById(id);
    const key = variant === "thumbnail" ? row?.thumbnail_key : row?.storage_key;
    if (!row || !key) throw notFound("Attachment not found");
    const thumb = variant === "thumbnail";
    return {
      key,
      size: Number(thumb ? row.thumbnail_size : row.size),
      contentType: thumb ? "image/webp" : row.content_type,
      inline: row.kind !== "file",
      name: row.name,
    };
  }

  open(key: string, range?: ByteRange): Promise<Readable | null> {
    return this.storage.get(key, range);
  }

  /** 403 unless every id is the sender's own upload; 400 when one was already sent. */
  async checkSendable(senderId: number, ids: readonly number[]): Promise<void> {
    const rows = await this.queries.byIds(ids);
    if (rows.length !== ids.length || rows.some((row) => Number(row.uploader_id) !== senderId)) {
      throw forbidden("attachment_ids: you can only send your own uploads");
    }
    if (rows.some((row) => row.message_id !== null)) throw badRequest("attachment_ids: an attachment was already sent");
  }

  /**
   * The claim of the sender's unsent uploads, to run in the message insert's transaction: the
   * message and its files are stored together or not at all.
   */
  claims(senderId: number, ids: readonly number[]) {
    return this.queries.claims(ids, senderId);
  }

  /** The refusal for a send whose claim changed nothing (a concurrent send took an upload first). */
  async claimRefusal(senderId: number, ids: readonly number[]): Promise<HttpError> {
    try {
      await this.checkSendable(senderId, ids);
    } catch (error) {
      if (error instanceof HttpError) return error;
      throw error;
    }
    return badRequest("attachment_ids: an attachment was already sent");
  }

  /** The messages with their attachments filled in (deleted messages keep none). */
  async withAttachments<M extends MessageJson>(messages: M[]): Promise<M[]> {
    const ids = messages.filter((message) => message.deleted_at === null && message.kind === "text").map((message) => message.id);
    const rows = await this.queries.forMessages(ids);
    if (rows.length === 0) return messages;
    const byMessage = new Map<number, AttachmentJson[]>();
    for (const row of rows) {
      const messageId = Number(row.message_id);
      byMessage.set(messageId, [...(byMessage.get(messageId) ?? []), this.toJson(row)]);
    }
    return messages.map((message) => (byMessage.has(message.id) ? { ...message, attachments: byMessage.get(message.id)! } : message));
  }

  /** Deletes a message's files; their bytes no longer count against the uploader's quota. */
  async deleteOfMessage(messageId: number): Promise<void> {
    const rows = await this.queries.deleteOfMessage(messageId);
    if (rows.length === 0) return;
    // A forward shares the stored bytes: they go only with the last row that names them.
    const named = await this.queries.stillNamed(
      rows.flatMap((row) => (row.thumbnail_key ? [row.storage_key, row.thumbnail_key] : [row.storage_key])),
    );
    await this.forget(
      rows
        .filter((row) => !named.has(row.storage_key))
        .map((row) => ({ ...row, thumbnail_key: row.thumbnail_key && !named.has(row.thumbnail_key) ? row.thumbnail_key : null })),
    );
  }

  /** Copies of a message's attachments for a forward of it, to run in the forward's insert. */
  copies(originalId: number) {
    return this.queries.copies(originalId);
  }

  /** Deletes uploads never sent within UNSENT_LIFETIME_MS; how many went. */
  async sweep(now = this.clock()): Promise<number> {
    const gone = await this.queries.deleteUnsentBefore(now - UNSENT_LIFETIME_MS);
    await this.forget(gone);
    return gone.length;
  }

  private async forget(rows: StoredKeys[]): Promise<void> {
    const keys = rows.flatMap((row) => (row.thumbnail_key ? [row.storage_key, row.thumbnail_key] : [row.storage_key]));
    await Promise.all(keys.map((key) => this.storage.delete(key)));
  }

  private toJson(row: AttachmentRow): AttachmentJson {
    const id = Number(row.id);
    return {
      id,
      kind: row.kind,
      name: row.name,
      size: Number(row.size),
      content_type: row.content_type,
      url: this.signer.url(id, "content"),
      ...(row.thumbnail_key ? { thumbnail_url: this.signer.url(id, "thumbnail") } : {}),
      ...(row.width !== null ? { width: Number(row.width) } : {}),
      ...(row.height !== null ? { height: Number(row.height) } : {}),
      ...(row.duration_ms !== null ? { duration_ms: Number(row.duration_ms) } : {}),
      created_at: new Date(Number(row.created_at)).toISOString(),
    };
  }
}
