import type { UserProfileJson } from "@chat-app/protocol";
import { conversationsReducer } from "./conversations/conversations";
import { Groups } from "./groups";
import { userKey } from "./keys";
import { shownName, withProfile } from "./profiles";
import type { GroupJson, MessageJson } from "./types";

const ME = 1;
const group = (id: number, memberIds: number[]): GroupJson => ({
  id,
  name: `group ${id}`,
  created_by: ME,
  created_at: "2026-12-01T10:00:00.000Z",
  members: memberIds.map((memberId) => ({ id: memberId, username: `user${memberId}`, role: "member" })),
});
const profile = (id: number, display_name: string | null): UserProfileJson => ({
  id,
  username: `user${id}`,
  display_name,
  avatar_url: display_name ? `/api/users/${id}/avatar?v=abc` : null,
  status_text: null,
});
const message = (id: number, from: number): MessageJson => ({
  id,
  sender_id: from,
  receiver_id: ME,
  message_content: "hi",
  timestamp: new Date(id * 1000).toISOString(),
  client_id: `c${id}`,
});

describe("shownName", () => {
  it("is the display name, or the username while there is none (or an older server sent none)", () => {
    expect(shownName({ username: "bob", display_name: "Bobby" })).toBe("Bobby");
    expect(shownName({ username: "bob", display_name: null })).toBe("bob");
    expect(shownName({ username: "bob" })).toBe("bob");
  });
});

describe("withProfile", () => {
  it("puts the new profile on the member, and hands back the same group when they are not in it or nothing changed", () => {
    const before = group(7, [1, 2]);
    const after = withProfile(before, profile(2, "Bobby"));
    expect(after).not.toBe(before);
    expect(after.members[1]).toEqual({
      id: 2,
      username: "user2",
      role: "member",
      display_name: "Bobby",
      avatar_url: "/api/users/2/avatar?v=abc",
      status_text: null,
    });
    expect(before.members[1]!.display_name).toBeUndefined();
    expect(withProfile(after, profile(2, "Bobby"))).toBe(after);
    expect(withProfile(before, profile(3, "Carol"))).toBe(before);
  });
});

describe("Groups.applyProfile", () => {
  it("changes every group the person is in and reports only the ones I am still in", () => {
    const groups = new Groups(ME);
    groups.apply(group(7, [1, 2]));
    groups.apply(group(8, [1, 3]));
    groups.apply(group(9, [1, 2]));
    groups.apply(group(9, [2]));
    groups.markRemoved(9);
    const untouched = groups.get(8);
    const changed = groups.applyProfile(profile(2, "Bobby"));
    expect(changed.map((g) => g.id)).toEqual([7]);
    expect(groups.get(7)!.members.find((m) => m.id === 2)!.display_name).toBe("Bobby");
    // A group I left keeps the name for its history too.
    expect(groups.get(9)!.members.find((m) => m.id === 2)!.display_name).toBe("Bobby");
    expect(groups.get(8)).toBe(untouched);
  });
});

describe("conversationsReducer user", () => {
  it("renames the person's direct row to their display name, and back to the username when it is cleared", () => {
    let rows = conversationsReducer([], {
      type: "loaded",
      conversations: [{ partner: { id: 2, username: "bob", display_name: "Bob B" }, last_message: message(10, 2), unread_count: 0 }],
    });
    expect(rows[0]!.name).toBe("Bob B");
    rows = conversationsReducer(rows, { type: "user", user: { ...profile(2, "Bobby"), username: "bob" } });
    expect(rows[0]).toMatchObject({ key: userKey(2), name: "Bobby" });
    const same = conversationsReducer(rows, { type: "user", user: { ...profile(2, "Bobby"), username: "bob" } });
    expect(same).toBe(rows);
    rows = conversationsReducer(rows, { type: "user", user: { ...profile(2, null), username: "bob" } });
    expect(rows[0]!.name).toBe("bob");
    // Someone without a row changes nothing.
    expect(conversationsReducer(rows, { type: "user", user: profile(5, "Eve") })).toBe(rows);
  });
});
