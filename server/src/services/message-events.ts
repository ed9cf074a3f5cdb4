import type { MessageJson } from "./presenters";

/** How far one side of a direct conversation has received and read it. */
export interface ReceiptJson {
  /** The user whose progress this is. */
  user_id: number;
  /** Their partner, whose messages were received/read. */
  partner_id: number;
  delivered_up_to_id: number;
  read_up_to_id: number;
}

/**
 * What services announce after a change is committed; the socket layer implements it (rooms,
 * adapter), so services stay transport-free and REST and socket actions announce the same way.
 */
export interface MessageEvents {
  /**
   * `exceptConnection`: the connection the message was sent on, which has it from its own
   * acknowledgement; every other connection of both people gets it.
   */
  messageCreated(message: MessageJson, exceptConnection?: string): void;
  /** An edit or a deletion. */
  messageUpdated(message: MessageJson): void;
  /** Receipts moved: the partner (the messages' sender) and the user's other tabs hear of it. */
  receiptsChanged(receipt: ReceiptJson): void;
}
