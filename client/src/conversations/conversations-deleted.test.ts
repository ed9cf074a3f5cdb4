import type { MessageJson } from "../types";
import { conversationsReducer } from "./conversations";

const ME = 1;
const message = (from: number, to: number, id: number): MessageJson => ({
  id,
  sender_id: from,
  receiver_id: to,
  message_content: "hi",
  timestamp: new Date(id * 1000).toISOString(),
  client_id: `c-${id}`,
});
const tombstone = (id: number) => ({
  id,
  username: `deleted-${id}`,
  display_name: "Deleted account",
  avatar_url: null,
  status_text: null,
  deleted: true as const,
});

describe("conversationsReducer: a partner who deleted their account", () => {
  it("marks the row from the server's partner JSON", () => {
    const rows = conversationsReducer([], {
      type: "loaded",
      conversations: [
        { partner: tombstone(2), last_message: message(2, ME, 10), unread_count: 0 },
        { partner: { id: 3, username: "carol" }, last_message: message(3, ME, 11), unread_count: 0 },
      ],
    });
    expect(rows.map((r) => [r.name, r.deleted])).toEqual([
      ["carol", undefined],
      ["Deleted account", true],
    ]);
  });

  it("marks it live from user:updated, keeping everything else", () => {
    const loaded = conversationsReducer([], {
      type: "loaded",
      conversations: [{ partner: { id: 2, username: "bob" }, last_message: message(2, ME, 10), unread_count: 1 }],
    });
    const rows = conversationsReducer(loaded, { type: "user", user: tombstone(2) });
    expect(rows[0]).toEqual({ ...loaded[0], name: "Deleted account", deleted: true });
    expect(conversationsReducer(rows, { type: "user", user: tombstone(2) })).toBe(rows);
  });
});
