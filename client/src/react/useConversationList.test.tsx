/** @jest-environment jsdom */
import { act, renderHook, waitFor } from "@testing-library/react";
import { ChatClient } from "../ChatClient";
import { KnownNames } from "../conversations/known-names";
import { userKey } from "../keys";
import type { ConversationJson, MessageJson } from "../types";
import { type ConversationList, type SharedConversationListOptions, useConversationList } from "./useConversationList";

const ME = 1;
const message = (id: number, from: number, to: number, text: string): MessageJson => ({
  id,
  sender_id: from,
  receiver_id: to,
  message_content: text,
  timestamp: new Date(1_700_000_000_000 + id).toISOString(),
  client_id: `c${id}`,
});

// jsdom has no fetch Response: what the client reads of one.
const json = (body: unknown) => ({ ok: true, status: 200, headers: new Headers(), json: () => Promise.resolve(body) }) as unknown as Response;

/**
 * A server that answers the chat list (as `list` says at the time) and bob's newest page. The chat
 * list's answers wait until `release` (so the test sees the list before them); `hold` closes that gate again.
 */
function fakeServer(list: { current: ConversationJson[] }, page: MessageJson[]) {
  const asked: string[] = [];
  let open = () => {};
  let gate = new Promise<void>((resolve) => (open = resolve));
  const fetch = async (url: unknown): Promise<Response> => {
    const path = new URL(String(url)).pathname;
    asked.push(path);
    if (path !== "/api/conversations") return json({ messages: page, has_more: false });
    await gate;
    return json({ conversations: list.current });
  };
  const release = () => open();
  const hold = () => {
    gate = new Promise<void>((resolve) => (open = resolve));
  };
  return { fetch, asked, release, hold };
}

describe("useConversationList", () => {
  let client: ChatClient;
  afterEach(() => client.close());

  const options = (extra: Partial<SharedConversationListOptions> = {}): SharedConversationListOptions => ({
    selfId: ME,
    openKey: null,
    visible: true,
    names: new KnownNames("test.names"),
    groupNames: new KnownNames("test.groups"),
    fail: (error) => {
      throw error;
    },
    ...extra,
  });

  it("is not loaded until the server answers, then has its rows and the names they carry", async () => {
    const list = { current: [{ partner: { id: 2, username: "bob" }, last_message: message(10, 2, ME, "hi"), unread_count: 1 }] };
    const server = fakeServer(list, []);
    client = new ChatClient({ baseUrl: "http://test", token: "t", userId: ME, socketOptions: { autoConnect: false }, fetch: server.fetch });
    const settings = options();
    const { result } = renderHook(() => useConversationList(client, settings));
    expect(result.current).toMatchObject({ rows: [], loaded: false });
    act(() => server.release());
    await waitFor(() => expect(result.current.loaded).toBe(true));
    expect(result.current.rows.map((r) => [r.key, r.name, r.unread])).toEqual([["u:2", "bob", 1]]);
    expect(settings.names.get(2)).toBe("bob");
  });

  it("names people by their display name, and follows user:updated in the rows and the known names", async () => {
    const list = {
      current: [{ partner: { id: 2, username: "bob", display_name: "Bob B" }, last_message: message(10, 2, ME, "hi"), unread_count: 0 }],
    };
    const server = fakeServer(list, []);
    client = new ChatClient({ baseUrl: "http://test", token: "t", userId: ME, socketOptions: { autoConnect: false }, fetch: server.fetch });
    const settings = options({ names: new KnownNames("test.names.profiles") });
    const { result } = renderHook(() => useConversationList(client, settings));
    act(() => server.release());
    await waitFor(() => expect(result.current.loaded).toBe(true));
    expect([result.current.rows[0]!.name, settings.names.get(2)]).toEqual(["Bob B", "Bob B"]);
    const bobby = { id: 2, username: "bob", display_name: "Bobby", avatar_url: null, status_text: null };
    act(() => {
      for (const listener of client["link"].socket.listeners("user:updated")) (listener as (user: typeof bobby) => void)(bobby);
    });
    expect([result.current.rows[0]!.name, settings.names.get(2)]).toEqual(["Bobby", "Bobby"]);
  });

  it("says loaded with no rows when there are no conversations, and is not loaded without a client", async () => {
    const server = fakeServer({ current: [] }, []);
    client = new ChatClient({ baseUrl: "http://test", token: "t", userId: ME, socketOptions: { autoConnect: false }, fetch: server.fetch });
    const settings = options();
    const { result, rerender } = renderHook<ConversationList, { c: ChatClient | null }>(({ c }) => useConversationList(c, settings), {
      initialProps: { c: client },
    });
    act(() => server.release());
    await waitFor(() => expect(result.current.loaded).toBe(true));
    expect(result.current.rows).toEqual([]);
    rerender({ c: null });
    expect(result.current.loaded).toBe(false);
  });

  it("moves a conversation up with a newer message, without a notice for history, and clears its count when opened", async () => {
    const list = {
      current: [
        { partner: { id: 3, username: "carol" }, last_message: message(12, 3, ME, "newer"), unread_count: 0 },
        { partner: { id: 2, username: "bob" }, last_message: message(10, 2, ME, "hi"), unread_count: 0 },
      ],
    };
    const server = fakeServer(list, [message(10, 2, ME, "hi"), message(14, 2, ME, "and more")]);
    client = new ChatClient({ baseUrl: "http://test", token: "t", userId: ME, socketOptions: { autoConnect: false }, fetch: server.fetch });
    const notify = jest.fn();
    const settings = options({ notify });
    const { result } = renderHook(() => useConversationList(client, settings));
    act(() => server.release());
    await waitFor(() => expect(result.current.loaded).toBe(true));
    await act(() => client.loadLatestPage(userKey(2)).then(() => undefined));
    expect(result.current.rows.map((r) => [r.name, r.last?.message_content, r.unread])).toEqual([
      ["bob", "and more", 1],
      ["carol", "newer", 0],
    ]);
    expect(notify).not.toHaveBeenCalled();
    act(() => result.current.opened(userKey(2)));
    expect(result.current.rows[0]).toMatchObject({ name: "bob", unread: 0 });
  });

  it("asks the server again on refresh and settles once the new rows are in", async () => {
    const list: { current: ConversationJson[] } = { current: [] };
    const server = fakeServer(list, []);
    client = new ChatClient({ baseUrl: "http://test", token: "t", userId: ME, socketOptions: { autoConnect: false }, fetch: server.fetch });
    const settings = options();
    const { result } = renderHook(() => useConversationList(client, settings));
    act(() => server.release());
    await waitFor(() => expect(result.current.loaded).toBe(true));
    list.current = [{ partner: { id: 4, username: "dave" }, last_message: message(20, 4, ME, "hey"), unread_count: 1 }];
    server.hold();
    let settled = false;
    let refreshed: Promise<void> = Promise.resolve();
    act(() => {
      refreshed = result.current.refresh().then(() => void (settled = true));
    });
    await waitFor(() => expect(server.asked.filter((p) => p === "/api/conversations")).toHaveLength(2));
    expect(settled).toBe(false);
    await act(async () => {
      server.release();
      await refreshed;
    });
    expect(result.current.rows.map((r) => r.name)).toEqual(["dave"]);
  });
});
