import type { AroundPage } from "@chat-app/protocol";
import type { MessageRow } from "../db/message-queries";
import { notFound } from "../errors";
import type { ConversationQuery } from "../schemas";

/** Reads one conversation newest first (`before`) or oldest first (`after`), at most `limit` rows. */
export type PageFetch = (cursor: { before?: number; after?: number }, limit: number) => Promise<MessageRow[]>;

export type HistoryPage = { rows: MessageRow[]; has_more: boolean } & AroundPage;

/**
 * A page of history, oldest first. Without `around`: the newest page or the page beside a cursor
 * (`has_more`: beyond it in the direction read). With `around`: the message and up to half a page
 * on either side of it, with `has_more_before`/`has_more_after` (`has_more` is `has_more_before`, as
 * for the newest page); 404 when the message is not in this conversation. Two range scans.
 */
export async function historyPage(fetch: PageFetch, query: ConversationQuery): Promise<HistoryPage> {
  if (query.around === undefined) {
    const rows = await fetch(query, query.limit + 1);
    const page = rows.slice(0, query.limit);
    if (query.after === undefined) page.reverse();
    return { rows: page, has_more: rows.length > query.limit };
  }
  const olderWanted = Math.floor((query.limit - 1) / 2) + 1;
  const newerWanted = query.limit - olderWanted;
  const [older, newer] = await Promise.all([fetch({ before: query.around + 1 }, olderWanted + 1), fetch({ after: query.around }, newerWanted + 1)]);
  if (Number(older[0]?.id) !== query.around) throw notFound("Message not found");
  const hasMoreBefore = older.length > olderWanted;
  return {
    rows: [...older.slice(0, olderWanted).reverse(), ...newer.slice(0, newerWanted)],
    has_more: hasMoreBefore,
    has_more_before: hasMoreBefore,
    has_more_after: newer.length > newerWanted,
  };
}
