import { editMessageSchema, messageIdPayloadSchema, receiptSchema, sendMessageSchema } from "../http/schemas";
import type { MessageService } from "../services/message.service";
import type { ReceiptService } from "../services/receipt.service";
import { onAction } from "./respond";
import type { ChatSocket } from "./types";

/** Socket twins of the message REST routes: same schemas, same services, replies as acks. */
export function registerMessageHandlers(
  socket: ChatSocket,
  services: { messages: MessageService; receipts: ReceiptService },
  log: (error: unknown) => void,
): void {
  const { messages, receipts } = services;
  const userId = () => socket.data.userId;
  onAction(socket, "message:send", sendMessageSchema, async (input) => ({ message: (await messages.send(userId(), input, { connectionId: socket.id })).message }), log);
  onAction(socket, "message:edit", editMessageSchema.extend(messageIdPayloadSchema.shape), async ({ id, ...input }) => ({ message: await messages.edit(userId(), id, input) }), log);
  onAction(socket, "message:delete", messageIdPayloadSchema, async ({ id }) => ({ message: await messages.remove(userId(), id) }), log);
  onAction(socket, "message:read", receiptSchema, async (input) => ({ receipt: await receipts.markRead(userId(), input) }), log);
  onAction(socket, "message:delivered", receiptSchema, async (input) => ({ receipt: await receipts.markDelivered(userId(), input) }), log);
}
