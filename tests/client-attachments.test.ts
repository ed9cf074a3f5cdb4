/**
 * The client's attachments against a real server, in Node (fetch transport, no upload progress;
 * the browser's XMLHttpRequest one is unit-tested): files uploaded and sent with the text as one
 * message and seen live on the other side, a composer draft sent without text, an outbox with
 * files that survives a reload, a file over the limit failing the message with its reason, and
 * fresh signed links put into every stored copy (one request for concurrent asks).
 */
import { type ChatClient, MemoryPendingFileStore, MemoryStorage, type MessageJson, userKey } from "@chat-app/client";
import { pdf, png } from "./helpers/media";
import { TestServer, type TestUser } from "./helpers/test-server";
import { connected, TestClients, until } from "./client/test-clients";

let server: TestServer;
const testClients = new TestClients(() => server);
const connect = testClients.connect;

beforeAll(async () => {
  server = await TestServer.start({ UPLOAD_MAX_MB: "1" });
});
afterAll(async () => {
  testClients.closeAll();
  await server.close();
});
afterEach(() => expect(server.serverErrors).toEqual([]));

async function pair(): Promise<[TestUser, TestUser]> {
  return Promise.all([server.register("alice"), server.register("bob")]);
}

/** Resolves once the store keeps no file (deletes run in the background), polling. */
async function emptied(files: MemoryPendingFileStore): Promise<void> {
  for (let tries = 0; (await files.keys()).length > 0; tries += 1) {
    if (tries > 250) throw new Error("timed out waiting for the kept files to be deleted");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The next message this client takes in. */
const nextMessage = (client: ChatClient) => new Promise<MessageJson>((resolve) => client.on("message", (message) => resolve(message)));

describe("ChatClient attachments", () => {
  it("uploads the files, then sends them with the text as one message the other side gets live; the kept bytes go once it is acknowledged", async () => {
    const [alice, bob] = await pair();
    const files = new MemoryPendingFileStore();
    const a = connect(alice, { pendingFiles: files });
    const b = connect(bob);
    await Promise.all([connected(a), connected(b)]);
    const arriving = nextMessage(b);

    const entry = a.send(userKey(bob.id), "the photo and the report", [
      new File([await png()], "photo.png", { type: "image/png" }),
      new File([pdf()], "report.pdf", { type: "application/pdf" }),
    ]);
    expect(a.entryAttachments(entry).map((f) => [f.name, f.status])).toEqual([
      ["photo.png", "uploading"],
      ["report.pdf", "uploading"],
    ]);

    const message = await arriving;
    expect(message).toMatchObject({ message_content: "the photo and the report", client_id: entry.client_id });
    expect(message.attachments?.map((f) => [f.name, f.kind])).toEqual([
      ["photo.png", "image"],
      ["report.pdf", "file"],
    ]);
    await until("acknowledged", () => a.pendingTo(bob.id).length === 0);
    await emptied(files);
    const served = await server.fetchBytes("GET", message.attachments![0]!.thumbnail_url!);
    expect(served.status).toBe(200);
  });

  it("sends a composer draft's files, uploaded as they were attached, without text", async () => {
    const [alice, bob] = await pair();
    const a = connect(alice);
    const b = connect(bob);
    await Promise.all([connected(a), connected(b)]);
    const key = userKey(bob.id);
    a.attachFiles(key, [new File(["notes"], "notes.txt", { type: "text/plain" })]);
    expect(a.draftAttachments(key)).toMatchObject([{ name: "notes.txt", size: 5, type: "text/plain", status: "uploading" }]);
    await until("uploaded", () => a.draftAttachments(key)[0]?.status === "uploaded");
    expect(a.draftAttachments(key)[0]).toMatchObject({ progress: 1, attachment_id: expect.any(Number) });
    const uploadedId = a.draftAttachments(key)[0]?.attachment_id;

    const arriving = nextMessage(b);
    a.sendDraft(key, "");
    expect(a.draftAttachments(key)).toEqual([]);
    const message = await arriving;
    expect(message.message_content).toBe("");
    // Sent by the id its upload got while it sat in the draft: not uploaded again.
    expect(message.attachments).toMatchObject([{ id: uploadedId, name: "notes.txt" }]);
  });

  it("keeps a message with files across a reload and sends it from the next session", async () => {
    const [alice, bob] = await pair();
    const storage = new MemoryStorage();
    const files = new MemoryPendingFileStore();
    const offline = connect(alice, { storage, pendingFiles: files, socketOptions: { autoConnect: false } });
    offline.send(userKey(bob.id), "sent after the reload", [new File([pdf()], "later.pdf", { type: "application/pdf" })]);
    offline.close();
    expect(await files.keys()).toHaveLength(1);

    const b = connect(bob);
    await connected(b);
    const arriving = nextMessage(b);
    const reloaded = connect(alice, { storage, pendingFiles: files });
    const message = await arriving;
    expect(message).toMatchObject({ message_content: "sent after the reload", attachments: [{ name: "later.pdf" }] });
    await until("acknowledged", () => reloaded.pendingTo(bob.id).length === 0);
  });

  it("fails the message, naming the file and the limit, when a file is over UPLOAD_MAX_MB; discarding it drops the kept bytes", async () => {
    const [alice, bob] = await pair();
    const files = new MemoryPendingFileStore();
    const a = connect(alice, { pendingFiles: files });
    await connected(a);
    const entry = a.send(userKey(bob.id), "too big", [new File([Buffer.alloc(1024 * 1024 + 1, 1)], "big.bin")]);
    await until("failed", () => a.pendingTo(bob.id)[0]?.failed !== undefined);
    expect(a.pendingTo(bob.id)[0]?.failure).toMatchObject({ reason: "file_too_large", retryable: false, file: "big.bin", limitMb: 1, status: 413 });
    expect(a.entryAttachments(a.pendingTo(bob.id)[0]!)[0]).toMatchObject({ status: "failed", failure: { reason: "file_too_large" } });

    a.discard(entry.client_id);
    expect(a.pendingTo(bob.id)).toEqual([]);
    await emptied(files);
  });

  it("refreshes an attachment's signed links in every stored copy, one request for concurrent asks", async () => {
    const [alice, bob] = await pair();
    const asked: string[] = [];
    const counting: typeof fetch = (input, init) => {
      const url = input instanceof Request ? input.url : input.toString();
      if (/\/api\/attachments\/\d+$/.test(url)) asked.push(url);
      return fetch(input, init);
    };
    const a = connect(alice);
    const b = connect(bob, { fetch: counting });
    await Promise.all([connected(a), connected(b)]);
    const arriving = nextMessage(b);
    a.send(userKey(bob.id), "", [new File([await png()], "p.png", { type: "image/png" })]);
    const message = await arriving;
    const attachment = message.attachments![0]!;

    const updated: MessageJson[] = [];
    b.on("updated", (changed) => updated.push(changed));
    const before = b.messagesWith(alice.id);
    const [first, second] = await Promise.all([b.refreshAttachment(attachment.id), b.refreshAttachment(attachment.id)]);
    expect(first).toBe(second);
    expect(asked).toHaveLength(1);
    expect(first).toMatchObject({ id: attachment.id, url: expect.stringMatching(/exp=\d+&sig=/) });
    // The store holds the fresh copy, in a new array so views render again.
    expect(b.messagesWith(alice.id)).not.toBe(before);
    expect(b.messagesWith(alice.id).find((m) => m.id === message.id)?.attachments?.[0]).toBe(first);
    expect(updated.map((m) => m.id)).toEqual([message.id]);
    expect((await server.fetchBytes("GET", first.url)).status).toBe(200);

    // A refresh of what this person may not see is the server's 404, as an error.
    await expect(b.refreshAttachment(2 ** 31 - 1)).rejects.toMatchObject({ status: 404 });
  });
});
