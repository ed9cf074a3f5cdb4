import type { ConversationJson, MessageJson, ReceiptJson, SearchResultJson, UserJson } from "./types";

/** An error the server answered with: its status and its `{error}` message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export interface Session {
  token: string;
  user: UserJson;
}

export interface ConversationPage {
  messages: MessageJson[];
  has_more: boolean;
  /** The partner's progress on the caller's messages (absent from servers older than issue 6). */
  partner_receipt?: ReceiptJson;
  /** The caller's own progress on the partner's messages. */
  my_receipt?: ReceiptJson;
}

/** Thin typed wrapper over the REST API; every non-2xx becomes an ApiError. */
export class ChatApi {
  constructor(
    private readonly baseUrl: string,
    private token: string | null = null,
    private readonly fetchImpl: typeof fetch = (...args) => fetch(...args),
  ) {}

  setToken(token: string | null): void {
    this.token = token;
  }

  register(username: string, email: string, password: string): Promise<Session> {
    return this.request("POST", "/api/register", { username, email, password });
  }

  login(username: string, password: string): Promise<Session> {
    return this.request("POST", "/api/login", { username, password });
  }

  me(): Promise<{ user: UserJson }> {
    return this.request("GET", "/api/me");
  }

  searchUsers(search: string): Promise<{ users: UserJson[] }> {
    return this.request("GET", `/api/users?search=${encodeURIComponent(search)}`);
  }

  /** Messages of the caller's conversations matching the words of `q`, newest first (50 a page). */
  searchMessages(q: string, before?: number): Promise<{ results: SearchResultJson[]; has_more: boolean }> {
    const query = new URLSearchParams({ q });
    if (before !== undefined) query.set("before", String(before));
    return this.request("GET", `/api/search?${query}`);
  }

  conversations(): Promise<{ conversations: ConversationJson[] }> {
    return this.request("GET", "/api/conversations");
  }

  conversation(partnerId: number, cursor: { before?: number; after?: number; limit?: number } = {}): Promise<ConversationPage> {
    const query = new URLSearchParams();
    if (cursor.before !== undefined) query.set("before", String(cursor.before));
    if (cursor.after !== undefined) query.set("after", String(cursor.after));
    if (cursor.limit !== undefined) query.set("limit", String(cursor.limit));
    const suffix = query.size > 0 ? `?${query}` : "";
    return this.request("GET", `/api/messages/conversation/${partnerId}${suffix}`);
  }

  send(receiverId: number, content: string, clientId: string): Promise<{ message: MessageJson }> {
    return this.request("POST", "/api/messages/send", { receiver_id: receiverId, message_content: content, client_id: clientId });
  }

  markRead(partnerId: number, upToId: number): Promise<{ receipt: ReceiptJson }> {
    return this.request("POST", "/api/messages/read", { partner_id: partnerId, up_to_id: upToId });
  }

  markDelivered(partnerId: number, upToId: number): Promise<{ receipt: ReceiptJson }> {
    return this.request("POST", "/api/messages/delivered", { partner_id: partnerId, up_to_id: upToId });
  }

  edit(messageId: number, content: string): Promise<{ message: MessageJson }> {
    return this.request("PATCH", `/api/messages/${messageId}`, { message_content: content });
  }

  remove(messageId: number): Promise<{ message: MessageJson }> {
    return this.request("DELETE", `/api/messages/${messageId}`);
  }

  private async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = {};
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    if (body !== undefined) headers["content-type"] = "application/json";
    const response = await this.fetchImpl(this.baseUrl + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await response.json().catch(() => ({}))) as { error?: string };
    if (!response.ok) {
      const retryAfter = Number(response.headers.get("retry-after")) || undefined;
      throw new ApiError(response.status, json.error ?? `HTTP ${response.status}`, retryAfter);
    }
    return json as T;
  }
}
