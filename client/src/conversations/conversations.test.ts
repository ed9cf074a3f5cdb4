import { groupKey, userKey } from "../keys";
import type { ConversationJson, GroupJson, MessageJson } from "../types";
import { conversationsReducer, type ConversationRow } from "./conversations";

const ME = 1;
let nextId = 100;
function message(from: number, to: number, text = "hi", id = nextId++): MessageJson {
  return { id, sender_id: from, receiver_id: to, message_content: text, timestamp: new Date(id * 1000).toISOString(), client_id: `c-${id}` };
}
function conversation(partner: number, name: string, last: MessageJson, unread = 0): ConversationJson {
  return { partner: { id: partner, username: name }, last_message: last, unread_count: unread };
}
const names = (rows: ConversationRow[]) => rows.map((r) => r.name);
const u = userKey;

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
    rows = conversationsReducer(rows, { type: "message", message: incoming, key: u(2), selfId: ME, openKey: null });
    expect(names(rows)).toEqual(["bob", "carol"]);
    expect(rows[0]!.last).toBe(incoming);
    expect(rows[0]!.unread).toBe(1);
  });

  it("counts unread only for the partner's messages in conversations that are not open", () => {
    let rows: ConversationRow[] = [];
    rows = conversationsReducer(rows, { type: "message", message: message(2, ME), key: u(2), selfId: ME, openKey: null, name: "bob" });
    rows = conversationsReducer(rows, { type: "message", message: message(2, ME), key: u(2), selfId: ME, openKey: null });
    rows = conversationsReducer(rows, { type: "message", message: message(ME, 2), key: u(2), selfId: ME, openKey: null });
    expect(rows[0]!.unread).toBe(2);
    rows = conversationsReducer(rows, { type: "message", message: message(3, ME), key: u(3), selfId: ME, openKey: u(3), name: "carol" });
    expect(rows.find((r) => r.id === 3)!.unread).toBe(0);
    rows = conversationsReducer(rows, { type: "opened", key: u(2) });
    expect(rows.find((r) => r.id === 2)!.unread).toBe(0);
  });

  it("starts a row for someone new, with a placeholder name until the server's list has theirs", () => {
    let rows = conversationsReducer([], { type: "message", message: message(7, ME, "hello", 50), key: u(7), selfId: ME, openKey: null });
    expect(rows[0]).toMatchObject({ key: "u:7", kind: "direct", id: 7, name: "User 7" });
    rows = conversationsReducer(rows, { type: "loaded", conversations: [conversation(7, "zoe", message(7, ME, "hello", 50), 1)] });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.name).toBe("zoe");
    expect(rows[0]!.unread).toBe(1);
  });

  it("ignores older messages (history pages) and keeps a live message newer than a stale server answer", () => {
    let rows = conversationsReducer([], { type: "loaded", conversations: [conversation(2, "bob", message(2, ME, "latest", 40))] });
    const before = rows;
    rows = conversationsReducer(rows, { type: "message", message: message(2, ME, "older", 5), key: u(2), selfId: ME, openKey: null });
    expect(rows).toBe(before);
    const live = message(2, ME, "live", 60);
    rows = conversationsReducer(rows, { type: "message", message: live, key: u(2), selfId: ME, openKey: null });
    rows = conversationsReducer(rows, { type: "loaded", conversations: [conversation(2, "bob", message(2, ME, "latest", 40))] });
    expect(rows[0]!.last).toBe(live);
    expect(rows[0]!.unread).toBe(1);
  });

  it("keeps rows that arrived live but are missing from the server's answer", () => {
    let rows = conversationsReducer([], { type: "message", message: message(9, ME, "x", 70), key: u(9), selfId: ME, openKey: null, name: "ivy" });
    rows = conversationsReducer(rows, { type: "loaded", conversations: [conversation(2, "bob", message(2, ME, "b", 10))] });
    expect(names(rows)).toEqual(["ivy", "bob"]);
  });

  it("resets to nothing", () => {
    const rows = conversationsReducer([], { type: "message", message: message(2, ME), key: u(2), selfId: ME, openKey: null });
    expect(conversationsReducer(rows, { type: "reset" })).toEqual([]);
  });

  it("takes unread counts from the server, which wins over the client's own counting", () => {
    let rows = conversationsReducer([], { type: "message", message: message(2, ME, "x", 80), key: u(2), selfId: ME, openKey: null });
    rows = conversationsReducer(rows, { type: "message", message: message(2, ME, "y", 81), key: u(2), selfId: ME, openKey: null });
    expect(rows[0]!.unread).toBe(2);
    // Another tab read them: the server's answer says so.
    rows = conversationsReducer(rows, { type: "loaded", conversations: [conversation(2, "bob", message(2, ME, "y", 81), 0)] });
    expect(rows[0]!.unread).toBe(0);
    rows = conversationsReducer(rows, { type: "loaded", conversations: [conversation(2, "bob", message(2, ME, "y", 81), 5)] });
    expect(rows[0]!.unread).toBe(5);
  });

  it("knows the first unread message: the server's, else the first to arrive unread; none once read or opened", () => {
    let rows = conversationsReducer([], {
      type: "loaded",
      conversations: [{ ...conversation(2, "bob", message(2, ME, "b", 70), 2), first_unread_id: 69 }],
    });
    expect(rows[0]!.firstUnreadId).toBe(69);
    rows = conversationsReducer(rows, { type: "message", message: message(2, ME, "c", 71), key: u(2), selfId: ME, openKey: null });
    expect(rows[0]!.firstUnreadId).toBe(69);
    rows = conversationsReducer(rows, { type: "opened", key: u(2) });
    expect(rows[0]!.firstUnreadId).toBeUndefined();
    rows = conversationsReducer(rows, { type: "message", message: message(ME, 2, "mine", 72), key: u(2), selfId: ME, openKey: null });
    expect(rows[0]!.firstUnreadId).toBeUndefined();
    rows = conversationsReducer(rows, { type: "message", message: message(2, ME, "d", 73), key: u(2), selfId: ME, openKey: null });
    rows = conversationsReducer(rows, { type: "message", message: message(2, ME, "e", 74), key: u(2), selfId: ME, openKey: null });
    expect(rows[0]).toMatchObject({ unread: 2, firstUnreadId: 73 });
    rows = conversationsReducer(rows, { type: "read", key: u(2), upToId: 74 });
    expect(rows[0]!.firstUnreadId).toBeUndefined();
    rows = conversationsReducer(rows, { type: "message", message: message(2, ME, "f", 75), key: u(2), selfId: ME, openKey: u(2) });
    expect(rows[0]!.firstUnreadId).toBeUndefined();
  });

  it("clears unread when my read marker reaches the row's last message, not before", () => {
    let rows = conversationsReducer([], { type: "loaded", conversations: [conversation(2, "bob", message(2, ME, "b", 90), 3)] });
    const before = rows;
    rows = conversationsReducer(rows, { type: "read", key: u(2), upToId: 89 });
    expect(rows).toBe(before);
    rows = conversationsReducer(rows, { type: "read", key: u(2), upToId: 90 });
    expect(rows[0]!.unread).toBe(0);
  });

  it("updates the preview when the last message is edited or deleted, and only then", () => {
    const last = message(2, ME, "teh", 95);
    let rows = conversationsReducer([], { type: "loaded", conversations: [conversation(2, "bob", last)] });
    const edited = { ...last, message_content: "the", edited_at: "2026-11-25T10:00:00.000Z" };
    rows = conversationsReducer(rows, { type: "updated", message: edited, key: u(2) });
    expect(rows[0]!.last).toBe(edited);
    const before = rows;
    rows = conversationsReducer(rows, {
      type: "updated",
      message: { ...message(2, ME, "older", 94), deleted_at: "2026-11-25T10:00:00.000Z" },
      key: u(2),
    });
    expect(rows).toBe(before);
  });

  describe("groups", () => {
    function groupMessage(from: number, group: number, text = "hi", id = nextId++): MessageJson {
      return { ...message(from, 0, text, id), receiver_id: null, group_id: group };
    }
    function groupRow(id: number, name: string, last: MessageJson | null, unread = 0, members = 3): ConversationJson {
      return { group: { id, name, member_count: members }, last_message: last, unread_count: unread };
    }
    const group = (id: number, name: string, memberIds: number[]): GroupJson => ({
      id,
      name,
      created_by: ME,
      created_at: "2026-11-25T10:00:00.000Z",
      members: memberIds.map((m) => ({ id: m, username: `user${m}`, role: m === ME ? "admin" : "member" })),
    });

    it("mixes groups with people by activity, a group without messages where the server placed it", () => {
      const rows = conversationsReducer([], {
        type: "loaded",
        conversations: [
          groupRow(5, "Trip", groupMessage(2, 5, "g", 300)),
          conversation(2, "bob", message(2, ME, "b", 200)),
          groupRow(6, "Empty", null),
          conversation(3, "carol", message(ME, 3, "c", 100)),
        ],
      });
      expect(names(rows)).toEqual(["Trip", "bob", "Empty", "carol"]);
      expect(rows[0]).toMatchObject({ key: "g:5", kind: "group", id: 5, memberCount: 3 });
      expect(rows[2]!.last).toBeNull();
      // A person and a group with the same id are different rows.
      const withSameId = conversationsReducer(rows, {
        type: "message",
        message: message(5, ME, "from user 5", 400),
        key: u(5),
        selfId: ME,
        openKey: null,
        name: "eve",
      });
      expect(withSameId.filter((r) => r.id === 5).map((r) => r.key)).toEqual(["u:5", "g:5"]);
      // A message in the empty group moves it to the top.
      const moved = conversationsReducer(rows, {
        type: "message",
        message: groupMessage(3, 6, "first!", 500),
        key: groupKey(6),
        selfId: ME,
        openKey: null,
      });
      expect(names(moved)).toEqual(["Empty", "Trip", "bob", "carol"]);
      expect(moved[0]!.unread).toBe(1);
    });

    it("takes the server's mention count, counts live mentions of me where not open, and clears them with the read marker", () => {
      const g = groupKey(5);
      let rows = conversationsReducer([], {
        type: "loaded",
        conversations: [{ ...groupRow(5, "Trip", groupMessage(2, 5, "hi", 600), 1), mention_count: 1 }],
      });
      expect(rows[0]!.mentions).toBe(1);
      const mention = (id: number, mentions: number[]) => ({ ...groupMessage(2, 5, "@user1", id), mentions });
      rows = conversationsReducer(rows, { type: "message", message: mention(601, [ME]), key: g, selfId: ME, openKey: null });
      rows = conversationsReducer(rows, { type: "message", message: mention(602, [3]), key: g, selfId: ME, openKey: null });
      expect(rows[0]).toMatchObject({ unread: 3, mentions: 2 });
      // Read up to an older message: the newer mention is still unread.
      rows = conversationsReducer(rows, { type: "read", key: g, upToId: 601 });
      expect(rows[0]!.mentions).toBe(2);
      rows = conversationsReducer(rows, { type: "read", key: g, upToId: 602 });
      expect(rows[0]).toMatchObject({ unread: 0, mentions: 0 });
      rows = conversationsReducer(rows, { type: "message", message: mention(603, [ME]), key: g, selfId: ME, openKey: g });
      expect(rows[0]!.mentions).toBe(0);
      rows = conversationsReducer(rows, { type: "message", message: mention(604, [ME]), key: g, selfId: ME, openKey: null });
      expect(rows[0]!.mentions).toBe(1);
      rows = conversationsReducer(rows, { type: "opened", key: g });
      expect(rows[0]!.mentions).toBe(0);
    });

    it("counts others' group messages as unread unless the group is open; mine never", () => {
      let rows = conversationsReducer([], { type: "loaded", conversations: [groupRow(5, "Trip", null)] });
      rows = conversationsReducer(rows, { type: "message", message: groupMessage(2, 5), key: groupKey(5), selfId: ME, openKey: u(2) });
      rows = conversationsReducer(rows, { type: "message", message: groupMessage(3, 5), key: groupKey(5), selfId: ME, openKey: null });
      rows = conversationsReducer(rows, { type: "message", message: groupMessage(ME, 5), key: groupKey(5), selfId: ME, openKey: null });
      expect(rows[0]!.unread).toBe(2);
      rows = conversationsReducer(rows, { type: "message", message: groupMessage(2, 5), key: groupKey(5), selfId: ME, openKey: groupKey(5) });
      expect(rows[0]!.unread).toBe(0);
    });

    it("adds a group I was put in on top, follows renames and member counts, and drops it when I am out", () => {
      let rows = conversationsReducer([], { type: "loaded", conversations: [conversation(2, "bob", message(2, ME, "b", 700))] });
      rows = conversationsReducer(rows, { type: "group", group: group(9, "Plans", [ME, 2, 3]) });
      expect(names(rows)).toEqual(["Plans", "bob"]);
      expect(rows[0]).toMatchObject({ key: "g:9", memberCount: 3, last: null, unread: 0 });
      const same = conversationsReducer(rows, { type: "group", group: group(9, "Plans", [ME, 3, 2]) });
      expect(same).toBe(rows);
      rows = conversationsReducer(rows, { type: "group", group: group(9, "Big plans", [ME, 2, 3, 4]) });
      expect(rows[0]).toMatchObject({ name: "Big plans", memberCount: 4 });
      // The server's list agrees later: the row keeps its place.
      rows = conversationsReducer(rows, {
        type: "loaded",
        conversations: [groupRow(9, "Big plans", null, 0, 4), conversation(2, "bob", message(2, ME, "b", 700))],
      });
      expect(names(rows)).toEqual(["Big plans", "bob"]);
      rows = conversationsReducer(rows, { type: "removed", key: groupKey(9) });
      expect(names(rows)).toEqual(["bob"]);
    });

    it("reads and previews a group row like a person's", () => {
      const last = groupMessage(2, 5, "teh", 800);
      let rows = conversationsReducer([], { type: "loaded", conversations: [groupRow(5, "Trip", last, 4)] });
      rows = conversationsReducer(rows, { type: "read", key: groupKey(5), upToId: 800 });
      expect(rows[0]!.unread).toBe(0);
      const edited = { ...last, message_content: "the", edited_at: "2026-11-25T10:00:00.000Z" };
      rows = conversationsReducer(rows, { type: "updated", message: edited, key: groupKey(5) });
      expect(rows[0]!.last).toBe(edited);
    });
  });

  it("moves a group up on a notice without counting it as unread", () => {
    const key = groupKey(7);
    let rows = conversationsReducer([], {
      type: "message",
      message: { ...message(2, ME, "hello group", 40), receiver_id: null, group_id: 7 },
      key,
      selfId: ME,
      openKey: null,
      name: "Trip",
    });
    expect(rows[0]!.unread).toBe(1);
    const notice: MessageJson = {
      ...message(2, ME, "bob added carol", 41),
      receiver_id: null,
      group_id: 7,
      kind: "system",
      notice: { event: "added", actor: { id: 2, username: "bob" }, users: [{ id: 3, username: "carol" }] },
    };
    rows = conversationsReducer(rows, { type: "message", message: notice, key, selfId: ME, openKey: null });
    expect(rows[0]).toMatchObject({ key, unread: 1, last: notice });
  });
});
