/** @jest-environment jsdom */
import { act, render } from "@testing-library/react";
import { ChatClient } from "../ChatClient";
import { groupKey, userKey } from "../keys";
import { useConnectionState, usePendingMessages, useTypists } from "./hooks";

// A client that never connects: what it knows changes only through what the test calls.
function offlineClient(): ChatClient {
  return new ChatClient({ baseUrl: "http://127.0.0.1:9", token: "t", userId: 1, socketOptions: { autoConnect: false } });
}

function renderCounting<T>(read: () => T) {
  const seen: T[] = [];
  function Probe() {
    seen.push(read());
    return null;
  }
  render(<Probe />);
  return seen;
}

describe("@chat-app/client/react", () => {
  let client: ChatClient;
  beforeEach(() => {
    client = offlineClient();
  });
  afterEach(() => client.close());

  it("re-renders a component only when what it reads changes", () => {
    const renders = renderCounting(() => usePendingMessages(client, userKey(2)).map((entry) => entry.message_content));
    expect(renders).toEqual([[]]);
    act(() => void client.send(userKey(3), "to someone else"));
    act(() => void client.send(groupKey(7), "to a group"));
    expect(renders).toHaveLength(1);
    act(() => void client.send(userKey(2), "hello"));
    expect(renders).toEqual([[], ["hello"]]);
  });

  it("keeps answering the same object while nothing it reads changed", () => {
    const renders = renderCounting(() => useTypists(client, userKey(2)));
    act(() => void client.send(userKey(2), "hello"));
    expect(renders).toHaveLength(1);
    expect(client.typists(userKey(2))).toBe(client.typists(userKey(2)));
  });

  it("answers the fallback before there is a client, and the client's state once there is", () => {
    expect(renderCounting(() => useConnectionState(null))).toEqual(["connecting"]);
    expect(renderCounting(() => useConnectionState(client))).toEqual(["connecting"]);
  });
});
