import type { ChatMessage } from "@chat-app/ui-kit";
import type { MessageJson, OutboxEntry, ReceiptStatus } from "@chat-app/client";
import type { Translate } from "../i18n/i18n";
import { type NameOf, shownText } from "./notices";
import { failureSentence } from "./send-failures";

const cache = new WeakMap<MessageJson, ChatMessage>();

/**
 * The open conversation as the kit's MessageList takes it: the server's messages (sorted by id,
 * deduped by the ChatClient), then this person's unacknowledged ones from the outbox ("sending" or
 * "failed"). Own messages are keyed by their client_id, so a row keeps its identity when the
 * acknowledgement turns it from "sending" into "sent". Objects for server messages are cached, so
 * the list's memoized rows re-render only when something changed (a receipt, an edit, a deletion).
 * `statusOf` tells what the partner did with an own stored message (sent, delivered, read).
 */
export function toChatMessages(
  server: readonly MessageJson[],
  pending: readonly OutboxEntry[],
  selfId: number,
  t: Translate,
  statusOf: (message: MessageJson) => ReceiptStatus = () => "sent",
  /** How notices name people (a group's members' display names as now). */
  nameOf?: NameOf,
): ChatMessage[] {
  const out: ChatMessage[] = [];
  const acknowledged = new Set<string>();
  for (const message of server) {
    const notice = message.kind === "system";
    const own = message.sender_id === selfId && !notice;
    const status = own ? statusOf(message) : undefined;
    let chat = cache.get(message);
    // A notice is worded in the language shown: a language switch words it again.
    const text = shownText(message, selfId, t, nameOf);
    if (!chat || chat.status !== status || chat.text !== text) {
      chat = {
        id: own && message.client_id ? message.client_id : message.id,
        authorId: message.sender_id,
        kind: notice ? "system" : undefined,
        call: callOf(message, selfId),
        text,
        timestamp: message.timestamp,
        status,
        edited: Boolean(message.edited_at) || undefined,
        deleted: Boolean(message.deleted_at) || undefined,
        senderBlocked: message.sender_blocked,
        // The protocol's AttachmentJson has the kit's MessageAttachment names.
        attachments: message.attachments?.length ? message.attachments : undefined,
        replyTo: replyToOf(message),
        reactions: message.reactions?.length
          ? message.reactions.map((r) => ({ emoji: r.emoji, count: r.count, me: r.me, userIds: r.user_ids }))
          : undefined,
        pinned: message.pinned || undefined,
        forwarded: message.forwarded_from ? { authorId: message.forwarded_from.sender_id } : undefined,
        mentions: message.mentions?.length ? message.mentions : undefined,
        linkPreview: linkPreviewOf(message),
      };
      cache.set(message, chat);
    }
    if (message.client_id) acknowledged.add(message.client_id);
    out.push(chat);
  }
  const queued = pending.filter((entry) => !acknowledged.has(entry.client_id)).sort((a, b) => a.created_at - b.created_at);
  for (const entry of queued) {
    // A refusal is shown as soon as it comes, even one the outbox will retry by itself (throttled).
    const failed = Boolean(entry.failed || entry.failure);
    out.push({
      id: entry.client_id,
      authorId: selfId,
      // Until the server has the files (and their links), a message of files alone names them.
      text: entry.message_content || (entry.attachments ?? []).map((file) => `📎 ${file.name}`).join("\n"),
      timestamp: entry.created_at,
      status: failed ? "failed" : "sending",
      replyTo: entry.reply_to_id === undefined ? undefined : pendingReplyTo(server, entry.reply_to_id),
      ...(failed ? { failureReason: failureSentence(entry.failure), retryable: entry.failure?.retryable ?? true } : {}),
    });
  }
  return out;
}

/** The server's preview of the first link (its image a signed link to the server's copy); none once deleted. */
function linkPreviewOf(message: MessageJson): ChatMessage["linkPreview"] {
  const preview = message.link_preview;
  if (!preview || message.deleted_at) return undefined;
  return {
    url: preview.url,
    title: preview.title ?? undefined,
    description: preview.description ?? undefined,
    imageUrl: preview.image_url ?? undefined,
    siteName: preview.site_name ?? undefined,
  };
}

/** A reply's quote, addressed by the original's server id (the jump turns it into the list's id). */
function replyToOf(message: MessageJson): ChatMessage["replyTo"] {
  const quoted = message.reply_to;
  if (!quoted) return undefined;
  return { id: quoted.id, authorId: quoted.sender_id, excerpt: quoted.excerpt, deleted: quoted.deleted || undefined };
}

/** The quote of a reply not sent yet, from the original as loaded (none when it is not). */
function pendingReplyTo(server: readonly MessageJson[], id: number): ChatMessage["replyTo"] {
  const original = server.find((m) => m.id === id);
  if (!original) return undefined;
  return { id, authorId: original.sender_id, excerpt: original.message_content, deleted: Boolean(original.deleted_at) || undefined };
}

/** A call's row, for the kit's CallNotice (which words it in the kit's language). */
function callOf(message: MessageJson, selfId: number): ChatMessage["call"] {
  const notice = message.kind === "system" ? message.notice : null;
  if (!notice || !("type" in notice)) return undefined;
  return { outcome: notice.outcome, media: notice.media, durationMs: notice.duration_ms, outgoing: notice.caller_id === selfId };
}
