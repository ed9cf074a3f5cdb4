import type { ConversationRow } from "@chat-app/client";
import type { ChatSummary } from "@chat-app/ui-kit";
import { type SummaryContext, summaryOf } from "../../../app/src/state/summaries";

/**
 * The chat list's rows, worded as the web app words them (its summaryOf), and the same object for a
 * row whose summary did not change, so the kit's rows stay memoized while IonContent scrolls.
 */
export function chatSummaries(rows: readonly ConversationRow[], context: SummaryContext): ChatSummary[] {
  return rows.map((row) => {
    const summary = summaryOf(row, context);
    const cached = shown.get(row);
    if (cached && sameSummary(cached, summary)) return cached;
    shown.set(row, summary);
    return summary;
  });
}

const shown = new WeakMap<ConversationRow, ChatSummary>();

function sameSummary(a: ChatSummary, b: ChatSummary): boolean {
  const keys = Object.keys(a) as (keyof ChatSummary)[];
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}
