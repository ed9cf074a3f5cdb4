import type { DataSource } from "typeorm";
import { GroupMemberQueries } from "../db/group-member-queries";
import { GroupMessageQueries } from "../db/group-message-queries";
import { GroupQueries } from "../db/group-queries";
import { MessageQueries } from "../db/message-queries";
import { ReadMarkerQueries } from "../db/read-marker-queries";
import { StoredMessageQueries } from "../db/stored-message-queries";
import { UserQueries } from "../db/user-queries";
import { ChangeService } from "./change.service";
import { GroupService } from "./group.service";
import type { MessageEvents } from "./message-events";
import { MessageService } from "./message.service";
import { ReceiptService } from "./receipt.service";
import { SearchService } from "./search.service";
import { UserService } from "./user.service";

/** The services that need only the database and an event sink: the server wires them, so do tools. */
export function createDomainServices(dataSource: DataSource, events: MessageEvents) {
  const userQueries = new UserQueries(dataSource);
  const messageQueries = new MessageQueries(dataSource);
  const groupMessageQueries = new GroupMessageQueries(dataSource);
  const memberQueries = new GroupMemberQueries(dataSource);
  const users = new UserService(userQueries);
  const groups = new GroupService(new GroupQueries(dataSource), memberQueries, userQueries, groupMessageQueries, events);
  const receipts = new ReceiptService(new ReadMarkerQueries(dataSource), messageQueries, groupMessageQueries, memberQueries, users, events, groups);
  const messages = new MessageService(new StoredMessageQueries(dataSource), messageQueries, groupMessageQueries, events, receipts, users, groups);
  const search = new SearchService(dataSource);
  const changes = new ChangeService(dataSource);
  return { users, userQueries, receipts, messages, search, groups, changes };
}
