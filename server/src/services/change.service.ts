import { ChangeQueries } from "../db/change-queries";
import type { DataSource } from "typeorm";
import type { ChangesQuery } from "../schemas";
import type { ChangesPage } from "@chat-app/protocol";
import type { MessageDetails } from "./message-details";
import { rowToMessageJson } from "./presenters";

export type { ChangesPage } from "@chat-app/protocol";

/**
 * Edits and deletions a client missed: catching up by message id cannot see an older message that
 * changed while the client was away. Without `after`, answers just the current cursor.
 */
export class ChangeService {
  private readonly queries: ChangeQueries;

  constructor(
    dataSource: DataSource,
    private readonly details: MessageDetails,
  ) {
    this.queries = new ChangeQueries(dataSource);
  }

  async changes(userId: number, query: ChangesQuery): Promise<ChangesPage> {
    // The window's upper end is read first: a change committed while this runs is left for next time.
    const upTo = await this.queries.latestId();
    if (query.after === undefined || query.after >= upTo) return { changes: [], cursor: upTo, has_more: false };
    const rows = await this.queries.between(userId, query.after, upTo, query.limit + 1);
    const page = rows.slice(0, query.limit);
    const hasMore = rows.length > query.limit;
    const changes = await this.details.complete(userId, page.map(rowToMessageJson));
    return { changes, cursor: hasMore ? Number(page.at(-1)!.change_id) : upTo, has_more: hasMore };
  }
}
