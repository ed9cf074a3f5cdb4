import type { DataSource, EntityManager, Repository } from "typeorm";
import { Message } from "../entities/Message";
import { CHANGE_FEED_LOCK, underAdvisoryLock } from "./advisory-lock";
import { SendPathRead } from "./send-path-read";

interface QuoteSourceRow {
  id: number | string;
  sender_id: number | string;
  receiver_id: number | string | null;
  group_id: number | string | null;
  content: string;
  kind: "text" | "system";
  deleted_at: number | string | null;
}

export interface QuoteSource {
  id: number;
  senderId: number;
  receiverId: number | null;
  groupId: number | null;
  content: string;
  kind: "text" | "system";
  deleted: boolean;
}

/**
 * Messages one at a time, as entities: found by id or by the sender's client_id, edited and
 * deleted. An edit or deletion appends to the changes feed (a trigger), so each holds
 * CHANGE_FEED_LOCK until it commits.
 */
export class StoredMessageQueries {
  private readonly messages: Repository<Message>;

  private readonly quoteSource: SendPathRead<{ id: number }>;

  constructor(private readonly dataSource: DataSource) {
    this.messages = dataSource.getRepository(Message);
    this.quoteSource = new SendPathRead(
      dataSource,
      `SELECT "id", "sender_id", "receiver_id", "group_id", "content", "kind", "deleted_at" FROM "messages" WHERE "id" = :id`,
      ["id"],
    );
  }

  /** What a reply needs of the message it answers, without building an entity (a send pays for it). */
  async quoteSourceOf(id: number): Promise<QuoteSource | null> {
    const [row] = await this.quoteSource.run<QuoteSourceRow>({ id });
    if (!row) return null;
    return {
      id: Number(row.id),
      senderId: Number(row.sender_id),
      receiverId: row.receiver_id === null ? null : Number(row.receiver_id),
      groupId: row.group_id === null ? null : Number(row.group_id),
      content: row.content,
      kind: row.kind,
      deleted: row.deleted_at !== null,
    };
  }

  findById(id: number): Promise<Message | null> {
    return this.messages.findOneBy({ id });
  }

  /** The message this sender stored under this client_id, if any (a retried send finds it). */
  findByClientId(senderId: number, clientId: string): Promise<Message | null> {
    return this.messages.findOneBy({ senderId, clientId });
  }

  edit(id: number, content: string, editedAt: Date): Promise<void> {
    return this.underFeedLock((manager) => manager.update(Message, { id }, { content, editedAt }));
  }

  /** Wipes the content; the row stays as the "message deleted" placeholder. */
  markDeleted(id: number, deletedAt: Date): Promise<void> {
    return this.underFeedLock((manager) => manager.update(Message, { id }, { content: "", deletedAt }));
  }

  private underFeedLock(write: (manager: EntityManager) => Promise<unknown>): Promise<void> {
    return underAdvisoryLock(this.dataSource, CHANGE_FEED_LOCK, async (runner) => {
      await write(runner?.manager ?? this.dataSource.manager);
    });
  }
}
