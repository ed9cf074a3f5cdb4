import type { GroupJson, MessageJson, ReceiptJson } from "@chat-app/protocol";

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
  /** An edit or a deletion. */
  messageUpdated(message: MessageJson, recipients: readonly number[]): void;
  /** Receipts moved: the senders of those messages and the reader's other tabs hear of it. */
  receiptsChanged(receipt: ReceiptJson, recipients: readonly number[]): void;
  /** A group was created or changed (name, members, roles): its members get the new state. */
  groupChanged(group: GroupJson, recipients: readonly number[]): void;
  /** These people are no longer members (removed, or left): their tabs drop the group. */
  groupLeft(groupId: number, userIds: readonly number[]): void;
}
