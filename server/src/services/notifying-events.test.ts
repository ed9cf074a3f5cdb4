import type { MessageJson } from "@chat-app/protocol";
import type { MessageEvents } from "./message-events";
import { withListeners } from "./notifying-events";

describe("withListeners", () => {
  it("announces to the sockets first, then each listener; a throwing listener is logged, never the sender's error", () => {
    const calls: string[] = [];
    const events = { messageCreated: () => calls.push("sockets") } as unknown as MessageEvents;
    const logged: unknown[] = [];
    const combined = withListeners(
      events,
      [
        {
          messageCreated: () => {
            throw new Error("boom");
          },
        },
        { messageCreated: (_message, recipients) => calls.push(`listener ${recipients.join(",")}`) },
      ],
      (error) => logged.push(error),
    );
    combined.messageCreated({ id: 1 } as MessageJson, [1, 2], "conn");
    expect(calls).toEqual(["sockets", "listener 1,2"]);
    expect(logged.map(String)).toEqual(["Error: boom"]);
  });
});
