import type { DirectConversationJson, MessageJson, OutboxEntry } from "@chat-app/client";
import { toMessages } from "./messages";
import { rowOf, withMessage } from "./rows";

const SELF = 1;
const message = (id: number, sender: number, text: string, extra: Partial<MessageJson> = {}): MessageJson =>
  ({ id, sender_id: sender, receiver_id: sender === SELF ? 2 : SELF, message_content: text, timestamp: 1_000 + id, ...extra }) as MessageJson;

const conversation = (partnerId: number, name: string, last: MessageJson, unread = 0): DirectConversationJson => ({
  partner: { id: partnerId, username: name },
  last_message: last,
  unread_count: unread,
});

describe("the chat list's rows", () => {
  const rows = [rowOf(conversation(2, "bob", message(5, 2, "hi"), 1)), rowOf(conversation(3, "carol", message(4, 3, "yo")))];

  it("are keyed by the conversation, with the partner's name and the last message", () => {
    expect(rows[0]).toMatchObject({ id: "u:2", name: "bob", lastMessage: "hi", lastMessageAt: 1_005, unreadCount: 1 });
  });

  it("move a conversation with a new message to the top, one more unread", () => {
    const next = withMessage(rows, "u:3", message(6, 3, "news"), SELF, null);
    expect(next?.map((r) => [r.id, r.lastMessage, r.unreadCount])).toEqual([
      ["u:3", "news", 1],
      ["u:2", "hi", 1],
    ]);
  });

  it("count nothing unread for my own message or the conversation on screen", () => {
    expect(withMessage(rows, "u:2", message(7, SELF, "mine"), SELF, null)?.[0]?.unreadCount).toBe(0);
    expect(withMessage(rows, "u:2", message(8, 2, "seen"), SELF, "u:2")?.[0]?.unreadCount).toBe(0);
  });

  it("say when a conversation is new (only the server knows the name)", () => {
    expect(withMessage(rows, "u:9", message(9, 9, "hello"), SELF, null)).toBeNull();
  });
});

describe("the conversation's messages", () => {
  const pending = (clientId: string, text: string, failed?: string): OutboxEntry =>
    ({ client_id: clientId, message_content: text, created_at: 2_000, failed }) as OutboxEntry;

  it("key my stored messages by client_id and show the outbox's unacknowledged ones after them", () => {
    const stored = [message(1, 2, "hi"), message(2, SELF, "hello", { client_id: "c1" })];
    const shown = toMessages(stored, [pending("c1", "hello"), pending("c2", "queued"), pending("c3", "refused", "too long")], SELF, () => "read");
    expect(shown.map((m) => [m.id, m.text, m.status])).toEqual([
      [1, "hi", undefined],
      ["c1", "hello", "read"],
      ["c2", "queued", "sending"],
      ["c3", "refused", "failed"],
    ]);
  });

  it("show a deleted message without its text", () => {
    const [shown] = toMessages([message(3, 2, "secret", { deleted_at: "2026-01-01T00:00:00.000Z" })], [], SELF, () => "sent");
    expect(shown).toMatchObject({ text: "", deleted: true });
  });
});
