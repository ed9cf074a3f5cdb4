import type { DataSource } from "typeorm";
import { CompiledQuery } from "./compiled-query";
import { idList } from "./id-list";
import { returned } from "./returned";

/** One cached fetch of a URL: a preview, or a failure remembered until `expires_at`. */
export interface CachedPreview {
  id: number;
  status: "ok" | "failed";
  image_key: string | null;
}

// A type alias, not an interface: CompiledQuery needs an index-compatible parameter type.
export type StoredPreview = {
  url: string;
  status: "ok" | "failed";
  title: string | null;
  description: string | null;
  site_name: string | null;
  imageKey: string | null;
  fetchedAt: number;
  expiresAt: number;
};

/** A message's preview as a page shows it: only rows whose preview was fetched and not removed. */
export interface MessagePreviewRow {
  message_id: number | string;
  url: string;
  title: string | null;
  description: string | null;
  site_name: string | null;
  image_key: string | null;
}

/** Every statement about `link_previews` and `message_link_previews`. */
export class PreviewQueries {
  private readonly fresh: CompiledQuery<{ url: string; now: number }>;
  private readonly upsert: CompiledQuery<StoredPreview>;
  private readonly currentImage: CompiledQuery<{ url: string }>;
  private readonly attachUrl: CompiledQuery<{ messageId: number; url: string | null }>;
  private readonly link: CompiledQuery<{ messageId: number; url: string; previewId: number }>;
  private readonly remove: CompiledQuery<{ messageId: number }>;
  private readonly drop: CompiledQuery<{ messageId: number }>;
  private readonly ofMessage: CompiledQuery<{ messageId: number }>;

  constructor(private readonly dataSource: DataSource) {
    this.fresh = new CompiledQuery(dataSource, `SELECT "id", "status", "image_key" FROM "link_previews" WHERE "url" = :url AND "expires_at" > :now`, [
      "url",
      "now",
    ]);
    this.upsert = new CompiledQuery(
      dataSource,
      `INSERT INTO "link_previews" ("url", "status", "title", "description", "site_name", "image_key", "fetched_at", "expires_at")
       VALUES (:url, :status, :title, :description, :site_name, :imageKey, :fetchedAt, :expiresAt)
       ON CONFLICT ("url") DO UPDATE SET "status" = excluded."status", "title" = excluded."title",
         "description" = excluded."description", "site_name" = excluded."site_name", "image_key" = excluded."image_key",
         "fetched_at" = excluded."fetched_at", "expires_at" = excluded."expires_at"
       RETURNING "id"`,
      ["url", "status", "title", "description", "site_name", "imageKey", "fetchedAt", "expiresAt"],
    );
    // PostgreSQL: the row stays locked until the upsert commits, so two refreshes cannot both see the same old image.
    const lock = dataSource.options.type === "postgres" ? " FOR UPDATE" : "";
    this.currentImage = new CompiledQuery(dataSource, `SELECT "image_key" FROM "link_previews" WHERE "url" = :url${lock}`, ["url"]);
    // A removed preview stays removed whatever the message's text becomes.
    this.attachUrl = new CompiledQuery(
      dataSource,
      `INSERT INTO "message_link_previews" ("message_id", "url", "preview_id", "removed") VALUES (:messageId, :url, NULL, 0)
       ON CONFLICT ("message_id") DO UPDATE SET "url" = excluded."url", "preview_id" = NULL
       WHERE "message_link_previews"."removed" = 0`,
      ["messageId", "url"],
    );
    this.link = new CompiledQuery(
      dataSource,
      `UPDATE "message_link_previews" SET "preview_id" = :previewId
        WHERE "message_id" = :messageId AND "url" = :url AND "removed" = 0 RETURNING "message_id"`,
      ["messageId", "url", "previewId"],
    );
    this.remove = new CompiledQuery(
      dataSource,
      `INSERT INTO "message_link_previews" ("message_id", "url", "preview_id", "removed") VALUES (:messageId, NULL, NULL, 1)
       ON CONFLICT ("message_id") DO UPDATE SET "url" = NULL, "preview_id" = NULL, "removed" = 1`,
      ["messageId"],
    );
    this.drop = new CompiledQuery(dataSource, `DELETE FROM "message_link_previews" WHERE "message_id" = :messageId`, ["messageId"]);
    this.ofMessage = new CompiledQuery(dataSource, `SELECT "url", "removed" FROM "message_link_previews" WHERE "message_id" = :messageId`, [
      "messageId",
    ]);
  }

  async freshFor(url: string, now: number): Promise<CachedPreview | null> {
    const [row] = await this.fresh.run<CachedPreview>({ url, now });
    return row ? { ...row, id: Number(row.id) } : null;
  }

  /** Stores (or refreshes) the URL's preview; `replacedImageKey`: the image the refresh replaced, for the caller to delete once committed. */
  store(preview: StoredPreview): Promise<{ id: number; replacedImageKey: string | null }> {
    return this.dataSource.transaction(async (manager) => {
      const [current] = await this.currentImage.run<{ image_key: string | null }>({ url: preview.url }, manager.queryRunner);
      const [row] = await this.upsert.run<{ id: number | string }>(preview, manager.queryRunner);
      const replaced = current?.image_key ?? null;
      return { id: Number(row!.id), replacedImageKey: replaced !== preview.imageKey ? replaced : null };
    });
  }

  /** The first URL of the message's text now (null: none); refetching is the caller's. */
  async attach(messageId: number, url: string | null): Promise<void> {
    await this.attachUrl.run({ messageId, url });
  }

  /** False when the message no longer carries that URL, or its preview was removed. */
  async linkPreview(messageId: number, url: string, previewId: number): Promise<boolean> {
    return returned(await this.link.run<unknown>({ messageId, url, previewId })).length > 0;
  }

  async markRemoved(messageId: number): Promise<void> {
    await this.remove.run({ messageId });
  }

  async dropOfMessage(messageId: number): Promise<void> {
    await this.drop.run({ messageId });
  }

  async stateOf(messageId: number): Promise<{ url: string | null; removed: boolean } | null> {
    const [row] = await this.ofMessage.run<{ url: string | null; removed: number | string }>({ messageId });
    return row ? { url: row.url, removed: Number(row.removed) === 1 } : null;
  }

  /** The previews of a page in one statement. */
  forMessages(messageIds: readonly number[]): Promise<MessagePreviewRow[]> {
    if (messageIds.length === 0) return Promise.resolve([]);
    return this.dataSource.query(
      `SELECT m."message_id", m."url", p."title", p."description", p."site_name", p."image_key"
         FROM "message_link_previews" m JOIN "link_previews" p ON p."id" = m."preview_id"
        WHERE m."message_id" IN (${idList(messageIds)}) AND m."removed" = 0 AND p."status" = 'ok'`,
    );
  }
}
