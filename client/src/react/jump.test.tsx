/** @jest-environment jsdom */
import { act, renderHook, waitFor } from "@testing-library/react";
import { ChatClient } from "../ChatClient";
import { userKey } from "../keys";
import type { MessageJson } from "../types";
import { useHasNewer } from "./hooks";
import { useJumpToMessage } from "./jump";

const message = (id: number): MessageJson => ({
  id,
  sender_id: 2,
  receiver_id: 1,
  message_content: `m${id}`,
  timestamp: new Date(1_700_000_000_000 + id).toISOString(),
  client_id: `c${id}`,
});

/** 1..120 with Bob: the newest page is 101..120; around 1 is 1..20. */
function offlineClient(): ChatClient {
  const fetch = (url: string) => {
    const query = new URL(url).searchParams;
    const around = query.get("around");
    const body = query.has("after")
      ? { messages: [], has_more: false }
      : around === null
        ? { messages: Array.from({ length: 20 }, (_, i) => message(101 + i)), has_more: true }
        : around === "1"
          ? { messages: Array.from({ length: 20 }, (_, i) => message(1 + i)), has_more: false, has_more_before: false, has_more_after: true }
          : null;
    // jsdom has no Response: what ChatApi reads of one.
    const status = body ? 200 : 404;
    return Promise.resolve({
      ok: body !== null,
      status,
      headers: { get: () => null },
      json: () => Promise.resolve(body ?? { error: "Message not found" }),
    });
  };
  return new ChatClient({
    baseUrl: "http://test",
    token: "t",
    userId: 1,
    socketOptions: { autoConnect: false },
    fetch: fetch as unknown as typeof globalThis.fetch,
  });
}

describe("useJumpToMessage", () => {
  let client: ChatClient;
  beforeEach(() => {
    client = offlineClient();
  });
  afterEach(() => client.close());

  it("loads the page around a message not loaded, keeps it as the target, and tells that newer messages exist", async () => {
    const key = userKey(2);
    await client.loadLatest(key, 20);
    const { result } = renderHook(() => ({ jump: useJumpToMessage(client, key), hasNewer: useHasNewer(client, key) }));
    expect(result.current.hasNewer).toBe(false);
    act(() => result.current.jump.jump(1));
    expect(result.current.jump).toMatchObject({ target: { key, messageId: 1 }, loading: true });
    await waitFor(() => expect(result.current.jump.loading).toBe(false));
    expect(client.messagesWith(key)[0]!.id).toBe(1);
    expect(result.current.hasNewer).toBe(true);
    act(() => result.current.jump.clear());
    expect(result.current.jump.target).toBeNull();
  });

  it("drops the target and reports the failure when the message cannot be loaded", async () => {
    const key = userKey(2);
    await client.loadLatest(key, 20);
    const onError = jest.fn();
    const { result } = renderHook(() => useJumpToMessage(client, key, onError));
    act(() => result.current.jump(77));
    await waitFor(() => expect(onError).toHaveBeenCalled());
    expect(result.current.target).toBeNull();
  });
});
