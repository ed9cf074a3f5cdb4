/** The server's JSON, as documented in docs/architecture.md. */
export interface UserJson {
  id: number;
  username: string;
  email?: string;
  created_at?: string;
}

export interface MessageJson {
  id: number;
  sender_id: number;
  /** The person a direct message went to; null for a group message. */
  receiver_id: number | null;
  /** The group a group message went to; null (or absent, from servers before groups) for a direct one. */
  group_id?: number | null;
  message_content: string;
  timestamp: string;
  client_id: string;
  /** ISO time of the last edit, or null (absent from servers older than issue 6). */
  edited_at?: string | null;
  /** ISO time of deletion, or null; a deleted message's content is "". */
  deleted_at?: string | null;
}

/**
 * A message found by `GET /api/search`: a direct hit names the other person of its conversation,
 * a group hit its group (and has null partner fields).
 */
export interface SearchResultJson extends MessageJson {
  partner_id: number | null;
  partner_username: string | null;
  group_name?: string | null;
}

export interface GroupMemberJson {
  id: number;
  username: string;
  role: "admin" | "member";
}

export interface GroupJson {
  id: number;
  name: string;
  created_by: number | null;
  created_at: string;
  members: GroupMemberJson[];
}

/** A direct chat in `GET /api/conversations`. */
export interface DirectConversationJson {
  partner: UserJson;
  last_message: MessageJson;
  /** The partner's messages after the caller's read marker. */
  unread_count: number;
  group?: undefined;
}

/** A group in `GET /api/conversations` (no message yet: `last_message` null). */
export interface GroupConversationJson {
  group: { id: number; name: string; member_count: number };
  last_message: MessageJson | null;
  /** The other members' messages after the caller's read marker. */
  unread_count: number;
  partner?: undefined;
}

export type ConversationJson = DirectConversationJson | GroupConversationJson;

/** How far one side of a direct chat has received and read the other side's messages. */
export interface DirectReceiptJson {
  /** The user whose progress this is. */
  user_id: number;
  /** Their partner, whose messages were received/read. */
  partner_id: number;
  delivered_up_to_id: number;
  read_up_to_id: number;
  group_id?: undefined;
}

/** How far one member of a group has received and read the group's messages. */
export interface GroupReceiptJson {
  user_id: number;
  group_id: number;
  delivered_up_to_id: number;
  read_up_to_id: number;
  partner_id?: undefined;
}

export type ReceiptJson = DirectReceiptJson | GroupReceiptJson;

export interface PresenceJson {
  user_id: number;
  online: boolean;
  /** When the user's last tab closed; null while online or when never seen. */
  last_seen_at: string | null;
}

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

export class MemoryStorage implements KeyValueStorage {
  private readonly values = new Map<string, string>();
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
