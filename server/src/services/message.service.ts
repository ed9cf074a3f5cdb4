import { randomUUID } from "node:crypto";
import type { DataSource, Repository } from "typeorm";
import { isForeignKeyViolation, isUniqueViolation } from "../db/errors";
import { Message } from "../entities/Message";
import { User } from "../entities/User";
import { conflict, HttpError, notFound } from "../errors";
import type { ConversationQuery, EditMessageInput, SendMessageInput } from "../http/schemas";
import type { MessageEvents, ReceiptJson } from "./message-events";
import type { ReceiptService } from "./receipt.service";
import type { UserService } from "./user.service";
import type { MessageQueries } from "../db/message-queries";
import { type MessageJson, type PublicUserJson, rowToMessageJson, toMessageJson } from "./presenters";

export interface ConversationPage {
  messages: MessageJson[];
  has_more: boolean;
  /** The partner's progress through the caller's messages: which show as delivered or read. */
  partner_receipt: ReceiptJson;
  /** The caller's own progress (what is unread for them). */
  my_receipt: ReceiptJson;
}

export interface SendResult {
  message: MessageJson;
  /** False when this was a retry of a send already stored under the same client_id. */
  created: boolean;
}

export interface ConversationSummary {
  partner: PublicUserJson;
  last_message: MessageJson;
  /** The partner's messages after the caller's read marker (deleted ones not counted). */
  unread_count: number;
}

const pairOf = (a: number, b: number) => (a < b ? { pairLowId: a, pairHighId: b } : { pairLowId: b, pairHighId: a });

/** Sending and reading direct messages; REST routes and socket handlers both call this. */
export class MessageService {
  private readonly messages: Repository<Message>;
  private readonly users: Repository<User>;
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: MessageEvents,
    private readonly receipts: ReceiptService,
    private readonly userService: UserService,
    private readonly queries: MessageQueries,
  ) {
    this.messages = dataSource.getRepository(Message);
    this.users = dataSource.getRepository(User);
  }

  /**
   * Saves first, then announces: a message is only ever pushed once it is committed. A send whose
   * client_id is already stored returns the stored message and announces nothing again.
   */
  async send(senderId: number, input: SendMessageInput, origin?: { connectionId: string }): Promise<SendResult> {
    const { pairLowId, pairHighId } = pairOf(senderId, input.receiver_id);
    const row = {
      senderId,
      receiverId: input.receiver_id,
      low: pairLowId,
      high: pairHighId,
      clientId: input.client_id ?? randomUUID(),
      content: input.message_content,
      timestamp: Date.now(),
    };
    // One statement on the common path: the constraints answer "is this a retry?" (unique index on
    // sender + client_id) and "does the receiver exist?" (foreign key) without extra lookups.
    let id: number;
    try {
      id = await this.queries.insert(row);
    } catch (error) {
      if (isForeignKeyViolation(error)) throw notFound("Receiver not found");
      const earlier = input.client_id && isUniqueViolation(error) ? await this.findRetry(senderId, input.client_id, input) : null;
      if (earlier) return { message: earlier, created: false };
      throw error;
    }
    const json: MessageJson = {
      id,
      sender_id: senderId,
      receiver_id: input.receiver_id,
      message_content: row.content,
      timestamp: new Date(row.timestamp).toISOString(),
      client_id: row.clientId,
      edited_at: null,
      deleted_at: null,
    };
    this.events.messageCreated(json, origin?.connectionId);
    return { message: json, created: true };
  }

  private async findRetry(senderId: number, clientId: string, input: SendMessageInput): Promise<MessageJson | null> {
    const earlier = await this.messages.findOneBy({ senderId, clientId });
    if (!earlier) return null;
    if (earlier.receiverId !== input.receiver_id || earlier.content !== input.message_content) {
      throw conflict("client_id was already used for a different message");
    }
    return toMessageJson(earlier);
  }

  /**
   * One page of the conversation, oldest first. Without a cursor: the newest page. `before`: the page
   * just older than that id (scrolling back). `after`: what came after that id (catching up).
   */
  async conversation(userId: number, partnerId: number, query: ConversationQuery): Promise<ConversationPage> {
    if (!(await this.userService.findById(partnerId))) throw notFound("User not found");
    const { pairLowId, pairHighId } = pairOf(userId, partnerId);
    const [rows, receipts] = await Promise.all([
      this.queries.page(pairLowId, pairHighId, query, query.limit + 1),
      this.receipts.between(userId, partnerId),
    ]);
    const hasMore = rows.length > query.limit;
    const page = rows.slice(0, query.limit);
    if (query.after === undefined) page.reverse();
    return { messages: page.map(rowToMessageJson), has_more: hasMore, partner_receipt: receipts.partner, my_receipt: receipts.mine };
  }

  /** Changes the text of one's own message; everyone in the conversation sees the edit live. */
  async edit(userId: number, messageId: number, input: EditMessageInput): Promise<MessageJson> {
    const message = await this.ownMessage(userId, messageId, "edit");
    if (message.deletedAt) throw conflict("A deleted message cannot be edited");
    message.content = input.message_content;
    message.editedAt = new Date();
    await this.messages.update({ id: message.id }, { content: message.content, editedAt: message.editedAt });
    const json = toMessageJson(message);
    this.events.messageUpdated(json);
    return json;
  }

  /** Deletes one's own message: the row stays as a "message deleted" placeholder, its text is wiped. */
  async remove(userId: number, messageId: number): Promise<MessageJson> {
    const message = await this.ownMessage(userId, messageId, "delete");
    if (message.deletedAt) return toMessageJson(message);
    message.content = "";
    message.deletedAt = new Date();
    await this.messages.update({ id: message.id }, { content: "", deletedAt: message.deletedAt });
    // A deleted message no longer counts as unread for the person it was sent to.
    await this.queries.recountUnread(message.receiverId, message.senderId);
    const json = toMessageJson(message);
    this.events.messageUpdated(json);
    return json;
  }

  /** 404 for a message outside the caller's conversations (its existence is not theirs to know). */
  private async ownMessage(userId: number, messageId: number, action: string): Promise<Message> {
    const message = await this.messages.findOneBy({ id: messageId });
    if (!message || (message.senderId !== userId && message.receiverId !== userId)) throw notFound("Message not found");
    if (message.senderId !== userId) throw new HttpError(403, `You can only ${action} your own messages`);
    return message;
  }

  /** One row per partner with the last message, most recent activity first. */
  async conversations(userId: number): Promise<ConversationSummary[]> {
    const rows = await this.queries.conversations(userId);
    return rows.map((row) => ({
      partner: { id: Number(row.partner_id), username: row.partner_username },
      last_message: rowToMessageJson(row),
      unread_count: Number(row.unread_count),
    }));
  }
}
