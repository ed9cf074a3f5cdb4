import { ApiError } from "./api";
import type { Connection } from "./connection";
import { Outbox } from "./outbox";
import { OutboxSender } from "./outbox-sender";
import { MemoryStorage } from "./types";

/** A connection whose every send is refused with this error. */
function refusing(error: unknown): Connection {
  return { connected: true, action: jest.fn().mockRejectedValue(error) } as unknown as Connection;
}

async function sendOne(error: unknown) {
  const storage = new MemoryStorage();
  const outbox = new Outbox(storage, "o");
  outbox.add({ client_id: "a", receiver_id: 99, message_content: "hi", created_at: 1 });
  const failed = jest.fn();
  const sender = new OutboxSender(outbox, refusing(error), () => undefined, failed);
  sender.flush();
  await new Promise((resolve) => setTimeout(resolve, 0));
  return { outbox, storage, failed };
}

describe("OutboxSender failures", () => {
  it("keeps the server's reason on a message refused for good, and out of the queue", async () => {
    const { outbox, storage, failed } = await sendOne(new ApiError(404, "Receiver not found"));
    expect(failed).toHaveBeenCalled();
    expect(outbox.pending()).toEqual([]);
    expect(outbox.all()[0]).toMatchObject({ failed: "Receiver not found", failure: { reason: "no_such_person", retryable: false, status: 404 } });
    // The reason survives a reload.
    expect(new Outbox(storage, "o").all()[0]?.failure).toMatchObject({ reason: "no_such_person", retryable: false });
  });

  it("keeps a throttled message queued, with the reason to show meanwhile", async () => {
    const { outbox, failed } = await sendOne(new ApiError(429, "Too many requests, retry in 1 s"));
    expect(failed).toHaveBeenCalled();
    expect(outbox.pending()).toHaveLength(1);
    expect(outbox.all()[0]?.failed).toBeUndefined();
    expect(outbox.all()[0]?.failure).toMatchObject({ reason: "rate_limited", retryable: true });
  });

  it("records nothing when the server did not answer", async () => {
    const { outbox, failed } = await sendOne(new Error("operation has timed out"));
    expect(failed).not.toHaveBeenCalled();
    expect(outbox.all()[0]?.failure).toBeUndefined();
  });

  it("forgets the reason when retried", async () => {
    const { outbox } = await sendOne(new ApiError(403, "You are not a member of this group"));
    outbox.clearFailure("a");
    expect(outbox.all()[0]?.failed).toBeUndefined();
    expect(outbox.all()[0]?.failure).toBeUndefined();
    expect(outbox.pending()).toHaveLength(1);
  });
});

describe("Outbox failures persisted before reasons were kept", () => {
  it("reads a reason from the failed text, as permanent", () => {
    const storage = new MemoryStorage();
    storage.setItem(
      "o",
      JSON.stringify([
        { client_id: "x", group_id: 3, message_content: "hi", created_at: 1, failed: "message_content must be at most 4000 characters" },
      ]),
    );
    expect(new Outbox(storage, "o").all()[0]?.failure).toMatchObject({ reason: "too_long", limit: 4000, retryable: false });
  });
});

describe("OutboxSender replies", () => {
  it("sends what the entry answers with it", async () => {
    const outbox = new Outbox(new MemoryStorage(), "o");
    outbox.add({ client_id: "a", receiver_id: 2, message_content: "yes", created_at: 1, reply_to_id: 41 });
    const action = jest.fn().mockResolvedValue({ message: { id: 42 } });
    // As the client does: the acknowledged entry leaves the outbox.
    const stored = jest.fn(() => outbox.remove("a"));
    new OutboxSender(outbox, { connected: true, action } as unknown as Connection, stored, () => undefined).flush();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(action).toHaveBeenCalledWith("message:send", { receiver_id: 2, message_content: "yes", client_id: "a", reply_to_id: 41 });
    expect(stored).toHaveBeenCalled();
  });
});
