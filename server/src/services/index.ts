import type { DataSource } from "typeorm";
import { MessageQueries } from "../db/message-queries";
import type { MessageEvents } from "./message-events";
import { MessageService } from "./message.service";
import { ReceiptService } from "./receipt.service";
import { SearchService } from "./search.service";
import { UserService } from "./user.service";

/** The services that need only the database and an event sink: the server wires them, so do tools. */
export function createDomainServices(dataSource: DataSource, events: MessageEvents) {
  const users = new UserService(dataSource);
  const queries = new MessageQueries(dataSource);
  const receipts = new ReceiptService(dataSource, users, queries, events);
  const messages = new MessageService(dataSource, events, receipts, users, queries);
  const search = new SearchService(dataSource);
  return { users, receipts, messages, search };
}
