import type { GroupJson, MessagePinnedJson, MessageReactionsJson } from "@chat-app/protocol";
import type { ForReader, MessageEvents, ReceiptJson } from "../services/message-events";
import type { MessageJson } from "../services/presenters";
import { userRoom } from "./rooms";
import type { ChatServer } from "./types";

/** Pushes committed changes to every connected socket of each recipient (across processes via the adapter). */
export class SocketMessageEvents implements MessageEvents {
  constructor(private readonly io: ChatServer) {}

  messageCreated(message: MessageJson, recipients: readonly number[], exceptConnection?: string): void {
    const rooms = this.to(recipients);
    (exceptConnection ? rooms.except(exceptConnection) : rooms).emit("message:new", message);
  }

  messageUpdated(message: MessageJson | ForReader<MessageJson>, recipients: readonly number[]): void {
    if (typeof message === "function") {
      for (const userId of new Set(recipients)) this.emitUpdated(message(userId), [userId]);
    } else {
      this.emitUpdated(message, recipients);
    }
  }

  reactionsChanged(reactions: ForReader<MessageReactionsJson>, recipients: readonly number[]): void {
    for (const userId of new Set(recipients)) this.to([userId]).emit("message:reaction", reactions(userId));
  }

  messagePinned(pin: MessagePinnedJson, recipients: readonly number[]): void {
    this.to(recipients).emit("message:pinned", pin);
  }

  private emitUpdated(message: MessageJson, recipients: readonly number[]): void {
    this.to(recipients).emit("message:updated", message);
    if (message.deleted_at !== null) this.to(recipients).emit("message:deleted", message);
  }

  receiptsChanged(receipt: ReceiptJson, recipients: readonly number[]): void {
    this.to(recipients).emit("message:status", receipt);
  }

  groupChanged(group: GroupJson, recipients: readonly number[]): void {
    this.to(recipients).emit("group:updated", group);
  }

  groupLeft(groupId: number, userIds: readonly number[]): void {
    this.to(userIds).emit("group:removed", { group_id: groupId });
  }

  private to(userIds: readonly number[]) {
    return this.io.to([...new Set(userIds)].map(userRoom));
  }
}
