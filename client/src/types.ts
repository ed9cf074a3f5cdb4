import type * as Protocol from "@chat-app/protocol";

/**
 * The server's JSON, from `@chat-app/protocol` (the types the server itself builds). The client reads
 * it a little more leniently: fields added after the first release are optional, so a tab still
 * works against an older server during a deploy, and the two kinds of conversation rows and
 * receipts carry an explicit `undefined` for the other kind's key, so `row.group` / `receipt.group_id`
 * tell them apart.
 */
export interface UserJson extends Protocol.PublicUserJson, Partial<Omit<Protocol.OwnUserJson, keyof Protocol.PublicUserJson>> {}

type AddedSinceFirstRelease =
  | "group_id"
  | "edited_at"
  | "deleted_at"
  | "kind"
  | "notice"
  | "attachments"
  | "reply_to"
  | "reactions"
  | "mentions"
  | "forwarded_from"
  | "pinned"
  | "link_preview";
export interface MessageJson
  extends Omit<Protocol.MessageJson, AddedSinceFirstRelease>, Partial<Pick<Protocol.MessageJson, AddedSinceFirstRelease>> {}

/** A message found by `GET /api/search`: a direct hit names the other person, a group hit its group. */
export interface SearchResultJson
  extends MessageJson, Pick<Protocol.SearchResultJson, "partner_id" | "partner_username">, Partial<Pick<Protocol.SearchResultJson, "group_name">> {}

/** A member as a group's JSON lists them; the profile fields came later (an older server leaves them out). */
export interface GroupMemberJson extends Omit<Protocol.GroupMemberJson, keyof Protocol.ProfileFieldsJson>, Partial<Protocol.ProfileFieldsJson> {}
export interface GroupJson extends Omit<Protocol.GroupJson, "members" | "members_can_pin">, Partial<Pick<Protocol.GroupJson, "members_can_pin">> {
  members: GroupMemberJson[];
}

/** Conversation-row fields an older server may not send. */
type RowAddedSinceFirstRelease = "mention_count" | "first_unread_id";

/** A direct chat in `GET /api/conversations`. */
export interface DirectConversationJson
  extends
    Omit<Protocol.DirectConversationSummary, "partner" | "last_message" | RowAddedSinceFirstRelease>,
    Partial<Pick<Protocol.DirectConversationSummary, RowAddedSinceFirstRelease>> {
  partner: UserJson;
  last_message: MessageJson;
  group?: undefined;
}

/** A group in `GET /api/conversations` (no message yet: `last_message` null). */
export interface GroupConversationJson
  extends
    Omit<Protocol.GroupConversationSummary, "last_message" | "last_sender" | RowAddedSinceFirstRelease>,
    Partial<Pick<Protocol.GroupConversationSummary, "last_sender" | RowAddedSinceFirstRelease>> {
  last_message: MessageJson | null;
  partner?: undefined;
}

export type ConversationJson = DirectConversationJson | GroupConversationJson;

export interface DirectReceiptJson extends Protocol.DirectReceiptJson {
  group_id?: undefined;
}

export interface GroupReceiptJson extends Protocol.GroupReceiptJson {
  partner_id?: undefined;
}

export type ReceiptJson = DirectReceiptJson | GroupReceiptJson;

export type PresenceJson = Protocol.PresenceJson;

export type AttachmentJson = Protocol.AttachmentJson;

/** Someone started or stopped typing: to me (`receiver_id`) or in a group (`group_id`). */
export interface TypingJson {
  user_id: number;
  receiver_id?: number | null;
  group_id?: number | null;
  typing: boolean;
}

/** What the server says of one of the reader's own messages. */
export type ReceiptStatus = "sent" | "delivered" | "read";

/** What the browser's localStorage offers; tests pass an in-memory one. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** In memory, with `length` and `key(i)` as the browser's Storage has them. */
export class MemoryStorage implements KeyValueStorage {
  private readonly values = new Map<string, string>();
  get length(): number {
    return this.values.size;
  }
  key(index: number): string | null {
    return [...this.values.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.values.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.values.set(key, value);
  }
  removeItem(key: string) {
    this.values.delete(key);
  }
}
