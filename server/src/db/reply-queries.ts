import type { DataSource } from "typeorm";
import { idList } from "./id-list";

/** What a reply shows of its original, read with the reply (so it is always the current text). */
export interface OriginalRow {
  id: number | string;
  sender_id: number | string;
  content: string;
  kind: "text" | "system";
  deleted_at: number | string | null;
}

/** The originals a page's replies answer, in one statement. */
export class ReplyQueries {
  constructor(private readonly dataSource: DataSource) {}

  originals(ids: readonly number[]): Promise<OriginalRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.query(
      `SELECT o."id", o."sender_id", o."content", o."kind", o."deleted_at" FROM "messages" o WHERE o."id" IN (${idList([...new Set(ids)])})`,
    );
  }
}
