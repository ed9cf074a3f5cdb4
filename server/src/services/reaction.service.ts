import type { MessageReactionsJson } from "@chat-app/protocol";
import type { ReactionQueries } from "../db/reaction-queries";
import type { StoredMessageQueries } from "../db/stored-message-queries";
import type { Message } from "../entities/Message";
import { conflict } from "../errors";
import { MAX_EMOJI_PER_MESSAGE, type ReactionInput } from "../schemas";
import type { GroupService } from "./group.service";
import { audienceOf, readableMessage } from "./message-access";
import { reactionsFor } from "./message-details";
import type { MessageEvents } from "./message-events";

/**
 * Reactions: anyone who may read a message may react to it, once per emoji (adding again changes
 * nothing), with at most MAX_EMOJI_PER_MESSAGE distinct emoji on a message. REST routes and socket
 * handlers both call this; every member hears of the change with `me` said for them.
 */
export class ReactionService {
  constructor(
    private readonly stored: StoredMessageQueries,
    private readonly queries: ReactionQueries,
    private readonly groups: GroupService,
    private readonly events: MessageEvents,
    private readonly clock: () => number = Date.now,
  ) {}

  async add(userId: number, input: ReactionInput): Promise<MessageReactionsJson> {
    const message = await this.reactable(userId, input.message_id);
    const added = await this.queries.add({ messageId: message.id, userId, emoji: input.emoji }, this.clock(), MAX_EMOJI_PER_MESSAGE);
    if (!added) throw conflict(`A message can have at most ${MAX_EMOJI_PER_MESSAGE} different emoji`);
    return this.announce(message, userId);
  }

  async remove(userId: number, input: ReactionInput): Promise<MessageReactionsJson> {
    const message = await this.reactable(userId, input.message_id);
    await this.queries.remove({ messageId: message.id, userId, emoji: input.emoji });
    return this.announce(message, userId);
  }

  private async reactable(userId: number, messageId: number): Promise<Message> {
    const message = await readableMessage(this.stored, this.groups, userId, messageId);
    if (message.deletedAt) throw conflict("A deleted message cannot be reacted to");
    if (message.kind === "system") throw conflict("A group notice cannot be reacted to");
    return message;
  }

  /** Idempotent actions announce too: a retried PUT still brings every tab to the same state. */
  private async announce(message: Message, userId: number): Promise<MessageReactionsJson> {
    const [rows, recipients] = await Promise.all([this.queries.forMessage(message.id), audienceOf(this.groups, message)]);
    const target = message.groupId !== null ? { group_id: message.groupId, receiver_id: null } : { receiver_id: message.receiverId!, group_id: null };
    const forReader = (readerId: number): MessageReactionsJson => ({ message_id: message.id, ...target, reactions: reactionsFor(rows, readerId) });
    this.events.reactionsChanged(forReader, recipients);
    return forReader(userId);
  }
}
