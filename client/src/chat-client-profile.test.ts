import type { UserProfileJson } from "@chat-app/protocol";
import { ChatClient } from "./ChatClient";
import type { GroupJson, UserJson } from "./types";

const json = (status: number, body: unknown) =>
  Promise.resolve(new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } }));

interface Call {
  method: string;
  url: string;
  body?: unknown;
}

const group: GroupJson = {
  id: 7,
  name: "Weekend",
  created_by: 1,
  created_at: "2026-12-01T10:00:00.000Z",
  members: [
    { id: 1, username: "alice", role: "admin", display_name: null, avatar_url: null, status_text: null },
    { id: 2, username: "bob", role: "member", display_name: null, avatar_url: null, status_text: null },
  ],
  members_can_pin: false,
};

/** A client that never connects, against a fetch the test answers; `push` plays a server event to it. */
function offlineClient(answer: (call: Call) => Promise<Response>) {
  const calls: Call[] = [];
  const fetch = (url: unknown, init?: RequestInit) => {
    const body: unknown = typeof init?.body === "string" ? JSON.parse(init.body) : undefined;
    const call = { method: init?.method ?? "GET", url: String(url), body };
    calls.push(call);
    return answer(call);
  };
  const client = new ChatClient({ baseUrl: "http://test", token: "t", userId: 1, socketOptions: { autoConnect: false }, fetch });
  const push = (user: UserProfileJson) => {
    for (const listener of client["link"].socket.listeners("user:updated")) listener(user);
  };
  return { client, calls, push };
}

describe("ChatClient profiles", () => {
  let client: ChatClient;
  afterEach(() => client.close());

  it("updateProfile sends PATCH /api/me and knows my new profile at once", async () => {
    const me: UserJson = {
      id: 1,
      username: "alice",
      email: "a@x",
      created_at: "2026-01-01T00:00:00.000Z",
      display_name: "Alice",
      avatar_url: "/api/users/1/avatar?v=0123456789abcdef",
      status_text: null,
    };
    let calls: Call[];
    ({ client, calls } = offlineClient(() => json(200, { user: me })));
    const heard: UserProfileJson[] = [];
    client.on("user", (user) => heard.push(user));
    const profile = await client.updateProfile({ display_name: "Alice", avatar_attachment_id: 4 });
    expect(calls).toEqual([{ method: "PATCH", url: "http://test/api/me", body: { display_name: "Alice", avatar_attachment_id: 4 } }]);
    const expected = { id: 1, username: "alice", display_name: "Alice", avatar_url: me.avatar_url, status_text: null };
    expect(profile).toEqual(expected);
    expect(heard).toEqual([expected]);
    expect(client.profile(1)).toEqual(expected);
  });

  it("takes in user:updated: the profile is kept, a group listing the person shows it, and both are announced", async () => {
    let push: (user: UserProfileJson) => void;
    ({ client, push } = offlineClient(({ url }) => (url.endsWith("/api/groups/7") ? json(200, { group }) : json(404, { error: "no" }))));
    await client.fetchGroup(7);
    const events: string[] = [];
    client.on("user", (user) => events.push(`user ${user.id} ${user.display_name}`));
    client.on("group", (changed) => events.push(`group ${changed.id} ${changed.members[1]!.display_name}`));
    const bobby = { id: 2, username: "bob", display_name: "Bobby", avatar_url: null, status_text: "away" };
    push(bobby);
    expect(client.profile(2)).toEqual(bobby);
    expect(client.group(7)!.members[1]).toMatchObject({ id: 2, display_name: "Bobby", status_text: "away", role: "member" });
    expect(events).toEqual(["group 7 Bobby", "user 2 Bobby"]);
    // Someone in none of my groups: only the profile.
    push({ id: 5, username: "eve", display_name: "Eve", avatar_url: null, status_text: null });
    expect(events.slice(2)).toEqual(["user 5 Eve"]);
  });

  it("knows partners' and members' profiles from the conversation list and groups, before any push", async () => {
    const carol = { id: 3, username: "carol", display_name: "Carol", avatar_url: "/api/users/3/avatar?v=aaaaaaaaaaaaaaaa", status_text: null };
    const conversations = [
      {
        partner: carol,
        last_message: { id: 9, sender_id: 3, receiver_id: 1, message_content: "hi", timestamp: "2026-12-01T10:00:00.000Z", client_id: "c9" },
        unread_count: 0,
      },
    ];
    let push: (user: UserProfileJson) => void;
    ({ client, push } = offlineClient(({ url }) =>
      url.endsWith("/api/groups/7")
        ? json(200, { group })
        : url.endsWith("/api/conversations")
          ? json(200, { conversations })
          : json(404, { error: "no" }),
    ));
    await client.conversations();
    expect(client.profile(3)).toEqual(carol);
    await client.fetchGroup(7);
    expect(client.profile(2)).toEqual({ id: 2, username: "bob", display_name: null, avatar_url: null, status_text: null });
    // A push is newer than the list it follows.
    push({ ...carol, display_name: "Caro" });
    expect(client.profile(3)?.display_name).toBe("Caro");
  });
});
