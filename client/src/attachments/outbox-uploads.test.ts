import type { Connection } from "../connection";
import { Outbox } from "../outbox";
import { OutboxSender } from "../outbox-sender";
import { MemoryStorage } from "../types";
import { AttachmentUploads } from "./attachment-uploads";
import { MemoryPendingFileStore } from "./pending-file-store";
import { uploadAttachment } from "./upload";
import type { UploadRequest, UploadResponse, UploadTransport } from "./upload-transport";

/** The network's part played by the test: each upload waits until the test answers it. */
class HeldTransport implements UploadTransport {
  readonly held: { request: UploadRequest; answer: (response: UploadResponse) => void }[] = [];
  private nextId = 100;

  send(request: UploadRequest): Promise<UploadResponse> {
    return new Promise((answer) => this.held.push({ request, answer }));
  }

  /** Answers the upload of this file with a new attachment, or a refusal. */
  answer(name: string, status = 201, error?: string): number {
    const index = this.held.findIndex((h) => h.request.name === name);
    const [held] = this.held.splice(index, 1);
    if (!held) throw new Error(`no upload of ${name} is waiting`);
    const { answer } = held;
    const id = this.nextId++;
    answer(status === 201 ? { status, body: { attachment: { id, name } } } : { status, body: { error } });
    return id;
  }

  names(): string[] {
    return this.held.map((h) => h.request.name);
  }
}

const settle = async () => {
  for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
};

function rig(storage: MemoryStorage, files: MemoryPendingFileStore) {
  const outbox = new Outbox(storage, "o");
  const transport = new HeldTransport();
  const uploads = new AttachmentUploads({
    files,
    upload: (file, onProgress, signal) =>
      uploadAttachment({ baseUrl: "", token: "t", transport, file: file.blob, name: file.name, onProgress, signal }),
    uploaded: (localId, attachmentId) => outbox.uploaded(localId, attachmentId),
    changed: () => undefined,
  });
  const action = jest.fn((_event: string, payload: { client_id: string }) => Promise.resolve({ message: { id: 1, client_id: payload.client_id } }));
  const stored = jest.fn((message: { client_id: string }) => outbox.remove(message.client_id));
  const failed = jest.fn();
  const connection = { connected: true, action } as unknown as Connection;
  const sender = new OutboxSender(outbox, connection, stored, failed, (file) => uploads.ensure(file));
  return { outbox, transport, uploads, action, stored, failed, sender };
}

const file = (name: string) => new File([name], name, { type: "text/plain" });

describe("OutboxSender with attachments", () => {
  it("uploads at most 3 files at once, records each id as it finishes, then sends them by id with the same client_id", async () => {
    const storage = new MemoryStorage();
    const { outbox, transport, uploads, action, sender } = rig(storage, new MemoryPendingFileStore());
    const attachments = ["a", "b", "c", "d"].map((name) => uploads.keep(file(name)));
    outbox.add({ client_id: "m1", receiver_id: 2, message_content: "", created_at: 1, attachments });
    sender.flush();
    await settle();
    expect(transport.names()).toEqual(["a", "b", "c"]);

    const b = transport.answer("b");
    await settle();
    expect(transport.names()).toEqual(["a", "c", "d"]);
    // Persisted at once: a reload would not upload b again.
    expect(new Outbox(storage, "o").all()[0]?.attachments?.map((f) => f.attachment_id)).toEqual([undefined, b, undefined, undefined]);
    expect(action).not.toHaveBeenCalled();

    const [a, c, d] = [transport.answer("a"), transport.answer("c"), transport.answer("d")];
    await settle();
    // No text: the message is sent without message_content (the server takes files alone).
    expect(action).toHaveBeenCalledWith("message:send", { receiver_id: 2, attachment_ids: [a, b, c, d], client_id: "m1" });
  });

  it("resumes after a reload: finished files are not uploaded again, the rest from the kept bytes", async () => {
    const storage = new MemoryStorage();
    const files = new MemoryPendingFileStore();
    const first = rig(storage, files);
    const attachments = ["done.txt", "left.txt"].map((name) => first.uploads.keep(file(name)));
    first.outbox.add({ client_id: "m2", group_id: 5, message_content: "two files", created_at: 1, attachments });
    first.sender.flush();
    await settle();
    const done = first.transport.answer("done.txt");
    await settle();
    first.uploads.stop(); // the tab closed mid-way
    await settle();
    expect(first.outbox.all()[0]?.failed).toBeUndefined();

    const second = rig(storage, files);
    second.sender.flush();
    await settle();
    expect(second.transport.names()).toEqual(["left.txt"]);
    expect(await (second.transport.held[0]?.request.file as Blob).text()).toBe("left.txt");
    const left = second.transport.answer("left.txt");
    await settle();
    expect(second.action).toHaveBeenCalledWith("message:send", {
      group_id: 5,
      message_content: "two files",
      attachment_ids: [done, left],
      client_id: "m2",
    });
  });

  it("marks the message failed, naming the file, when an upload cannot succeed by retrying", async () => {
    const { outbox, transport, uploads, action, failed, sender } = rig(new MemoryStorage(), new MemoryPendingFileStore());
    outbox.add({ client_id: "m3", receiver_id: 2, message_content: "look", created_at: 1, attachments: [uploads.keep(file("huge.mov"))] });
    sender.flush();
    await settle();
    transport.answer("huge.mov", 413, "file: larger than the limit of 25 MB");
    await settle();
    expect(action).not.toHaveBeenCalled();
    expect(failed).toHaveBeenCalled();
    expect(outbox.pending()).toEqual([]);
    expect(outbox.all()[0]).toMatchObject({
      failed: "file: larger than the limit of 25 MB",
      failure: { reason: "file_too_large", retryable: false, file: "huge.mov", limitMb: 25 },
    });
  });

  it("keeps the message queued with the reason shown when the upload may succeed later, and uploads again on the next try", async () => {
    const { outbox, transport, uploads, action, sender } = rig(new MemoryStorage(), new MemoryPendingFileStore());
    outbox.add({ client_id: "m4", receiver_id: 2, message_content: "hi", created_at: 1, attachments: [uploads.keep(file("a.txt"))] });
    sender.flush();
    await settle();
    transport.answer("a.txt", 503, "Service unavailable");
    await settle();
    expect(outbox.pending()).toHaveLength(1);
    expect(outbox.all()[0]?.failure).toMatchObject({ reason: "server_error", retryable: true, file: "a.txt" });

    sender.flush(); // the retry timer
    await settle();
    const id = transport.answer("a.txt");
    await settle();
    expect(action).toHaveBeenCalledWith("message:send", { receiver_id: 2, message_content: "hi", attachment_ids: [id], client_id: "m4" });
  });

  it("reports each file's state for the composer chips and the optimistic bubble", async () => {
    const { transport, uploads } = rig(new MemoryStorage(), new MemoryPendingFileStore());
    const kept = uploads.keep(file("p.png"));
    const upload = uploads.ensure(kept);
    await settle();
    expect(uploads.view(kept)).toMatchObject({ id: kept.local_id, name: "p.png", status: "uploading", progress: 0 });
    expect(uploads.view(kept)).toBe(uploads.view(kept));
    transport.held[0]?.request.onProgress?.(30, 60);
    expect(uploads.view(kept)).toMatchObject({ status: "uploading", progress: 0.5 });
    transport.answer("p.png", 400, "file: is empty");
    await expect(upload).rejects.toThrow("file: is empty");
    expect(uploads.view(kept)).toMatchObject({ status: "failed", error: "file: is empty", failure: { reason: "file_refused" } });
  });
});
