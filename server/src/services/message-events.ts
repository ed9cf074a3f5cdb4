import type { GroupJson, MessageJson, MessagePinnedJson, MessageReactionsJson, ReceiptJson } from "@chat-app/protocol";

/** A payload that differs per recipient (`me` in reactions): built for each of them. */
export type ForReader<T> = (readerId: number) => T;

export type { DirectReceiptJson, GroupReceiptJson, ReceiptJson } from "@chat-app/protocol";

/**
 * What services announce after a change is committed, and to whom (user ids: every connection of
 * each). The socket layer implements it (rooms, adapter), so services stay transport-free and REST
 * and socket actions announce the same way.
 */
export interface MessageEvents {
  /**
   * `exceptConnection`: the connection the message was sent on, which has it from its own
   * acknowledgement; every other connection of the recipients gets it.
   */
  messageCreated(message: MessageJson, recipients: readonly number[], exceptConnection?: string): void;
  /** An edit or a deletion; per reader when the message has reactions. */
  messageUpdated(message: MessageJson | ForReader<MessageJson>, recipients: readonly number[]): void;
  /** A reaction was added or removed: each recipient gets the message's reactions with their own `me`. */
  reactionsChanged(reactions: ForReader<MessageReactionsJson>, recipients: readonly number[]): void;
  /** A message was pinned or unpinned (also when a pinned message is deleted). */
  messagePinned(pin: MessagePinnedJson, recipients: readonly number[]): void;
  /** Receipts moved: the senders of those messages and the reader's other tabs hear of it. */
  receiptsChanged(receipt: ReceiptJson, recipients: readonly number[]): void;
  /** A group was created or changed (name, members, roles): its members get the new state. */
  groupChanged(group: GroupJson, recipients: readonly number[]): void;
  /** These people are no longer members (removed, or left): their tabs drop the group. */
  groupLeft(groupId: number, userIds: readonly number[]): void;
}
