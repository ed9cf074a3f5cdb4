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
}

export interface ConversationJson {
  partner: UserJson;
  last_message: MessageJson;
}

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
