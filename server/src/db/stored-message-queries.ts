import type { DataSource, EntityManager, Repository } from "typeorm";
import { Message } from "../entities/Message";
import { CHANGE_FEED_LOCK, underAdvisoryLock } from "./advisory-lock";

/**
 * Messages one at a time, as entities: found by id or by the sender's client_id, edited and
 * deleted. An edit or deletion appends to the changes feed (a trigger), so each holds
 * CHANGE_FEED_LOCK until it commits.
 */
export class StoredMessageQueries {
  private readonly messages: Repository<Message>;

  constructor(private readonly dataSource: DataSource) {
    this.messages = dataSource.getRepository(Message);
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
