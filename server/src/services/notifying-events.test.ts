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

  it("hands listeners (push) no copy flagged sender_blocked: the sockets still get it", () => {
    const calls: string[] = [];
    const events = { messageCreated: (_message: MessageJson, recipients: readonly number[]) => calls.push(`sockets ${recipients.join(",")}`) };
    const combined = withListeners(
      events as unknown as MessageEvents,
      [{ messageCreated: (_message, recipients) => calls.push(`listener ${recipients.join(",")}`) }],
      () => {},
    );
    combined.messageCreated({ id: 1 } as MessageJson, [1, 2]);
    combined.messageCreated({ id: 1, sender_blocked: true } as MessageJson, [3]);
    expect(calls).toEqual(["sockets 1,2", "listener 1,2", "sockets 3"]);
  });
});
