import type { ConversationJson, MessageJson } from "../chat-client";
import { conversationsReducer, type ConversationRow } from "./conversations";

const ME = 1;
let nextId = 100;
function message(from: number, to: number, text = "hi", id = nextId++): MessageJson {
  return { id, sender_id: from, receiver_id: to, message_content: text, timestamp: new Date(id * 1000).toISOString(), client_id: `c-${id}` };
}
function conversation(partner: number, name: string, last: MessageJson, unread = 0): ConversationJson {
  return { partner: { id: partner, username: name }, last_message: last, unread_count: unread };
}
const names = (rows: ConversationRow[]) => rows.map((r) => r.partner.username);

describe("conversationsReducer", () => {
  it("takes the server's list, most recent first", () => {
    const rows = conversationsReducer([], {
      type: "loaded",
      conversations: [conversation(2, "bob", message(2, ME, "old", 10)), conversation(3, "carol", message(ME, 3, "new", 20))],
    });
    expect(names(rows)).toEqual(["carol", "bob"]);
    expect(rows.every((r) => r.unread === 0)).toBe(true);
  });

  it("moves a conversation to the top on a new message and updates its preview", () => {
    let rows = conversationsReducer([], {
      type: "loaded",
      conversations: [conversation(3, "carol", message(ME, 3, "c", 20)), conversation(2, "bob", message(2, ME, "b", 10))],
    });
    const incoming = message(2, ME, "news from bob", 30);
    rows = conversationsReducer(rows, { type: "message", message: incoming, partnerId: 2, selfId: ME, openId: null });
    expect(names(rows)).toEqual(["bob", "carol"]);
    expect(rows[0]!.last).toBe(incoming);
    expect(rows[0]!.unread).toBe(1);
  });

  it("counts unread only for the partner's messages in conversations that are not open", () => {
    let rows: ConversationRow[] = [];
    rows = conversationsReducer(rows, { type: "message", message: message(2, ME), partnerId: 2, selfId: ME, openId: null, partnerName: "bob" });
    rows = conversationsReducer(rows, { type: "message", message: message(2, ME), partnerId: 2, selfId: ME, openId: null });
    rows = conversationsReducer(rows, { type: "message", message: message(ME, 2), partnerId: 2, selfId: ME, openId: null });
    expect(rows[0]!.unread).toBe(2);
    rows = conversationsReducer(rows, { type: "message", message: message(3, ME), partnerId: 3, selfId: ME, openId: 3, partnerName: "carol" });
    expect(rows.find((r) => r.partner.id === 3)!.unread).toBe(0);
    rows = conversationsReducer(rows, { type: "opened", partnerId: 2 });
    expect(rows.find((r) => r.partner.id === 2)!.unread).toBe(0);
  });

  it("starts a row for someone new, with a placeholder name until the server's list has theirs", () => {
    let rows = conversationsReducer([], { type: "message", message: message(7, ME, "hello", 50), partnerId: 7, selfId: ME, openId: null });
    expect(rows[0]!.partner).toEqual({ id: 7, username: "User 7" });
    rows = conversationsReducer(rows, { type: "loaded", conversations: [conversation(7, "zoe", message(7, ME, "hello", 50), 1)] });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.partner.username).toBe("zoe");
    expect(rows[0]!.unread).toBe(1);
  });

  it("ignores older messages (history pages) and keeps a live message newer than a stale server answer", () => {
    let rows = conversationsReducer([], { type: "loaded", conversations: [conversation(2, "bob", message(2, ME, "latest", 40))] });
    const before = rows;
    rows = conversationsReducer(rows, { type: "message", message: message(2, ME, "older", 5), partnerId: 2, selfId: ME, openId: null });
    expect(rows).toBe(before);
    const live = message(2, ME, "live", 60);
    rows = conversationsReducer(rows, { type: "message", message: live, partnerId: 2, selfId: ME, openId: null });
    rows = conversationsReducer(rows, { type: "loaded", conversations: [conversation(2, "bob", message(2, ME, "latest", 40))] });
    expect(rows[0]!.last).toBe(live);
    expect(rows[0]!.unread).toBe(1);
  });

  it("keeps rows that arrived live but are missing from the server's answer", () => {
    let rows = conversationsReducer([], { type: "message", message: message(9, ME, "x", 70), partnerId: 9, selfId: ME, openId: null, partnerName: "ivy" });
    rows = conversationsReducer(rows, { type: "loaded", conversations: [conversation(2, "bob", message(2, ME, "b", 10))] });
    expect(names(rows)).toEqual(["ivy", "bob"]);
  });

  it("resets to nothing", () => {
    const rows = conversationsReducer([], { type: "message", message: message(2, ME), partnerId: 2, selfId: ME, openId: null });
    expect(conversationsReducer(rows, { type: "reset" })).toEqual([]);
  });

  it("takes unread counts from the server, which wins over the client's own counting", () => {
    let rows = conversationsReducer([], { type: "message", message: message(2, ME, "x", 80), partnerId: 2, selfId: ME, openId: null });
    rows = conversationsReducer(rows, { type: "message", message: message(2, ME, "y", 81), partnerId: 2, selfId: ME, openId: null });
    expect(rows[0]!.unread).toBe(2);
    // Another tab read them: the server's answer says so.
    rows = conversationsReducer(rows, { type: "loaded", conversations: [conversation(2, "bob", message(2, ME, "y", 81), 0)] });
    expect(rows[0]!.unread).toBe(0);
    rows = conversationsReducer(rows, { type: "loaded", conversations: [conversation(2, "bob", message(2, ME, "y", 81), 5)] });
    expect(rows[0]!.unread).toBe(5);
  });

  it("clears unread when my read marker reaches the row's last message, not before", () => {
    let rows = conversationsReducer([], { type: "loaded", conversations: [conversation(2, "bob", message(2, ME, "b", 90), 3)] });
    const before = rows;
    rows = conversationsReducer(rows, { type: "read", partnerId: 2, upToId: 89 });
    expect(rows).toBe(before);
    rows = conversationsReducer(rows, { type: "read", partnerId: 2, upToId: 90 });
    expect(rows[0]!.unread).toBe(0);
  });

  it("updates the preview when the last message is edited or deleted, and only then", () => {
    const last = message(2, ME, "teh", 95);
    let rows = conversationsReducer([], { type: "loaded", conversations: [conversation(2, "bob", last)] });
    const edited = { ...last, message_content: "the", edited_at: "2026-11-25T10:00:00.000Z" };
    rows = conversationsReducer(rows, { type: "updated", message: edited, partnerId: 2 });
    expect(rows[0]!.last).toBe(edited);
    const before = rows;
    rows = conversationsReducer(rows, { type: "updated", message: { ...message(2, ME, "older", 94), deleted_at: "2026-11-25T10:00:00.000Z" }, partnerId: 2 });
    expect(rows).toBe(before);
  });
});
