import { type ConversationRow, groupKey, type MessageJson, type OutboxEntry, userKey } from "@chat-app/client";
import { loadLanguage, t } from "../../../app/src/i18n/i18n";
import { fileCatalog } from "../../../app/src/i18n/test-catalogs";
import { toMessages } from "./messages";
import { chatSummaries as summariesWith } from "./summaries";

const SELF = 1;
const message = (id: number, sender: number, text: string, extra: Partial<MessageJson> = {}): MessageJson =>
  ({ id, sender_id: sender, receiver_id: sender === SELF ? 2 : SELF, message_content: text, timestamp: 1_000 + id, ...extra }) as MessageJson;

describe("the chat list's rows", () => {
  const direct = (partnerId: number, name: string, last: MessageJson, unread = 0): ConversationRow => ({
    key: userKey(partnerId),
    kind: "direct",
    id: partnerId,
    name,
    last,
    activity: last.id,
    unread,
    mentions: 0,
  });
  const names = new Map([[3, "carol"]]);
  const context = { selfId: SELF, presence: new Map(), typing: new Map(), groups: new Map(), userName: (id: number) => names.get(id) ?? `#${id}`, t };
  const chatSummaries = (rows: ConversationRow[]) => summariesWith(rows, context);
  beforeAll(() => loadLanguage("en", fileCatalog));

  it('show the partner\'s name, the last message (mine with "You: ") and the unread count', () => {
    const shown = chatSummaries([direct(2, "bob", message(5, 2, "hi"), 1), direct(4, "dan", message(4, SELF, "mine"))]);
    expect(shown.map((s) => [s.id, s.name, s.lastMessage, s.unreadCount])).toEqual([
      ["u:2", "bob", "hi", 1],
      ["u:4", "dan", "You: mine", 0],
    ]);
  });

  it("show a group with its last message's author, its mentions, and a deleted message as such", () => {
    const group: ConversationRow = {
      key: groupKey(7),
      kind: "group",
      id: 7,
      name: "team",
      memberCount: 3,
      last: message(9, 3, "lunch?", { group_id: 7 }),
      activity: 9,
      unread: 2,
      mentions: 1,
    };
    const [shown] = chatSummaries([group]);
    expect(shown).toMatchObject({ id: "g:7", kind: "group", name: "team", lastMessage: "lunch?", lastMessageAuthor: "carol", mentionCount: 1 });
    const [mine] = chatSummaries([{ ...group, last: message(10, SELF, "x", { group_id: 7, deleted_at: "2026-01-01T00:00:00.000Z" }) }]);
    expect(mine).toMatchObject({ lastMessage: "Message deleted", lastMessageAuthor: "You" });
  });

  it("are the same objects for unchanged rows, so the list's rows stay memoized", () => {
    const bob = direct(2, "bob", message(5, 2, "hi"));
    const [first] = chatSummaries([bob]);
    const [again, fresh] = chatSummaries([bob, direct(3, "carol", message(6, 3, "yo"))]);
    expect(again).toBe(first);
    expect(fresh).toMatchObject({ name: "carol" });
    expect(chatSummaries([{ ...bob, unread: 1 }])[0]).not.toBe(first);
  });

  it("are worded in the language shown, and a row changes when the language does", async () => {
    const row = direct(4, "dan", message(4, SELF, "mine"));
    const [english] = chatSummaries([row]);
    await loadLanguage("es", fileCatalog);
    try {
      const [spanish] = chatSummaries([row]);
      expect([english?.lastMessage, spanish?.lastMessage]).toEqual(["You: mine", "Tú: mine"]);
    } finally {
      await loadLanguage("en", fileCatalog);
    }
  });
});

describe("the conversation's messages", () => {
  const pending = (clientId: string, text: string, failed?: string): OutboxEntry =>
    ({ client_id: clientId, message_content: text, created_at: 2_000, failed }) as OutboxEntry;

  it("key my stored messages by client_id and show the outbox's unacknowledged ones after them", () => {
    const stored = [message(1, 2, "hi"), message(2, SELF, "hello", { client_id: "c1" })];
    const shown = toMessages(stored, [pending("c1", "hello"), pending("c2", "queued"), pending("c3", "refused", "too long")], SELF, () => "read", t);
    expect(shown.map((m) => [m.id, m.text, m.status])).toEqual([
      [1, "hi", undefined],
      ["c1", "hello", "read"],
      ["c2", "queued", "sending"],
      ["c3", "refused", "failed"],
    ]);
  });

  it("show a deleted message without its text", () => {
    const [shown] = toMessages([message(3, 2, "secret", { deleted_at: "2026-01-01T00:00:00.000Z" })], [], SELF, () => "sent", t);
    expect(shown).toMatchObject({ text: "", deleted: true });
  });

  it("word a group's notice for the reader, naming members as they show themselves now", () => {
    const notice = message(4, 2, "bob added carol", {
      kind: "system",
      notice: { event: "added", actor: { id: 2, username: "bob" }, users: [{ id: 3, username: "carol" }] },
    });
    const nameOf = (user: { id: number; username: string }) => (user.id === 3 ? "Carol Danvers" : user.username);
    expect(toMessages([notice], [], SELF, () => "sent", t)[0]!.text).toBe("bob added carol");
    expect(toMessages([notice], [], SELF, () => "sent", t, nameOf)[0]!.text).toBe("bob added Carol Danvers");
  });
});
