import { randomUUID } from "node:crypto";
import type { DataSource, Repository } from "typeorm";
import { isForeignKeyViolation, isUniqueViolation } from "../db/errors";
import { Message } from "../entities/Message";
import { User } from "../entities/User";
import { conflict, notFound } from "../errors";
import type { ConversationQuery, SendMessageInput } from "../http/schemas";
import type { MessageEvents } from "./message-events";
import { type MessageJson, type PublicUserJson, toMessageJson, toPublicUser } from "./presenters";

export interface ConversationPage {
  messages: MessageJson[];
  has_more: boolean;
}

export interface SendResult {
  message: MessageJson;
  /** False when this was a retry of a send already stored under the same client_id. */
  created: boolean;
}

export interface ConversationSummary {
  partner: PublicUserJson;
  last_message: MessageJson;
}

const pairOf = (a: number, b: number) => (a < b ? { pairLowId: a, pairHighId: b } : { pairLowId: b, pairHighId: a });

/** Sending and reading direct messages; REST routes and socket handlers both call this. */
export class MessageService {
  private readonly messages: Repository<Message>;
  private readonly users: Repository<User>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly events: MessageEvents,
  ) {
    this.messages = dataSource.getRepository(Message);
    this.users = dataSource.getRepository(User);
  }

  /**
   * Saves first, then announces: a message is only ever pushed once it is committed. A send whose
   * client_id is already stored returns the stored message and announces nothing again.
   */
  async send(senderId: number, input: SendMessageInput): Promise<SendResult> {
    const message = this.messages.create({
      senderId,
      receiverId: input.receiver_id,
      ...pairOf(senderId, input.receiver_id),
      clientId: input.client_id ?? randomUUID(),
      content: input.message_content,
      timestamp: new Date(),
    });
    // One statement on the common path: the constraints answer "is this a retry?" (unique index on
    // sender + client_id) and "does the receiver exist?" (foreign key) without extra lookups.
    try {
      await this.messages.insert(message);
    } catch (error) {
      if (isForeignKeyViolation(error)) throw notFound("Receiver not found");
      const earlier = input.client_id && isUniqueViolation(error) ? await this.findRetry(senderId, input.client_id, input) : null;
      if (earlier) return { message: earlier, created: false };
      throw error;
    }
    const json = toMessageJson(message);
    this.events.messageCreated(json);
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
    if (!(await this.users.existsBy({ id: partnerId }))) throw notFound("User not found");
    const { pairLowId, pairHighId } = pairOf(userId, partnerId);
    const builder = this.messages
      .createQueryBuilder("message")
      .where("message.pairLowId = :pairLowId AND message.pairHighId = :pairHighId", { pairLowId, pairHighId })
      .limit(query.limit + 1);
    if (query.after !== undefined) {
      builder.andWhere("message.id > :after", { after: query.after }).orderBy("message.id", "ASC");
    } else {
      if (query.before !== undefined) builder.andWhere("message.id < :before", { before: query.before });
      builder.orderBy("message.id", "DESC");
    }
    const rows = await builder.getMany();
    const hasMore = rows.length > query.limit;
    const page = rows.slice(0, query.limit);
    if (query.after === undefined) page.reverse();
    return { messages: page.map(toMessageJson), has_more: hasMore };
  }

  /** One row per partner with the last message, most recent activity first. */
  async conversations(userId: number): Promise<ConversationSummary[]> {
    // Each branch is a range scan of its own index; the driver turns :userId into its placeholder style.
    const [sql, parameters] = this.dataSource.driver.escapeQueryWithParameters(
      `SELECT partner_id, MAX(id) AS last_id FROM (
         SELECT receiver_id AS partner_id, id FROM messages WHERE sender_id = :userId
         UNION ALL
         SELECT sender_id AS partner_id, id FROM messages WHERE receiver_id = :userId
       ) AS mine GROUP BY partner_id ORDER BY last_id DESC`,
      { userId },
    );
    const latest: Array<{ partner_id: number; last_id: number }> = await this.dataSource.query(sql, parameters);
    if (latest.length === 0) return [];
    const ids = latest.map((row) => Number(row.last_id));
    const messages = await this.messages
      .createQueryBuilder("message")
      .leftJoinAndSelect("message.sender", "sender")
      .leftJoinAndSelect("message.receiver", "receiver")
      .whereInIds(ids)
      .getMany();
    const byId = new Map(messages.map((message) => [message.id, message]));
    return ids.flatMap((id) => {
      const message = byId.get(id);
      if (!message?.sender || !message.receiver) return [];
      const partner = message.senderId === userId ? message.receiver : message.sender;
      return [{ partner: toPublicUser(partner), last_message: toMessageJson(message) }];
    });
  }
}
