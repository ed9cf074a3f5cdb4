import type { DataSource } from "typeorm";
import type { MessageEvents } from "./message-events";
import { MessageService } from "./message.service";
import { ReceiptService } from "./receipt.service";
import { UserService } from "./user.service";

/** The services that need only the database and an event sink: the server wires them, so do tools. */
export function createDomainServices(dataSource: DataSource, events: MessageEvents) {
  const users = new UserService(dataSource);
  const receipts = new ReceiptService(dataSource, users, events);
  const messages = new MessageService(dataSource, events, receipts);
  return { users, receipts, messages };
}
