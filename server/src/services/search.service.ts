import type { SearchResultJson } from "@chat-app/protocol";
import type { DataSource } from "typeorm";
import { SearchQueries } from "../db/search-queries";
import type { MessageSearchInput } from "../schemas";
import type { MessageDetails } from "./message-details";
import { rowToMessageJson } from "./presenters";

export type { SearchResultJson } from "@chat-app/protocol";

/** More words than this add nothing a person means; later words are ignored. */
const MAX_TERMS = 16;

/**
 * The words of a query: runs of letters, digits and combining marks, lower-cased. Everything else
 * (quotes, `*`, `:`, `-`, parentheses, operators' punctuation) only separates words, so nothing a
 * user types reaches the database's query syntax: each word is later written as a quoted term.
 */
export function searchTerms(text: string): string[] {
  return (
    text
      .normalize("NFC")
      .toLowerCase()
      .match(/[\p{L}\p{N}\p{M}]+/gu) ?? []
  ).slice(0, MAX_TERMS);
}

/** Message search within the caller's own conversations, newest first, a page at a time. */
export class SearchService {
  private readonly queries: SearchQueries;

  constructor(
    dataSource: DataSource,
    private readonly details: MessageDetails,
  ) {
    this.queries = new SearchQueries(dataSource);
  }

  /** At most `limit` matches older than `before`, and whether there are more. */
  async search(userId: number, input: MessageSearchInput): Promise<{ results: SearchResultJson[]; has_more: boolean }> {
    const terms = searchTerms(input.q);
    if (terms.length === 0) return { results: [], has_more: false };
    const rows = await this.queries.search(userId, terms, input.before ?? 2 ** 31 - 1, input.limit + 1);
    const results = rows.slice(0, input.limit).map((row) => ({
      ...rowToMessageJson(row),
      partner_id: row.partner_id === null ? null : Number(row.partner_id),
      partner_username: row.partner_username,
      group_name: row.group_name,
    }));
    return { results: await this.details.complete(userId, results), has_more: rows.length > input.limit };
  }
}
