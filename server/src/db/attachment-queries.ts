import type { AttachmentKind } from "@chat-app/protocol";
import type { DataSource } from "typeorm";
import { quotaLock, underAdvisoryLock } from "./advisory-lock";
import { idList } from "./id-list";
import { CompiledQuery } from "./compiled-query";
import type { DependentStatements } from "./dependent-statements";
import { returned } from "./returned";
import { VISIBLE_TO_USER } from "./visibility";

/** An attachments row (bigints may arrive as strings from PostgreSQL). */
export interface AttachmentRow {
  id: number;
  uploader_id: number;
  message_id: number | null;
  kind: AttachmentKind;
  name: string;
  content_type: string;
  size: number | string;
  storage_key: string;
  thumbnail_key: string | null;
  thumbnail_size: number | string | null;
  width: number | null;
  height: number | null;
  duration_ms: number | null;
  created_at: number | string;
}

export type NewAttachment = {
  uploaderId: number;
  kind: AttachmentKind;
  name: string;
  contentType: string;
  size: number;
  storageKey: string;
  thumbnailKey: string | null;
  thumbnailSize: number | null;
  width: number | null;
  height: number | null;
  durationMs: number | null;
  createdAt: number;
};

/** What storage holds for a deleted row. */
export interface StoredKeys {
  storage_key: string;
  thumbnail_key: string | null;
}

const COLUMNS = `a."id", a."uploader_id", a."message_id", a."kind", a."name", a."content_type", a."size", a."storage_key", a."thumbnail_key", a."thumbnail_size", a."width", a."height", a."duration_ms", a."created_at"`;

type Claim = { id: number; uploaderId: number; messageId: number; position: number };

/** Every statement about `attachments`. */
/**
 * An uploader's stored bytes. A forward's copies name the same stored file as the original, so
 * each file counts once: forwards by others never use up the uploader's quota.
 */
const USED_BYTES = `SELECT COALESCE(SUM(s."bytes"), 0) FROM (
    SELECT DISTINCT u."storage_key", u."size" + COALESCE(u."thumbnail_size", 0) AS "bytes" FROM "attachments" u WHERE u."uploader_id" = :uploaderId
  ) s`;

export class AttachmentQueries {
  private readonly insertOne: CompiledQuery<NewAttachment & { neededBytes: number; quotaBytes: number }>;
  private readonly one: CompiledQuery<{ id: number }>;
  private readonly used: CompiledQuery<{ uploaderId: number }>;
  private readonly visible: CompiledQuery<{ id: number; userId: number }>;
  private readonly claimOne: CompiledQuery<Claim>;
  private readonly deleteOfMessageQuery: CompiledQuery<{ messageId: number }>;
  private readonly deleteOne: CompiledQuery<{ id: number }>;
  private readonly copyAll: CompiledQuery<{ messageId: number; originalId: number }>;
  private readonly deleteUnsent: CompiledQuery<{ before: number }>;

  constructor(private readonly dataSource: DataSource) {
    // Inserted only while the uploader's total stays within the quota. On SQLite the one statement
    // is atomic (one writer); on PostgreSQL it runs after taking the uploader's quotaLock, in a
    // statement of its own, so its snapshot sees every concurrent upload that committed first.
    this.insertOne = new CompiledQuery(
      dataSource,
      `INSERT INTO "attachments" ("uploader_id", "kind", "name", "content_type", "size", "storage_key", "thumbnail_key", "thumbnail_size", "width", "height", "duration_ms", "created_at")
       SELECT :uploaderId, :kind, :name, :contentType, :size, :storageKey, :thumbnailKey, :thumbnailSize, :width, :height, :durationMs, :createdAt
        WHERE (${USED_BYTES}) + CAST(:neededBytes AS BIGINT) <= CAST(:quotaBytes AS BIGINT)
       RETURNING "id"`,
      [
        "uploaderId",
        "kind",
        "name",
        "contentType",
        "size",
        "storageKey",
        "thumbnailKey",
        "thumbnailSize",
        "width",
        "height",
        "durationMs",
        "createdAt",
        "neededBytes",
        "quotaBytes",
      ],
    );
    this.one = new CompiledQuery(dataSource, `SELECT ${COLUMNS} FROM "attachments" a WHERE a."id" = :id`, ["id"]);
    this.used = new CompiledQuery(dataSource, `SELECT (${USED_BYTES}) AS "used"`, ["uploaderId"]);
    // The uploader, or anyone who may read the message it was sent with.
    this.visible = new CompiledQuery(
      dataSource,
      `SELECT ${COLUMNS} FROM "attachments" a LEFT JOIN "messages" m ON m."id" = a."message_id"
        WHERE a."id" = :id AND (a."uploader_id" = :userId OR (m."id" IS NOT NULL AND ${VISIBLE_TO_USER}))`,
      ["id", "userId"],
    );
    this.claimOne = new CompiledQuery(
      dataSource,
      `UPDATE "attachments" SET "message_id" = :messageId, "position" = :position
        WHERE "id" = :id AND "uploader_id" = :uploaderId AND "message_id" IS NULL RETURNING "id"`,
      ["id", "uploaderId", "messageId", "position"],
    );
    this.deleteOfMessageQuery = new CompiledQuery(
      dataSource,
      `DELETE FROM "attachments" WHERE "message_id" = :messageId RETURNING "storage_key", "thumbnail_key"`,
      ["messageId"],
    );
    this.deleteOne = new CompiledQuery(dataSource, `DELETE FROM "attachments" WHERE "id" = :id`, ["id"]);
    // A forward's files: new rows naming the same stored bytes (storage forgets them with the last row).
    this.copyAll = new CompiledQuery(
      dataSource,
      `INSERT INTO "attachments" ("uploader_id", "message_id", "position", "kind", "name", "content_type", "size", "storage_key", "thumbnail_key", "thumbnail_size", "width", "height", "duration_ms", "created_at")
       SELECT a."uploader_id", :messageId, a."position", a."kind", a."name", a."content_type", a."size", a."storage_key", a."thumbnail_key", a."thumbnail_size", a."width", a."height", a."duration_ms", a."created_at"
         FROM "attachments" a WHERE a."message_id" = :originalId
       RETURNING "id"`,
      ["messageId", "originalId"],
    );
    this.deleteUnsent = new CompiledQuery(
      dataSource,
      `DELETE FROM "attachments" WHERE "message_id" IS NULL AND "created_at" < :before RETURNING "storage_key", "thumbnail_key"`,
      ["before"],
    );
  }

  /** Stores the row if the uploader's stored bytes, with it, stay within `quotaBytes`: its id, or null (over quota). */
  async insertWithinQuota(row: NewAttachment, quotaBytes: number): Promise<number | null> {
    const neededBytes = row.size + (row.thumbnailSize ?? 0);
    const [inserted] = await underAdvisoryLock(this.dataSource, quotaLock(row.uploaderId), (runner) =>
      this.insertOne.run<{ id: number }>({ ...row, neededBytes, quotaBytes }, runner),
    );
    return inserted ? Number(inserted.id) : null;
  }

  /** Bytes the user keeps stored, thumbnails included. */
  async usedBytes(uploaderId: number): Promise<number> {
    const [row] = await this.used.run<{ used: number | string }>({ uploaderId });
    return Number(row?.used ?? 0);
  }

  /** The attachment, if this user may see it. */
  async findVisible(id: number, userId: number): Promise<AttachmentRow | null> {
    const [row] = await this.visible.run<AttachmentRow>({ id, userId });
    return row ?? null;
  }

  /** One attachment by id, whoever may see it (a signed link already says who may). */
  async findById(id: number): Promise<AttachmentRow | null> {
    const [row] = await this.one.run<AttachmentRow>({ id });
    return row ?? null;
  }

  /** These ids as stored, whoever uploaded them. */
  byIds(ids: readonly number[]): Promise<AttachmentRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.query(`SELECT ${COLUMNS} FROM "attachments" a WHERE a."id" IN (${idList(ids)})`);
  }

  /**
   * The claim of these unsent uploads of this user by the message being inserted, in the order given,
   * as statements for the insert's own transaction: an id that is not the uploader's or already sent
   * (perhaps by a concurrent send) claims nothing, and the message is then not stored.
   */
  claims(ids: readonly number[], uploaderId: number): DependentStatements<Claim> {
    return { query: this.claimOne, parameters: (messageId) => ids.map((id, position) => ({ id, uploaderId, messageId, position })) };
  }

  /** Copies of another message's attachments for the message being inserted (it must have some, else the insert is undone). */
  copies(originalId: number): DependentStatements<{ messageId: number; originalId: number }> {
    return { query: this.copyAll, parameters: (messageId) => [{ messageId, originalId }] };
  }

  /** Which of these storage keys some attachment row (a forward's copy) still names. */
  async stillNamed(keys: readonly string[]): Promise<Set<string>> {
    if (keys.length === 0) return new Set();
    const [sql, parameters] = this.dataSource.driver.escapeQueryWithParameters(
      `SELECT "storage_key" AS "key" FROM "attachments" WHERE "storage_key" IN (:...keys)
       UNION SELECT "thumbnail_key" AS "key" FROM "attachments" WHERE "thumbnail_key" IN (:...keys)`,
      { keys: [...keys] },
    );
    const rows: Array<{ key: string }> = await this.dataSource.query(sql, parameters);
    return new Set(rows.map((row) => row.key));
  }

  /** The attachments of these messages, each message's in its order. */
  forMessages(messageIds: readonly number[]): Promise<AttachmentRow[]> {
    if (messageIds.length === 0) return Promise.resolve([]);
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM "attachments" a WHERE a."message_id" IN (${idList(messageIds)}) ORDER BY a."message_id", a."position"`,
    );
  }

  /** Deletes the rows of uploads never sent and created before `before`; what storage must forget. */
  async deleteUnsentBefore(before: number): Promise<StoredKeys[]> {
    return returned(await this.deleteUnsent.run<StoredKeys>({ before }));
  }

  async deleteById(id: number): Promise<void> {
    await this.deleteOne.run({ id });
  }

  /** Deletes the message's attachments' rows; what storage must forget. */
  async deleteOfMessage(messageId: number): Promise<StoredKeys[]> {
    return returned(await this.deleteOfMessageQuery.run<StoredKeys>({ messageId }));
  }
}
