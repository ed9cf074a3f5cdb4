import { randomBytes } from "node:crypto";
import { Readable } from "node:stream";
import type { LinkPreviewJson, MessageJson } from "@chat-app/protocol";
import type { StoredMessageQueries } from "../db/stored-message-queries";
import { HttpError, notFound } from "../errors";
import type { GroupService } from "../services/group.service";
import { readableMessage } from "../services/message-access";
import type { Storage } from "../storage/storage";
import type { AllowList } from "./allow-list";
import type { PreviewImageLinks } from "./preview-image-links";
import { BoundedQueue } from "./bounded-queue";
import { type FetchedPreview, fetchPreview } from "./fetch-preview";
import { pickUrl } from "./pick-url";
import type { MessagePreviewRow, PreviewQueries } from "../db/preview-queries";

export interface LinkPreviewSettings {
  enabled: boolean;
  allowHosts: AllowList;
  /** How long a fetched preview is reused for its URL. */
  ttlMs: number;
  /** How long a failure is remembered: a URL that fails is not fetched again before then. */
  failureTtlMs: number;
  concurrency: number;
}

export const DEFAULT_PREVIEW_TIMES = { ttlMs: 24 * 3600 * 1000, failureTtlMs: 10 * 60 * 1000, concurrency: 4 } as const;

/** Most previews waiting to be fetched; more links than that in a burst go without. */
const MAX_WAITING = 1000;

const toJson = (messageId: number, row: MessagePreviewRow, links: PreviewImageLinks): LinkPreviewJson => ({
  url: row.url,
  title: row.title,
  description: row.description,
  image_url: row.image_key ? links.url(messageId) : null,
  site_name: row.site_name,
});

/** Announces a message as it is now to everyone in its conversation; null when it is gone or deleted. */
export type AnnounceUpdate = (messageId: number) => Promise<MessageJson | null>;

/**
 * Link previews: the first http(s) URL of a message is fetched after the send (never on its path),
 * through the SSRF guard, at most `concurrency` at a time; one fetch per URL serves every message
 * carrying it until the cache entry expires. A preview ready is announced as `message:updated`.
 */
export class LinkPreviewService {
  private readonly queue: BoundedQueue;
  private readonly inFlight = new Map<string, Promise<number | null>>();
  private announce: AnnounceUpdate = () => Promise.resolve(null);

  constructor(
    private readonly queries: PreviewQueries,
    private readonly storage: Storage,
    private readonly stored: StoredMessageQueries,
    private readonly groups: GroupService,
    private readonly imageLinks: PreviewImageLinks,
    private readonly settings: LinkPreviewSettings,
    private readonly log: (error: unknown) => void,
    private readonly fetcher: (url: string, allow: AllowList) => Promise<FetchedPreview> = fetchPreview,
    private readonly clock: () => number = Date.now,
  ) {
    this.queue = new BoundedQueue(settings.concurrency, MAX_WAITING, log);
  }

  /** Set once the message service exists (it announces; it also calls this service). */
  announceWith(announce: AnnounceUpdate): void {
    this.announce = announce;
  }

  /** After a send is committed; returns at once. */
  messageSent(message: MessageJson): void {
    if (!this.settings.enabled || message.kind !== "text") return;
    const url = pickUrl(message.message_content);
    if (!url) return;
    this.queue.push(async () => {
      await this.queries.attach(message.id, url);
      await this.resolve(message.id, url);
    });
  }

  /**
   * Before an edit is announced: a new first URL drops the old preview (so the edit goes out without
   * it) and queues the new one. A removed preview stays removed.
   */
  async messageEdited(message: MessageJson): Promise<void> {
    if (!this.settings.enabled) return;
    const url = pickUrl(message.message_content);
    const state = await this.queries.stateOf(message.id);
    if (state?.removed || (state?.url ?? null) === url) return;
    await this.queries.attach(message.id, url);
    if (url) this.queue.push(() => this.resolve(message.id, url));
  }

  async messageDeleted(messageId: number): Promise<void> {
    await this.queries.dropOfMessage(messageId);
  }

  /** The sender's "no preview": 404 outside the caller's conversations, 403 for others' messages. */
  async remove(userId: number, messageId: number): Promise<MessageJson> {
    const message = await readableMessage(this.stored, this.groups, userId, messageId);
    if (message.senderId !== userId) throw new HttpError(403, "You can only remove the preview of your own messages");
    await this.queries.markRemoved(messageId);
    const json = await this.announce(messageId);
    if (!json) throw notFound("Message not found");
    return json;
  }

  /** The stored image of a message's preview, for people who can read the message. */
  async image(userId: number, messageId: number): Promise<Readable> {
    await readableMessage(this.stored, this.groups, userId, messageId);
    return this.storedImage(messageId);
  }

  /** The image behind a signed link (no token): 403 when the link is not (or no longer) valid. */
  async signedImage(messageId: number, exp: number, sig: string): Promise<Readable> {
    if (!this.imageLinks.verify(messageId, exp, sig)) throw new HttpError(403, "This link is invalid or has expired");
    return this.storedImage(messageId);
  }

  private async storedImage(messageId: number): Promise<Readable> {
    const [row] = await this.queries.forMessages([messageId]);
    const stream = row?.image_key ? await this.storage.get(row.image_key) : null;
    if (!stream) throw notFound("This message has no preview image");
    return stream;
  }

  /** A page's previews in one query (none when the feature is off). */
  async previewsOf(messageIds: readonly number[]): Promise<Map<number, LinkPreviewJson>> {
    if (!this.settings.enabled || messageIds.length === 0) return new Map();
    const rows = await this.queries.forMessages(messageIds);
    return new Map(rows.map((row) => [Number(row.message_id), toJson(Number(row.message_id), row, this.imageLinks)]));
  }

  /** Resolves once every queued preview is done (tests, shutdown). */
  idle(): Promise<void> {
    return this.queue.idle();
  }

  private async resolve(messageId: number, url: string): Promise<void> {
    const previewId = await this.cachedOrFetched(url);
    if (previewId !== null && (await this.queries.linkPreview(messageId, url, previewId))) await this.announce(messageId);
  }

  /** The id of a usable preview of the URL, fetching it unless cached; null when it failed (now or recently). */
  private async cachedOrFetched(url: string): Promise<number | null> {
    const cached = await this.queries.freshFor(url, this.clock());
    if (cached) return cached.status === "ok" ? cached.id : null;
    let pending = this.inFlight.get(url);
    if (!pending) {
      pending = this.fetchAndStore(url).finally(() => this.inFlight.delete(url));
      this.inFlight.set(url, pending);
    }
    return pending;
  }

  private async fetchAndStore(url: string): Promise<number | null> {
    const fetchedAt = this.clock();
    const fetched = await this.fetcher(url, this.settings.allowHosts).catch(() => null);
    if (!fetched) {
      const failure = { url, status: "failed" as const, title: null, description: null, site_name: null, imageKey: null };
      await this.keep(await this.queries.store({ ...failure, fetchedAt, expiresAt: fetchedAt + this.settings.failureTtlMs }));
      return null;
    }
    let imageKey: string | null = null;
    if (fetched.image) {
      imageKey = `link-preview-${randomBytes(16).toString("hex")}.webp`;
      await this.storage.put(imageKey, Readable.from([fetched.image]));
    }
    const { title, description, site_name } = fetched;
    const stored = await this.queries.store({
      url,
      status: "ok",
      title,
      description,
      site_name,
      imageKey,
      fetchedAt,
      expiresAt: fetchedAt + this.settings.ttlMs,
    });
    return this.keep(stored);
  }

  /** A refresh's old image is no longer named by any row: deleted once the new row is committed. */
  private async keep(stored: { id: number; replacedImageKey: string | null }): Promise<number> {
    if (stored.replacedImageKey) await this.storage.delete(stored.replacedImageKey).catch((error: unknown) => this.log(error));
    return stored.id;
  }
}
