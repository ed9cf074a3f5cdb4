import { randomUUID } from "node:crypto";
import type { ConversationPage, ConversationSummary, GroupPage, ReplyToJson } from "@chat-app/protocol";
import { bound, type DependentList, DependentRefused } from "../db/dependent-statements";
import { isForeignKeyViolation, isUniqueViolation } from "../db/errors";
import type { GroupMessageQueries } from "../db/group-message-queries";
import type { MentionQueries } from "../db/mention-queries";
import type { ForwardedFrom, MessageQueries, MessageRow } from "../db/message-queries";
import type { PinQueries } from "../db/pin-queries";
import type { ReactionQueries } from "../db/reaction-queries";
import type { StoredMessageQueries } from "../db/stored-message-queries";
import type { Message } from "../entities/Message";
import { badRequest, conflict, forbidden, HttpError, notFound } from "../errors";
import type { ConversationQuery, EditMessageInput, ForwardInput, SendMessageInput } from "../schemas";
import type { AttachmentService } from "./attachment.service";
import type { BlockService } from "./block.service";
import type { GroupService } from "./group.service";
import { audienceOf, conversationOf, readableMessage } from "./message-access";
import { excerptOf, type MessageDetails, reactionsFor } from "./message-details";
import type { ForReader, MessageEvents } from "./message-events";
import { type MessageJson, pairOf, rowToMessageJson, toMessageJson } from "./presenters";
import { profileFields } from "./profile-json";
import type { ReceiptService } from "./receipt.service";
import { historyPage } from "./history-page";
import { MAX_MENTIONS_PER_MESSAGE, mentionedNames } from "./mentions";
import type { LinkPreviewService } from "../link-preview/link-preview.service";
import type { UserService } from "./user.service";

export type { ConversationPage, ConversationSummary, DirectConversationSummary, GroupConversationSummary, GroupPage } from "@chat-app/protocol";

/** Where a send came from: its socket connection, and for a forward, the original's author and time. */
export interface SendOrigin {
  connectionId?: string;
  forwardedFrom?: ForwardedFrom;
  /** A forward of a message with files: copies of its attachment rows commit with the new message. */
  attachmentsOf?: number;
}

export interface SendResult {
  message: MessageJson;
  /** False when this was a retry of a send already stored under the same client_id. */
  created: boolean;
}

/** The JSON of a message just inserted (what a fetch of it would return). */
const newMessageJson = (
  id: number,
  senderId: number,
  row: { clientId: string; content: string; timestamp: number },
  to: Pick<MessageJson, "receiver_id" | "group_id" | "reply_to" | "mentions" | "forwarded_from">,
): MessageJson => ({
  id,
  sender_id: senderId,
  ...to,
  message_content: row.content,
  timestamp: new Date(row.timestamp).toISOString(),
  client_id: row.clientId,
  edited_at: null,
  deleted_at: null,
  kind: "text",
  notice: null,
  attachments: [],
  reactions: [],
  pinned: false,
  link_preview: null,
});

/** A receipt as someone the reader blocked sees it: nothing read. */
const hideRead = <R extends { read_up_to_id: number }>(receipt: R): R => ({ ...receipt, read_up_to_id: 0 });

const forwardJson = (from: ForwardedFrom | undefined) => (from ? { sender_id: from.senderId, sent_at: new Date(from.sentAt).toISOString() } : null);

/** Sending and reading messages, direct and in groups; REST routes and socket handlers both call this. */
export class MessageService {
  constructor(
    private readonly stored: StoredMessageQueries,
    private readonly queries: MessageQueries,
    private readonly groupQueries: GroupMessageQueries,
    private readonly events: MessageEvents,
    private readonly receipts: ReceiptService,
    private readonly userService: UserService,
    private readonly groups: GroupService,
    private readonly attachments: AttachmentService,
    private readonly details: MessageDetails,
    private readonly reactions: ReactionQueries,
    private readonly mentions: MentionQueries,
    private readonly pins: PinQueries,
    private readonly blocks: BlockService,
    private readonly linkPreviews?: LinkPreviewService,
  ) {}

  /**
   * Saves first, then announces: a message is only ever pushed once it is committed. A send whose
   * client_id is already stored returns the stored message and announces nothing again.
   */
  async send(senderId: number, input: SendMessageInput, origin?: SendOrigin): Promise<SendResult> {
    if (input.attachment_ids) {
      // A retry finds its message before the attachments (already sent with it) are checked, and
      // again if the check fails: a concurrent copy of this send may have committed in between (its
      // message and its claim commit together, so a claim seen means its message is found).
      const retry = () => (input.client_id ? this.findRetry(senderId, input.client_id, input) : Promise.resolve(null));
      const earlier = await retry();
      if (earlier) return { message: earlier, created: false };
      try {
        await this.attachments.checkSendable(senderId, input.attachment_ids);
      } catch (error) {
        const committed = await retry();
        if (committed) return { message: committed, created: false };
        throw error;
      }
    }
    let replyTo: ReplyToJson | null = null;
    if (input.reply_to_id !== undefined) {
      try {
        replyTo = await this.quoteFor(senderId, input);
      } catch (error) {
        // A retry finds its message even if the original was deleted since it was first sent.
        const earlier = input.client_id ? await this.findRetry(senderId, input.client_id, input) : null;
        if (earlier) return { message: earlier, created: false };
        throw error;
      }
    }
    if (input.group_id !== undefined) return this.sendToGroup(senderId, input.group_id, input, replyTo, origin);
    const receiverId = input.receiver_id!;
    await this.refuseIfBlocked(senderId, receiverId, input);
    const { pairLowId, pairHighId } = pairOf(senderId, receiverId);
    const row = {
      senderId,
      receiverId,
      low: pairLowId,
      high: pairHighId,
      clientId: input.client_id ?? randomUUID(),
      content: input.message_content ?? "",
      timestamp: Date.now(),
      replyToId: replyTo?.id ?? null,
      forwardedFrom: origin?.forwardedFrom,
    };
    // One statement on the common path: the constraints answer "is this a retry?" (unique index on
    // sender + client_id) and "does the receiver exist?" (foreign key) without extra lookups.
    let id: number;
    try {
      id = await this.queries.insert(row, this.claimsOf(senderId, input, origin));
    } catch (error) {
      if (isForeignKeyViolation(error)) throw notFound("Receiver not found");
      return this.refusedInsert(senderId, input, error);
    }
    const json = await this.withAttachments(
      input,
      newMessageJson(id, senderId, row, {
        receiver_id: receiverId,
        group_id: null,
        reply_to: replyTo,
        mentions: [],
        forwarded_from: forwardJson(row.forwardedFrom),
      }),
      origin,
    );
    this.events.messageCreated(json, [senderId, receiverId], origin?.connectionId);
    this.linkPreviews?.messageSent(json);
    return { message: json, created: true };
  }

  /** The same guarantees as a direct send; the insert itself refuses a sender who is not a member. */
  private async sendToGroup(
    senderId: number,
    groupId: number,
    input: SendMessageInput,
    replyTo: ReplyToJson | null,
    origin?: SendOrigin,
  ): Promise<SendResult> {
    const row = {
      senderId,
      groupId,
      clientId: input.client_id ?? randomUUID(),
      content: input.message_content ?? "",
      timestamp: Date.now(),
      replyToId: replyTo?.id ?? null,
      forwardedFrom: origin?.forwardedFrom,
    };
    // Only a text with an '@' pays for this lookup; the mentions then commit with the message.
    const mentioned = await this.mentionedMembers(senderId, groupId, row.content);
    const claims = this.claimsOf(senderId, input, origin);
    const dependents = mentioned.length > 0 ? [...claims, bound(this.mentions.inserts(groupId, mentioned))] : claims;
    let id: number | null;
    try {
      id = await this.groupQueries.insert(row, dependents);
    } catch (error) {
      return this.refusedInsert(senderId, input, error);
    }
    if (id === null) {
      await this.groups.requireMembership(groupId, senderId);
      throw forbidden("You are not a member of this group");
    }
    const json = await this.withAttachments(
      input,
      newMessageJson(id, senderId, row, {
        receiver_id: null,
        group_id: groupId,
        reply_to: replyTo,
        mentions: mentioned,
        forwarded_from: forwardJson(row.forwardedFrom),
      }),
      origin,
    );
    const [members, blockers] = await Promise.all([this.groups.memberIds(groupId), this.blocks.blockersOf(senderId)]);
    this.events.messageCreated(
      json,
      members.filter((id) => !blockers.has(id)),
      origin?.connectionId,
    );
    const blocking = members.filter((id) => blockers.has(id));
    if (blocking.length > 0) this.events.messageCreated({ ...json, sender_blocked: true }, blocking);
    this.linkPreviews?.messageSent(json);
    return { message: json, created: true };
  }

  /**
   * The quote of the message a reply answers: it must be a message of the same conversation (a
   * message elsewhere, or none, is the same 400, so nothing is learnt of other conversations), and
   * neither deleted nor a group notice. Only replies pay for this lookup.
   */
  private async quoteFor(senderId: number, input: SendMessageInput): Promise<ReplyToJson> {
    const original = await this.stored.quoteSourceOf(input.reply_to_id!);
    const sameConversation =
      original !== null &&
      (input.group_id !== undefined
        ? original.groupId === input.group_id
        : original.groupId === null &&
          ((original.senderId === senderId && original.receiverId === input.receiver_id) ||
            (original.senderId === input.receiver_id && original.receiverId === senderId)));
    if (!sameConversation) throw badRequest("reply_to_id: not a message of this conversation");
    if (original.deleted) throw badRequest("reply_to_id: a deleted message cannot be replied to");
    if (original.kind === "system") throw badRequest("reply_to_id: a group notice cannot be replied to");
    return { id: original.id, sender_id: original.senderId, excerpt: excerptOf(original.content), deleted: false };
  }

  /**
   * 403 when either person blocked the other, and nothing is stored. A retry of a message stored
   * before the block still gets its original back.
   */
  private async refuseIfBlocked(senderId: number, receiverId: number, input: SendMessageInput): Promise<void> {
    try {
      await this.blocks.requireCanMessage(senderId, receiverId);
    } catch (error) {
      const earlier = input.client_id ? await this.stored.findByClientId(senderId, input.client_id) : null;
      if (earlier && earlier.receiverId === receiverId) return;
      throw error;
    }
  }

  /** A change of a group message goes to the readers who blocked its sender flagged `sender_blocked`. */
  private async announceUpdated(message: Message, json: MessageJson | ForReader<MessageJson>): Promise<void> {
    const audience = await audienceOf(this.groups, message);
    const blockers = message.groupId !== null ? await this.blocks.blockersOf(message.senderId) : new Set<number>();
    if (![...blockers].some((id) => audience.includes(id))) return this.events.messageUpdated(json, audience);
    const forReader = (readerId: number): MessageJson => {
      const copy = typeof json === "function" ? json(readerId) : json;
      return blockers.has(readerId) ? { ...copy, sender_blocked: true } : copy;
    };
    this.events.messageUpdated(forReader, audience);
  }

  /** Claims of the send's uploads (or a forward's copies), bound to the insert: a message is never stored without its files. */
  private claimsOf(senderId: number, input: SendMessageInput, origin?: SendOrigin): DependentList {
    if (origin?.attachmentsOf !== undefined) return [bound(this.attachments.copies(origin.attachmentsOf))];
    return input.attachment_ids ? [bound(this.attachments.claims(senderId, input.attachment_ids))] : [];
  }

  /**
   * Sends the current text and files of a message the caller can read (else 404) to a person or a
   * group, as a message of the caller's with `forwarded_from`; sending there follows the rules of a
   * send (unknown receiver 404, non-member 403). Deleted messages and group notices are 400.
   */
  async forward(userId: number, messageId: number, input: ForwardInput, origin?: { connectionId: string }): Promise<MessageJson> {
    const original = await readableMessage(this.stored, this.groups, userId, messageId);
    if (original.deletedAt) throw badRequest("A deleted message cannot be forwarded");
    if (original.kind === "system") throw badRequest("A group notice cannot be forwarded");
    const [withFiles] = await this.attachments.withAttachments([toMessageJson(original)]);
    const target = input.group_id !== undefined ? { group_id: input.group_id } : { receiver_id: input.receiver_id! };
    try {
      const { message } = await this.send(
        userId,
        { ...target, message_content: original.content },
        {
          connectionId: origin?.connectionId,
          forwardedFrom: { senderId: original.senderId, sentAt: original.timestamp.getTime() },
          attachmentsOf: withFiles!.attachments.length > 0 ? original.id : undefined,
        },
      );
      return message;
    } catch (error) {
      // The original's files went between the read and the insert: it was deleted meanwhile.
      if (error instanceof DependentRefused) throw badRequest("A deleted message cannot be forwarded");
      throw error;
    }
  }

  /**
   * The current members a group text names with `@username` (any case), without the sender, at most
   * MAX_MENTIONS_PER_MESSAGE; unknown names and non-members are ignored. No query without an '@'.
   */
  private async mentionedMembers(senderId: number, groupId: number, content: string): Promise<number[]> {
    const names = mentionedNames(content);
    if (names.length === 0) return [];
    return (await this.mentions.membersNamed(groupId, names, senderId)).slice(0, MAX_MENTIONS_PER_MESSAGE);
  }

  /** An insert that stored nothing: a retry (same client_id) gets the original; a lost claim its 400/403. */
  private async refusedInsert(senderId: number, input: SendMessageInput, error: unknown): Promise<SendResult> {
    const earlier = input.client_id && isUniqueViolation(error) ? await this.findRetry(senderId, input.client_id, input) : null;
    if (earlier) return { message: earlier, created: false };
    if (error instanceof DependentRefused && input.attachment_ids) throw await this.attachments.claimRefusal(senderId, input.attachment_ids);
    throw error;
  }

  private async findRetry(senderId: number, clientId: string, input: SendMessageInput): Promise<MessageJson | null> {
    const earlier = await this.stored.findByClientId(senderId, clientId);
    if (!earlier) return null;
    const sameConversation = earlier.receiverId === (input.receiver_id ?? null) && earlier.groupId === (input.group_id ?? null);
    const sameReply = earlier.replyToId === (input.reply_to_id ?? null);
    if (!sameConversation || !sameReply || earlier.content !== (input.message_content ?? "")) {
      throw conflict("client_id was already used for a different message");
    }
    return this.details.completeOne(senderId, toMessageJson(earlier));
  }

  /** A message just inserted, with the attachments its insert claimed. */
  private async withAttachments(input: SendMessageInput, json: MessageJson, origin?: SendOrigin): Promise<MessageJson> {
    return input.attachment_ids || origin?.attachmentsOf !== undefined ? this.presentOne(json) : json;
  }

  private async presentOne(json: MessageJson): Promise<MessageJson> {
    const [withFiles] = await this.attachments.withAttachments([json]);
    return withFiles!;
  }

  /**
   * One page of the conversation, oldest first. Without a cursor: the newest page. `before`: the page
   * just older than that id (scrolling back). `after`: what came after that id (catching up).
   * `around`: centred on that message (jumping to a quoted original).
   */
  async conversation(userId: number, partnerId: number, query: ConversationQuery): Promise<ConversationPage> {
    if (!(await this.userService.findById(partnerId))) throw notFound("User not found");
    const { pairLowId, pairHighId } = pairOf(userId, partnerId);
    const [{ rows, ...more }, receipts, seesPartner] = await Promise.all([
      historyPage((cursor, limit) => this.queries.page(pairLowId, pairHighId, cursor, limit), query),
      this.receipts.between(userId, partnerId),
      this.blocks.canSee(userId, partnerId),
    ]);
    const messages = await this.completeRows(userId, rows);
    const partnerReceipt = seesPartner ? receipts.partner : hideRead(receipts.partner);
    return { messages, ...more, partner_receipt: partnerReceipt, my_receipt: receipts.mine };
  }

  /** One page of a group's history, with the same cursors as a direct conversation; members only. */
  async groupHistory(userId: number, groupId: number, query: ConversationQuery): Promise<GroupPage> {
    const [{ group, receipts }, blockers] = await Promise.all([this.groups.view(userId, groupId), this.blocks.blockersOf(userId)]);
    const { rows, ...more } = await historyPage((cursor, limit) => this.groupQueries.page(groupId, cursor, limit), query);
    return {
      messages: await this.completeRows(userId, rows),
      ...more,
      group,
      member_receipts: receipts
        .filter((receipt) => receipt.user_id !== userId)
        .map((receipt) => (blockers.has(receipt.user_id) ? hideRead(receipt) : receipt)),
      // view() refuses non-members, so the caller's own receipt is there.
      my_receipt: receipts.find((receipt) => receipt.user_id === userId)!,
    };
  }

  private completeRows(readerId: number, rows: MessageRow[]): Promise<MessageJson[]> {
    return this.details.complete(readerId, rows.map(rowToMessageJson));
  }

  /** Changes the text of one's own message; everyone in the conversation sees the edit live. */
  async edit(userId: number, messageId: number, input: EditMessageInput): Promise<MessageJson> {
    const message = await this.ownMessage(userId, messageId, "edit");
    if (message.deletedAt) throw conflict("A deleted message cannot be edited");
    message.content = input.message_content;
    message.editedAt = new Date();
    await this.stored.edit(message.id, message.content, message.editedAt);
    // Mentions follow the text: who the edited text names now (a name removed is no longer mentioned).
    if (message.groupId !== null) {
      await this.mentions.replace(message.id, message.groupId, await this.mentionedMembers(userId, message.groupId, message.content));
    }
    await this.linkPreviews?.messageEdited(toMessageJson(message));
    const [json, reactions] = await Promise.all([this.details.completeOne(userId, toMessageJson(message)), this.reactions.forMessage(message.id)]);
    const forReader = (readerId: number): MessageJson => ({ ...json, reactions: reactionsFor(reactions, readerId) });
    await this.announceUpdated(message, reactions.length > 0 ? forReader : json);
    return json;
  }

  /** Deletes one's own message: the row stays as a "message deleted" placeholder, its text is wiped. */
  async remove(userId: number, messageId: number): Promise<MessageJson> {
    const message = await this.ownMessage(userId, messageId, "delete");
    if (message.deletedAt) return { ...toMessageJson(message), reply_to: null };
    message.content = "";
    message.deletedAt = new Date();
    await this.stored.markDeleted(message.id, message.deletedAt);
    const [, , , wasPinned] = await Promise.all([
      this.attachments.deleteOfMessage(message.id),
      this.reactions.deleteOfMessage(message.id),
      this.mentions.deleteOfMessage(message.id),
      this.pins.remove(message.id),
      this.linkPreviews?.messageDeleted(message.id),
    ]);
    // A deleted message no longer counts as unread for the people it was sent to.
    if (message.groupId !== null) await this.groupQueries.recountUnread(message.groupId);
    else await this.queries.recountUnread(message.receiverId!, message.senderId);
    // Gone with the text: the quote of the message it answered, like its files and reactions.
    const json = { ...toMessageJson(message), reply_to: null };
    const audience = await audienceOf(this.groups, message);
    this.events.messageUpdated(json, audience);
    if (wasPinned)
      this.events.messagePinned({ ...conversationOf(message), message_id: message.id, pinned: false, pinned_by: null, pinned_at: null }, audience);
    return json;
  }

  /** A change made after the fact (a link preview ready or removed), pushed like an edit to everyone in the conversation. */
  async announceUpdate(messageId: number): Promise<MessageJson | null> {
    const message = await this.stored.findById(messageId);
    if (!message || message.deletedAt) return null;
    const [json, reactions] = await Promise.all([
      this.details.completeOne(message.senderId, toMessageJson(message)),
      this.reactions.forMessage(message.id),
    ]);
    const forReader = (readerId: number): MessageJson => ({ ...json, reactions: reactionsFor(reactions, readerId) });
    await this.announceUpdated(message, reactions.length > 0 ? forReader : json);
    return json;
  }

  /**
   * 404 for a message outside the caller's conversations (its existence is not theirs to know); in
   * a group, only current members may change their messages.
   */
  private async ownMessage(userId: number, messageId: number, action: string): Promise<Message> {
    const message = await readableMessage(this.stored, this.groups, userId, messageId);
    if (message.senderId !== userId) throw new HttpError(403, `You can only ${action} your own messages`);
    if (message.kind === "system") throw conflict(`A group notice cannot be ${action === "edit" ? "edited" : "deleted"}`);
    return message;
  }

  /**
   * One row per partner and per group, most recent activity first: the last message's time, or for
   * a group still without messages, when the caller joined it.
   */
  async conversations(userId: number): Promise<ConversationSummary[]> {
    const [direct, groups] = await Promise.all([this.queries.conversations(userId), this.groupQueries.conversations(userId)]);
    const rows: Array<{ activity: number; lastId: number; summary: ConversationSummary }> = direct.map((row) => ({
      activity: Number(row.timestamp),
      lastId: Number(row.id),
      summary: {
        partner: {
          id: Number(row.partner_id),
          username: row.partner_username,
          ...profileFields(Number(row.partner_id), {
            username: row.partner_username,
            display_name: row.partner_display_name,
            status_text: row.partner_status_text,
            avatar_key: row.partner_avatar_key,
          }),
        },
        last_message: rowToMessageJson(row),
        unread_count: Number(row.unread_count),
        mention_count: 0,
        first_unread_id: row.first_unread_id === null ? null : Number(row.first_unread_id),
      },
    }));
    for (const row of groups) {
      const last =
        row.id === null
          ? null
          : rowToMessageJson({
              ...row,
              id: row.id,
              sender_id: row.sender_id!,
              client_id: row.client_id!,
              content: row.content!,
              timestamp: row.timestamp!,
            });
      rows.push({
        activity: Math.max(Number(row.timestamp ?? 0), Number(row.joined_at)),
        lastId: Number(row.id ?? 0),
        summary: {
          group: { id: Number(row.listed_group_id), name: row.group_name, member_count: Number(row.member_count) },
          last_message: last,
          last_sender: last
            ? {
                id: last.sender_id,
                username: row.sender_username!,
                ...profileFields(last.sender_id, {
                  username: row.sender_username!,
                  display_name: row.sender_display_name,
                  status_text: row.sender_status_text,
                  avatar_key: row.sender_avatar_key,
                }),
              }
            : null,
          unread_count: Number(row.unread_count),
          mention_count: Number(row.mention_count),
          first_unread_id: row.first_unread_id === null ? null : Number(row.first_unread_id),
        },
      });
    }
    rows.sort((a, b) => b.activity - a.activity || b.lastId - a.lastId);
    const lasts = await this.details.complete(
      userId,
      rows.flatMap((row) => (row.summary.last_message ? [row.summary.last_message] : [])),
    );
    const byId = new Map(lasts.map((message) => [message.id, message]));
    return rows.map(({ summary }) => (summary.last_message ? { ...summary, last_message: byId.get(summary.last_message.id)! } : summary));
  }
}
