import type { DataSource } from "typeorm";
import { CompiledQuery } from "./compiled-query";
import { MESSAGE_COLUMNS, type MessageRow } from "./message-queries";
import { VISIBLE_TO_USER } from "./visibility";

export interface SearchRow extends MessageRow {
  partner_id: number | null;
  partner_username: string | null;
  group_name: string | null;
}

type Search = { userId: number; match: string; before: number; limit: number };

/** FTS5: every word as a quoted string (so NEAR, OR, NOT, AND are plain words), the last as a prefix. */
export function fts5Query(terms: string[]): string {
  return terms.map((term, index) => `"${term.replaceAll('"', '""')}"${index === terms.length - 1 ? "*" : ""}`).join(" ");
}

/** PostgreSQL tsquery: every word quoted and ANDed, the last as a prefix (`:*`). */
export function tsQuery(terms: string[]): string {
  return terms.map((term, index) => `'${term.replaceAll("'", "''").replaceAll("\\", "\\\\")}'${index === terms.length - 1 ? ":*" : ""}`).join(" & ");
}

const COLUMNS = `${MESSAGE_COLUMNS}, p."id" AS "partner_id", p."username" AS "partner_username", g."name" AS "group_name"`;
const PARTNER = `LEFT JOIN "users" p ON m."group_id" IS NULL AND p."id" = CASE WHEN m."sender_id" = :userId THEN m."receiver_id" ELSE m."sender_id" END
  LEFT JOIN "groups" g ON g."id" = m."group_id"`;
/** People's undeleted messages (not group notices) in the caller's conversations. */
const MINE = `${VISIBLE_TO_USER}
  AND m."deleted_at" IS NULL AND m."kind" = 'text' AND m."id" < :before`;

/**
 * Message search within the caller's own conversations, newest first: SQLite FTS5 (`messages_fts`)
 * or PostgreSQL full text (`to_tsvector('simple', content)`, GIN-indexed), per the database in use.
 */
export class SearchQueries {
  private readonly query: CompiledQuery<Search>;
  private readonly myGroups: CompiledQuery<{ userId: number }>;
  private readonly postgres: boolean;

  constructor(dataSource: DataSource) {
    this.myGroups = new CompiledQuery(dataSource, `SELECT "group_id" FROM "group_members" WHERE "user_id" = :userId`, ["userId"]);
    this.postgres = dataSource.driver.options.type === "postgres";
    this.query = this.postgres
      ? new CompiledQuery(
          dataSource,
          `SELECT ${COLUMNS} FROM "messages" m ${PARTNER}
            WHERE to_tsvector('simple', m."content") @@ to_tsquery('simple', :match) AND ${MINE}
            ORDER BY m."id" DESC LIMIT :limit`,
          ["userId", "match", "before", "limit"],
        )
      : new CompiledQuery(
          dataSource,
          // The index yields matching ids newest first; the join keeps the caller's undeleted ones.
          `SELECT ${COLUMNS} FROM "messages_fts" f
            JOIN "messages" m ON m."id" = f."rowid" ${PARTNER}
            WHERE "messages_fts" MATCH :match AND f."rowid" < :before AND ${MINE}
            ORDER BY f."rowid" DESC LIMIT :limit`,
          ["userId", "match", "before", "limit"],
        );
  }

  /** At most `limit` of the user's messages with every term, with ids below `before`, newest first. */
  async search(userId: number, terms: string[], before: number, limit: number): Promise<SearchRow[]> {
    return this.query.run<SearchRow>({
      userId,
      // SQLite: the caller's participant tokens (their own, and each group's they are in) are part of
      // the match, so the index itself keeps the search inside the caller's conversations (the SQL
      // filter stays as a second guard).
      match: this.postgres
        ? tsQuery(terms)
        : `participants : (${(await this.participantTokens(userId)).join(" OR ")}) AND content : (${fts5Query(terms)})`,
      before,
      limit,
    });
  }

  private async participantTokens(userId: number): Promise<string[]> {
    const groups = await this.myGroups.run<{ group_id: number }>({ userId });
    return [`"u${userId}"`, ...groups.map((row) => `"g${Number(row.group_id)}"`)];
  }
}
