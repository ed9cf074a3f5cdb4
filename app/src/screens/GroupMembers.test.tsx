/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import { ChatClient, type GroupJson } from "@chat-app/client";
import type { UserProfileJson } from "@chat-app/protocol";
import { GroupMembers } from "./GroupMembers";

const group: GroupJson = {
  id: 7,
  name: "Weekend",
  created_by: 1,
  created_at: "2026-12-01T10:00:00.000Z",
  members: [
    { id: 1, username: "alice", role: "admin", display_name: null, avatar_url: null, status_text: null },
    { id: 2, username: "sam_k", role: "member", display_name: "Sam", avatar_url: "/api/users/2/avatar?v=0123456789abcdef", status_text: null },
    { id: 3, username: "sam_r", role: "member", display_name: "Sam", avatar_url: null, status_text: null },
  ],
  members_can_pin: false,
};

/** A client that never connects: the group answered by REST, avatars as blobs, `push` plays `user:updated`. */
function clientWithGroup() {
  const fetchImpl = (url: unknown) => {
    const path = new URL(String(url)).pathname;
    const body = path === "/api/groups/7" ? { group } : { error: "no" };
    const ok = path === "/api/groups/7" || path.startsWith("/api/users/2/avatar");
    return Promise.resolve({
      ok,
      status: ok ? 200 : 404,
      headers: { get: () => "application/json" },
      json: () => Promise.resolve(body),
      blob: () => Promise.resolve(new Blob(["png"])),
    } as unknown as Response);
  };
  const client = new ChatClient({ baseUrl: "http://chat.test", token: "t", userId: 1, socketOptions: { autoConnect: false }, fetch: fetchImpl });
  const push = (user: UserProfileJson) => {
    for (const listener of client["link"].socket.listeners("user:updated")) listener(user);
  };
  return { client, push };
}

const noop = () => undefined;

describe("GroupMembers", () => {
  beforeAll(() => {
    URL.createObjectURL = () => "blob:sam";
    URL.revokeObjectURL = noop;
  });

  it("shows display names with the @username beside them, pictures from the group's JSON, and a name change live", async () => {
    const { client, push } = clientWithGroup();
    await client.fetchGroup(7);
    const view = (shown: GroupJson) => (
      <GroupMembers api={client.api} client={client} actions={null} group={shown} selfId={1} presence={new Map()} onLeft={noop} onError={noop} />
    );
    const { rerender } = render(view(client.group(7)!));
    const rows = () => within(screen.getByRole("list")).getAllByRole("listitem");
    expect(within(rows()[0]!).getByText("alice")).toBeInTheDocument();
    expect(within(rows()[0]!).queryByText(/^@/)).toBeNull();
    expect(within(rows()[1]!).getByText("Sam")).toBeInTheDocument();
    expect(within(rows()[1]!).getByText("@sam_k")).toBeInTheDocument();
    expect(within(rows()[2]!).getByText("@sam_r")).toBeInTheDocument();
    // The admin's buttons tell the two apart too.
    expect(screen.getByRole("button", { name: "Remove Sam (@sam_k)" })).toBeInTheDocument();
    await waitFor(() => expect(rows()[1]!.querySelector("img")).toHaveAttribute("src", "blob:sam"));
    expect(rows()[2]!.querySelector("img")).toBeNull();
    act(() => push({ id: 3, username: "sam_r", display_name: "Samira", avatar_url: null, status_text: null }));
    rerender(view(client.group(7)!));
    expect(within(rows()[2]!).getByText("Samira")).toBeInTheDocument();
    expect(within(rows()[2]!).getByText("@sam_r")).toBeInTheDocument();
    client.close();
  });
});
