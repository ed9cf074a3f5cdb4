import type { LinkPreviewJson, MessageJson, ReactionJson, ReplyToJson } from "@chat-app/protocol";
import type { MentionQueries, MentionRow } from "../db/mention-queries";
import type { PinQueries } from "../db/pin-queries";
import type { ReactionQueries, ReactionRow, ReactorRow } from "../db/reaction-queries";
import type { OriginalRow, ReplyQueries } from "../db/reply-queries";
import { MAX_LISTED_REACTORS } from "../schemas";
import type { AttachmentService } from "./attachment.service";
import { contentOf } from "./presenters";

const NO_PREVIEWS = { previewsOf: () => Promise.resolve(new Map<number, LinkPreviewJson>()) };
const NO_BLOCKS = { blockedBy: () => Promise.resolve(new Set<number>()) };

/** How much of the original a quote shows, in graphemes. */
export const EXCERPT_GRAPHEMES = 120;
const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

export function excerptOf(text: string): string {
  // A grapheme is at least one UTF-16 unit: a text this short fits whole, with nothing to segment.
  if (text.length <= EXCERPT_GRAPHEMES) return text;
  let end = 0;
  let count = 0;
  for (const part of graphemes.segment(text)) {
    if (count === EXCERPT_GRAPHEMES) return `${text.slice(0, end)}…`;
    end = part.index + part.segment.length;
    count++;
  }
  return text;
}

export const quoteFromOriginal = (row: OriginalRow): ReplyToJson => {
  const deleted = row.deleted_at !== null;
  return {
    id: Number(row.id),
    sender_id: Number(row.sender_id),
    excerpt: deleted ? "" : excerptOf(contentOf(row.kind, row.content).message_content),
    deleted,
  };
};

/** A page's reaction rows (ordered by message, first use, reactor) as each message's reactions. */
function groupReactions(rows: ReactionRow[]): Map<number, ReactionJson[]> {
  const byMessage = new Map<number, ReactionJson[]>();
  for (const row of rows) {
    const messageId = Number(row.message_id);
    const reactions = byMessage.get(messageId) ?? [];
    let reaction = reactions.find((candidate) => candidate.emoji === row.emoji);
    if (!reaction) {
      reaction = { emoji: row.emoji, count: Number(row.total), me: Number(row.mine) === 1, user_ids: [] };
      reactions.push(reaction);
    }
    reaction.user_ids.push(Number(row.user_id));
    byMessage.set(messageId, reactions);
  }
  return byMessage;
}

/** A page's mention rows (ordered by message) as each message's mentioned user ids. */
function groupMentions(rows: MentionRow[]): Map<number, number[]> {
  const byMessage = new Map<number, number[]>();
  for (const row of rows) {
    const messageId = Number(row.message_id);
    const ids = byMessage.get(messageId) ?? [];
    ids.push(Number(row.user_id));
    byMessage.set(messageId, ids);
  }
  return byMessage;
}

/** All reactions of one message (earliest first) as one reader sees them. */
export function reactionsFor(rows: readonly ReactorRow[], readerId: number): ReactionJson[] {
  const reactions: ReactionJson[] = [];
  for (const row of rows) {
    const userId = Number(row.user_id);
    let reaction = reactions.find((candidate) => candidate.emoji === row.emoji);
    if (!reaction) {
      reaction = { emoji: row.emoji, count: 0, me: false, user_ids: [] };
      reactions.push(reaction);
    }
    reaction.count += 1;
    if (userId === readerId) reaction.me = true;
    if (reaction.user_ids.length < MAX_LISTED_REACTORS) reaction.user_ids.push(userId);
  }
  return reactions;
}

/**
 * Completes messages for a reader: their attachments, the current state of the originals replies
 * quote, reactions (`me` for this reader), mentions, whether each is pinned, and link previews.
 * One query each per page, whatever its length; a page without replies, group messages or messages
 * to look up runs none for those.
 */
export class MessageDetails {
  constructor(
    private readonly attachments: AttachmentService,
    private readonly replies: ReplyQueries,
    private readonly reactions: ReactionQueries,
    private readonly mentions: MentionQueries,
    private readonly pins: PinQueries,
    private readonly linkPreviews: { previewsOf(messageIds: readonly number[]): Promise<Map<number, LinkPreviewJson>> } = NO_PREVIEWS,
    private readonly blocks: { blockedBy(userId: number): Promise<Set<number>> } = NO_BLOCKS,
  ) {}

  async complete<M extends MessageJson>(readerId: number, messages: M[]): Promise<M[]> {
    if (messages.length === 0) return messages;
    // A deleted message shows nothing of what it was, the quote of what it answered included.
    const quoted = (message: MessageJson) => (message.deleted_at === null ? message.reply_to : null);
    const replyIds = messages.flatMap((message) => {
      const quote = quoted(message);
      return quote ? [quote.id] : [];
    });
    const live = messages.filter((message) => message.deleted_at === null && message.kind === "text");
    const reactable = live.map((message) => message.id);
    const mentioning = live.filter((message) => message.group_id !== null).map((message) => message.id);
    // Only a page with someone else's group messages asks whom the reader blocked (direct ones are never flagged).
    const fromOthers = messages.some((message) => message.sender_id !== readerId && message.kind === "text" && message.group_id !== null);
    const [withFiles, originals, reactionRows, mentionRows, pinned, previews, blocked] = await Promise.all([
      this.attachments.withAttachments(messages),
      this.replies.originals(replyIds),
      this.reactions.forMessages(reactable, readerId, MAX_LISTED_REACTORS),
      this.mentions.forMessages(mentioning),
      this.pins.pinnedAmong(reactable),
      this.linkPreviews.previewsOf(reactable),
      fromOthers ? this.blocks.blockedBy(readerId) : NO_BLOCKS.blockedBy(),
    ]);
    const quotes = new Map(originals.map((row) => [Number(row.id), quoteFromOriginal(row)]));
    const reactions = groupReactions(reactionRows);
    const mentions = groupMentions(mentionRows);
    return withFiles.map((message) => ({
      ...message,
      reply_to: quotes.get(quoted(message)?.id ?? 0) ?? null,
      reactions: reactions.get(message.id) ?? [],
      mentions: mentions.get(message.id) ?? [],
      pinned: pinned.has(message.id),
      link_preview: previews.get(message.id) ?? null,
      ...(message.group_id !== null && message.kind === "text" && blocked.has(message.sender_id) ? { sender_blocked: true as const } : {}),
    }));
  }

  async completeOne<M extends MessageJson>(readerId: number, message: M): Promise<M> {
    const [completed] = await this.complete(readerId, [message]);
    return completed!;
  }
}
