import type { MessageEvents, ReceiptJson } from "../services/message-events";
import type { MessageJson } from "../services/presenters";
import { userRoom } from "./rooms";
import type { ChatServer } from "./types";

/** Pushes committed changes to every connected socket of both people in the conversation. */
export class SocketMessageEvents implements MessageEvents {
  constructor(private readonly io: ChatServer) {}

  messageCreated(message: MessageJson, exceptConnection?: string): void {
    const rooms = this.io.to([userRoom(message.receiver_id), userRoom(message.sender_id)]);
    (exceptConnection ? rooms.except(exceptConnection) : rooms).emit("message:new", message);
  }

  messageUpdated(message: MessageJson): void {
    this.io.to([userRoom(message.receiver_id), userRoom(message.sender_id)]).emit("message:updated", message);
  }

  receiptsChanged(receipt: ReceiptJson): void {
    // The partner sent those messages and shows delivered/read; the reader's other tabs clear unread.
    this.io.to([userRoom(receipt.partner_id), userRoom(receipt.user_id)]).emit("message:status", receipt);
  }
}
