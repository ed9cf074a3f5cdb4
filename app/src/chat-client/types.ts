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
  receiver_id: number;
  message_content: string;
  timestamp: string;
  client_id: string;
  /** ISO time of the last edit, or null (absent from servers older than issue 6). */
  edited_at?: string | null;
  /** ISO time of deletion, or null; a deleted message's content is "". */
  deleted_at?: string | null;
}

/** A message found by `GET /api/search`, with the other person of its conversation. */
export interface SearchResultJson extends MessageJson {
  partner_id: number;
  partner_username: string;
}

export interface ConversationJson {
  partner: UserJson;
  last_message: MessageJson;
  /** The partner's messages after the caller's read marker. */
  unread_count: number;
}

/** How far one side of a conversation has received and read the other side's messages. */
export interface ReceiptJson {
  /** The user whose progress this is. */
  user_id: number;
  /** Their partner, whose messages were received/read. */
  partner_id: number;
  delivered_up_to_id: number;
  read_up_to_id: number;
}

export interface PresenceJson {
  user_id: number;
  online: boolean;
  /** When the user's last tab closed; null while online or when never seen. */
  last_seen_at: string | null;
}

export interface TypingJson {
  user_id: number;
  receiver_id: number;
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
