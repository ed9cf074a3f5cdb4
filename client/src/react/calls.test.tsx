/** @jest-environment jsdom */
import { act, render } from "@testing-library/react";
import { callJson, fakeEnvironment } from "../calls/call-fakes";
import { ChatClient } from "../ChatClient";
import { userKey } from "../keys";
import { type CallsState, useCalls } from "./calls";

// A client that never connects: the test plays the server's call events on `client.calls` itself.
function offlineClient(): ChatClient {
  return new ChatClient({
    baseUrl: "http://127.0.0.1:9",
    token: "t",
    userId: 1,
    socketOptions: { autoConnect: false },
    callEnvironment: fakeEnvironment(),
  });
}

function renderCalls(client: ChatClient | null): CallsState[] {
  const seen: CallsState[] = [];
  function Probe() {
    seen.push(useCalls(client));
    return null;
  }
  render(<Probe />);
  return seen;
}

describe("useCalls", () => {
  let client: ChatClient;
  beforeEach(() => {
    client = offlineClient();
  });
  afterEach(() => client.close());

  it("re-renders when a call rings and when it stops ringing, not for other changes", () => {
    const renders = renderCalls(client);
    expect(renders.at(-1)?.incoming).toEqual([]);
    act(() => void client.send(userKey(2), "hello"));
    expect(renders).toHaveLength(1);
    act(() => client.calls.ringing(callJson({ id: 5 })));
    expect(renders.at(-1)?.incoming.map((call) => call.id)).toEqual([5]);
    act(() => client.calls.updated(callJson({ id: 5, state: "active", participants: [2, 1], answered_connection: "another-tab" })));
    expect(renders.at(-1)?.incoming).toEqual([]);
    expect(renders).toHaveLength(3);
  });

  it("keeps the same actions across renders", () => {
    const renders = renderCalls(client);
    act(() => client.calls.ringing(callJson({ id: 5 })));
    expect(renders[1]?.accept).toBe(renders[0]?.accept);
  });

  it("answers an empty state before there is a client, with actions that refuse", async () => {
    const [state] = renderCalls(null);
    expect(state).toMatchObject({ incoming: [], current: null, groupCalls: [], localStream: null, lastEnded: null });
    await expect(state!.start({ userId: 2 }, "audio")).rejects.toThrow("No chat client");
  });
});
