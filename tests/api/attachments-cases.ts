import sharp from "sharp";
import { UrlSigner } from "../../server/src/security/url-signer";
import { gif, html, jpegWithGps, multipart, pdf, png, pngBomb, svg, wav, webp } from "../helpers/media";
import { emitWithAck, nextEvent, type TestServer, type TestUser, useTestServer } from "../helpers/test-server";

/** Where a suite's servers keep attachment bytes, and how to see what they hold. */
export interface AttachmentStorage {
  /** Extra environment for one more server (a fresh STORAGE_URL, or nothing for local disk), read when it starts. */
  env: () => Record<string, string>;
  /** The keys a server's storage holds (finished objects only). */
  storedFiles: (on: TestServer) => Promise<string[]>;
}

/** The attachments API suite; run once per storage driver. */
export function attachmentCases({ env, storedFiles }: AttachmentStorage): void {
  const DAY_MS = 24 * 60 * 60 * 1000;

  const { server, users } = useTestServer(["alice", "bob", "carol"], env);
  const { alice, bob, carol } = users;

  const upload = async (as: TestUser, data: Buffer, name = "file.bin", type?: string) => {
    const response = await server.upload(as.token, data, name, type);
    if (response.status !== 201) throw new Error(`upload failed: ${response.status} ${response.bytes.toString()}`);
    return response.body.attachment;
  };
  const download = (url: string, headers: Record<string, string> = {}) => server.fetchBytes("GET", url, { headers });
  const send = (as: TestUser, body: Record<string, unknown>) => server.request("POST", "/api/messages/send", { token: as.token, body });

  describe("POST /api/attachments: images", () => {
    it("stores a JPEG without its EXIF and GPS, turned upright, with its size and a thumbnail", async () => {
      const original = await jpegWithGps();
      expect((await sharp(original).metadata()).exif).toBeDefined();
      const attachment = await upload(alice, original, "holiday.jpg", "image/jpeg");
      expect(attachment).toEqual({
        id: expect.any(Number),
        kind: "image",
        name: "holiday.jpg",
        size: expect.any(Number),
        content_type: "image/jpeg",
        url: expect.stringMatching(/^\/api\/attachments\/\d+\/content\?exp=\d+&sig=[\w-]+$/),
        thumbnail_url: expect.stringMatching(/^\/api\/attachments\/\d+\/thumbnail\?exp=\d+&sig=[\w-]+$/),
        // Orientation 6 (a quarter turn) was applied to the pixels: 64×32 becomes 32×64.
        width: 32,
        height: 64,
        created_at: expect.any(String),
      });

      const served = await download(attachment.url);
      expect(served.status).toBe(200);
      expect(served.bytes.length).toBe(attachment.size);
      expect(served.headers.get("content-type")).toBe("image/jpeg");
      expect(served.headers.get("x-content-type-options")).toBe("nosniff");
      expect(served.headers.get("content-security-policy")).toBe("sandbox");
      expect(served.headers.get("cache-control")).toMatch(/^private/);
      expect(served.headers.get("content-disposition")).toMatch(/^inline; filename="?holiday\.jpg"?$/);
      const metadata = await sharp(served.bytes).metadata();
      expect(metadata).toMatchObject({ format: "jpeg", width: 32, height: 64 });
      expect(metadata.exif).toBeUndefined();
      expect(metadata.xmp).toBeUndefined();
      expect(metadata.orientation).toBeUndefined();
      expect(served.bytes.includes(Buffer.from("alice-the-photographer"))).toBe(false);

      const thumb = await download(attachment.thumbnail_url);
      expect(thumb.status).toBe(200);
      expect(thumb.headers.get("content-type")).toBe("image/webp");
      const thumbMetadata = await sharp(thumb.bytes).metadata();
      expect(thumbMetadata).toMatchObject({ format: "webp", width: 32, height: 64 });
      expect(thumbMetadata.exif).toBeUndefined();
    });

    it("makes a thumbnail whose longest side is 480 px", async () => {
      const attachment = await upload(alice, await png(1000, 500), "wide.png");
      expect(attachment).toMatchObject({ kind: "image", content_type: "image/png", width: 1000, height: 500 });
      const thumb = await download(attachment.thumbnail_url);
      expect(await sharp(thumb.bytes).metadata()).toMatchObject({ width: 480, height: 240 });
    });

    it.each([
      ["PNG", png, "image/png"],
      ["WebP", webp, "image/webp"],
      ["GIF", gif, "image/gif"],
    ])("takes a %s as an image", async (_name, make, contentType) => {
      const attachment = await upload(alice, await make(), "picture", "application/octet-stream");
      expect(attachment).toMatchObject({ kind: "image", content_type: contentType, width: expect.any(Number), thumbnail_url: expect.any(String) });
    });

    it("refuses an image with more pixels than IMAGE_MAX_MEGAPIXELS (a decompression bomb) with 400, and keeps nothing", async () => {
      const before = (await storedFiles(server)).length;
      const response = await server.upload(alice.token, pngBomb(), "bomb.png", "image/png");
      expect(response.status).toBe(400);
      expect(response.body).toEqual({ error: "file: the image has too many pixels" });
      expect(await storedFiles(server)).toHaveLength(before);
    });

    it("refuses bytes that start like an image but do not decode with 400", async () => {
      const fake = Buffer.concat([(await png()).subarray(0, 40), Buffer.from("<html><script>alert(1)</script></html>")]);
      const response = await server.upload(alice.token, fake, "broken.png", "image/png");
      expect(response.status).toBe(400);
      expect(response.body.error).toBe("file: the image could not be read");
    });
  });

  describe("POST /api/attachments: files and audio", () => {
    it.each([
      ["an SVG", svg, "drawing.svg", "image/svg+xml"],
      ["HTML named like a PNG", html, "photo.png", "image/png"],
    ])("takes %s as a file, served as an opaque download", async (_name, make, name, declared) => {
      const attachment = await upload(alice, make(), name, declared);
      expect(attachment).toMatchObject({ kind: "file", content_type: "application/octet-stream", name });
      expect(attachment.thumbnail_url).toBeUndefined();
      const served = await download(attachment.url);
      expect(served.headers.get("content-type")).toBe("application/octet-stream");
      expect(served.headers.get("content-disposition")).toMatch(/^attachment; filename=/);
      expect(served.headers.get("content-security-policy")).toBe("sandbox");
      expect(served.headers.get("x-content-type-options")).toBe("nosniff");
      expect(served.bytes.equals(make())).toBe(true);
    });

    it("takes a PDF as a file with its type, as a download", async () => {
      const attachment = await upload(alice, pdf(), "report.pdf", "text/html");
      expect(attachment).toMatchObject({ kind: "file", content_type: "application/pdf", size: pdf().length });
      expect((await download(attachment.url)).headers.get("content-disposition")).toMatch(/^attachment; filename="?report\.pdf"?$/);
    });

    it("takes a WAV as audio, served inline, answering Range requests with 206 and 416", async () => {
      const audio = wav();
      const attachment = await upload(alice, audio, "note.wav");
      expect(attachment).toMatchObject({ kind: "audio", content_type: "audio/wav", size: audio.length });
      const whole = await download(attachment.url);
      expect(whole.headers.get("content-disposition")).toMatch(/^inline/);
      expect(whole.headers.get("accept-ranges")).toBe("bytes");

      const part = await download(attachment.url, { range: "bytes=4-11" });
      expect(part.status).toBe(206);
      expect(part.headers.get("content-range")).toBe(`bytes 4-11/${audio.length}`);
      expect(part.bytes.equals(audio.subarray(4, 12))).toBe(true);

      const tail = await download(attachment.url, { range: "bytes=-4" });
      expect(tail.status).toBe(206);
      expect(tail.bytes.equals(audio.subarray(audio.length - 4))).toBe(true);

      const beyond = await download(attachment.url, { range: `bytes=${audio.length + 10}-` });
      expect(beyond.status).toBe(416);
      expect(beyond.headers.get("content-range")).toBe(`bytes */${audio.length}`);
    });

    it("keeps only the last segment of a name with folders, without control characters, at most 255 characters", async () => {
      const named = async (filename: string) => {
        const { body, contentType } = multipart([{ field: "file", filename, data: "hello" }]);
        const response = await server.fetchBytes("POST", "/api/attachments", { token: alice.token, body, headers: { "content-type": contentType } });
        expect({ status: response.status, body: response.body }).toMatchObject({ status: 201, body: { attachment: {} } });
        return response.body.attachment.name as string;
      };
      expect(await named("../../etc/passwd")).toBe("passwd");
      expect(await named("C:\\Users\\alice\\notes.txt")).toBe("notes.txt");
      expect(await named("nel\u0085and\u009fc1.txt")).toBe("nelandc1.txt");
      expect(await named("evil\u202Egpj.exe")).toBe("evil_gpj.exe");
      expect(await named("..")).toBe("file");
      const long = await named(`${"x".repeat(300)}.pdf`);
      expect([...long]).toHaveLength(255);
      expect(long.endsWith(".pdf")).toBe(true);
    });
  });

  describe("POST /api/attachments: refusals", () => {
    const raw = (body: Buffer | string, contentType: string, token: string | undefined = alice.token) =>
      server.fetchBytes("POST", "/api/attachments", { token, body, headers: { "content-type": contentType } });

    it("401 without a token", async () => {
      expect((await server.upload(undefined, Buffer.from("x"))).status).toBe(401);
    });

    it("400 for a body that is not multipart", async () => {
      const response = await raw(JSON.stringify({ file: "x" }), "application/json");
      expect(response.status).toBe(400);
      expect(response.body.error).toMatch(/multipart\/form-data/);
    });

    it("400 for multipart without a boundary", async () => {
      expect((await raw("x", "multipart/form-data")).status).toBe(400);
    });

    it.each([
      ["no part at all", [], /file is required/],
      ["a field instead of a file", [{ field: "file", data: "just text" }], /unexpected field/],
      ["a file under another name", [{ field: "upload", filename: "a.txt", data: "x" }], /unexpected field "upload"/],
      [
        "two files",
        [
          { field: "file", filename: "a.txt", data: "a" },
          { field: "file", filename: "b.txt", data: "b" },
        ],
        /only one file/,
      ],
      [
        "a file and another field",
        [
          { field: "file", filename: "a.txt", data: "a" },
          { field: "caption", data: "hi" },
        ],
        /unexpected field/,
      ],
    ])("400 for %s, and keeps nothing", async (_name, parts, error) => {
      const before = (await storedFiles(server)).length;
      const { body, contentType } = multipart(parts);
      const response = await raw(body, contentType);
      expect(response.status).toBe(400);
      expect(response.body.error).toMatch(error);
      expect(await storedFiles(server)).toHaveLength(before);
    });

    it("400 for a C0 control character in a part's header", async () => {
      const { body, contentType } = multipart([{ field: "file", filename: "bell\u0007.txt", data: "x" }]);
      const response = await raw(body, contentType);
      expect(response.status).toBe(400);
    });

    it("400 for an empty file", async () => {
      const response = await server.upload(alice.token, Buffer.alloc(0), "empty.txt");
      expect(response.status).toBe(400);
      expect(response.body).toEqual({ error: "file: is empty" });
    });

    it("400 for a truncated body, and keeps nothing", async () => {
      const before = (await storedFiles(server)).length;
      const { body, contentType } = multipart([{ field: "file", filename: "a.bin", data: Buffer.alloc(50_000, 1) }], { truncate: true });
      const response = await raw(body, contentType);
      expect(response.status).toBe(400);
      expect(await storedFiles(server)).toHaveLength(before);
    });
  });

  describe("signed links", () => {
    it("serve only the attachment and variant they were signed for, and only until they expire", async () => {
      const attachment = await upload(alice, await png(), "a.png");
      const other = await upload(alice, pdf(), "b.pdf");
      const { searchParams } = new URL(attachment.url, server.url);
      const exp = searchParams.get("exp")!;
      const sig = searchParams.get("sig")!;
      expect((await download(`/api/attachments/${other.id}/content?exp=${exp}&sig=${sig}`)).status).toBe(403);
      expect((await download(`/api/attachments/${attachment.id}/thumbnail?exp=${exp}&sig=${sig}`)).status).toBe(403);
      expect((await download(`/api/attachments/${attachment.id}/content?exp=${Number(exp) + 60}&sig=${sig}`)).status).toBe(403);
      expect((await download(`/api/attachments/${attachment.id}/content?exp=${exp}&sig=${sig.slice(0, -2)}xx`)).status).toBe(403);
      expect((await download(`/api/attachments/${attachment.id}/content?exp=${exp}`)).status).toBe(400);
      expect((await download(`/api/attachments/${attachment.id}/original?exp=${exp}&sig=${sig}`)).status).toBe(400);

      // Signed with the server's key, but an hour ago for one minute: expired.
      const expired = new UrlSigner(server.jwtSecret, 60, () => Date.now() - 3_600_000).url(attachment.id, "content");
      const expiredResponse = await download(expired);
      expect(expiredResponse.status).toBe(403);
      expect(expiredResponse.body).toEqual({ error: "This link is invalid or has expired" });
      const fresh = new UrlSigner(server.jwtSecret, 60).url(attachment.id, "content");
      expect((await download(fresh)).status).toBe(200);
    });

    it("GET /api/attachments/:id answers the uploader and the conversation's members with fresh links; anyone else 404", async () => {
      const attachment = await upload(alice, pdf(), "plan.pdf");
      const view = (as: TestUser | undefined, id: number = attachment.id) =>
        server.request("GET", `/api/attachments/${id}`, as ? { token: as.token } : {});
      const mine = await view(alice);
      expect(mine.status).toBe(200);
      expect(mine.body.attachment).toMatchObject({ id: attachment.id, name: "plan.pdf", url: expect.any(String) });
      expect((await download(mine.body.attachment.url)).status).toBe(200);

      expect((await view(bob)).status).toBe(404);
      expect((await send(alice, { receiver_id: bob.id, attachment_ids: [attachment.id] })).status).toBe(201);
      expect((await view(bob)).status).toBe(200);
      expect((await view(carol)).status).toBe(404);
      expect((await view(carol, 2 ** 31 - 1)).status).toBe(404);
      expect((await view(undefined)).status).toBe(401);
    });
  });

  describe("sending attachments", () => {
    it("sends uploads with a message, with or without text; history, search, the conversation list and edits carry them", async () => {
      const photo = await upload(alice, await png(), "photo.png");
      const doc = await upload(alice, pdf(), "doc.pdf");
      const sent = await send(alice, { receiver_id: bob.id, message_content: "holiday snaps attached", attachment_ids: [doc.id, photo.id] });
      expect(sent.status).toBe(201);
      expect(sent.body.message.attachments.map((a: { id: number }) => a.id)).toEqual([doc.id, photo.id]);
      expect(sent.body.message.attachments[1]).toMatchObject({ kind: "image", name: "photo.png", thumbnail_url: expect.any(String) });

      const only = await send(alice, { receiver_id: bob.id, attachment_ids: [(await upload(alice, wav(), "voice.wav")).id] });
      expect(only.status).toBe(201);
      expect(only.body.message).toMatchObject({ message_content: "", attachments: [{ kind: "audio", name: "voice.wav" }] });

      const page = await server.request("GET", `/api/messages/conversation/${alice.id}`, { token: bob.token });
      const byId = new Map(page.body.messages.map((message: { id: number }) => [message.id, message]));
      expect(byId.get(sent.body.message.id)).toMatchObject({ attachments: [{ id: doc.id }, { id: photo.id }] });
      const bobsCopy = (byId.get(sent.body.message.id) as { attachments: Array<{ url: string }> }).attachments[1]!;
      expect((await download(bobsCopy.url)).status).toBe(200);

      const hits = await server.request("GET", "/api/search?q=holiday", { token: bob.token });
      expect(hits.body.results.find((hit: { id: number }) => hit.id === sent.body.message.id)).toMatchObject({
        attachments: [{ id: doc.id }, { id: photo.id }],
      });

      const list = await server.request("GET", "/api/conversations", { token: bob.token });
      const withAlice = list.body.conversations.find((row: { partner?: { id: number } }) => row.partner?.id === alice.id);
      expect(withAlice.last_message).toMatchObject({ id: only.body.message.id, attachments: [{ kind: "audio" }] });

      const { body: feed } = await server.request("GET", "/api/messages/changes", { token: bob.token });
      const edited = await server.request("PATCH", `/api/messages/${sent.body.message.id}`, {
        token: alice.token,
        body: { message_content: "snaps" },
      });
      expect(edited.body.message.attachments).toHaveLength(2);
      const changes = await server.request("GET", `/api/messages/changes?after=${feed.cursor}`, { token: bob.token });
      expect(changes.body.changes).toEqual([
        expect.objectContaining({
          id: sent.body.message.id,
          attachments: [expect.objectContaining({ id: doc.id }), expect.objectContaining({ id: photo.id })],
        }),
      ]);
    });

    it("every message JSON carries attachments, [] when there are none", async () => {
      const sent = await send(alice, { receiver_id: bob.id, message_content: "plain" });
      expect(sent.body.message.attachments).toEqual([]);
    });

    it("refuses ids that are not the sender's own unsent uploads, and bad lists", async () => {
      const bobs = await upload(bob, pdf(), "bob.pdf");
      expect(await send(alice, { receiver_id: bob.id, attachment_ids: [bobs.id] })).toMatchObject({ status: 403 });
      expect(await send(alice, { receiver_id: bob.id, attachment_ids: [2 ** 31 - 1] })).toMatchObject({ status: 403 });
      const mine = await upload(alice, pdf(), "mine.pdf");
      expect(await send(alice, { receiver_id: bob.id, attachment_ids: [mine.id] })).toMatchObject({ status: 201 });
      const again = await send(alice, { receiver_id: carol.id, attachment_ids: [mine.id] });
      expect(again).toMatchObject({ status: 400, body: { error: "attachment_ids: an attachment was already sent" } });

      const fresh = await upload(alice, pdf(), "fresh.pdf");
      expect((await send(alice, { receiver_id: bob.id, attachment_ids: [fresh.id, fresh.id] })).body.error).toBe(
        "attachment_ids must not repeat an id",
      );
      expect((await send(alice, { receiver_id: bob.id, attachment_ids: [] })).status).toBe(400);
      expect((await send(alice, { receiver_id: bob.id, attachment_ids: Array.from({ length: 11 }, (_, i) => i + 1) })).status).toBe(400);
      expect((await send(alice, { receiver_id: bob.id, attachment_ids: ["1"] })).status).toBe(400);
      expect((await send(alice, { receiver_id: bob.id })).body.error).toMatch(/^message_content is required/);
      // Nothing above used it up.
      expect(await send(alice, { receiver_id: bob.id, attachment_ids: [fresh.id] })).toMatchObject({ status: 201 });
    });

    it("a retried send with the same client_id answers the stored message, attachments included", async () => {
      const file = await upload(alice, pdf(), "retry.pdf");
      const body = { receiver_id: bob.id, client_id: "3b241101-e2bb-4255-8caf-4136c566a962", attachment_ids: [file.id] };
      const first = await send(alice, body);
      const retry = await send(alice, body);
      expect(first.status).toBe(201);
      expect(retry.status).toBe(200);
      expect(retry.body.message).toMatchObject({ id: first.body.message.id, attachments: [{ id: file.id }] });
    });

    it("socket message:send takes attachment_ids; message:new carries them to the receiver", async () => {
      const file = await upload(alice, await png(), "live.png");
      const aliceSocket = await server.connect(alice.token);
      const bobSocket = await server.connect(bob.token);
      const arrived = nextEvent(bobSocket, "message:new");
      const ack = await emitWithAck(aliceSocket, "message:send", { receiver_id: bob.id, attachment_ids: [file.id] });
      expect(ack.message.attachments).toEqual([expect.objectContaining({ id: file.id, kind: "image" })]);
      const pushed = await arrived;
      expect(pushed.attachments[0]).toMatchObject({ id: file.id, thumbnail_url: expect.any(String) });
      expect((await download(pushed.attachments[0].thumbnail_url)).status).toBe(200);
      const refused = await emitWithAck(aliceSocket, "message:send", { receiver_id: bob.id, attachment_ids: [file.id] });
      expect(refused).toEqual({ error: "attachment_ids: an attachment was already sent", status: 400 });
    });

    it("groups: members see the attachments in the history and may view them; others get 404", async () => {
      const group = (await server.request("POST", "/api/groups", { token: alice.token, body: { name: "trip", member_ids: [bob.id] } })).body.group;
      const file = await upload(alice, wav(), "hello.wav");
      const sent = await send(alice, { group_id: group.id, attachment_ids: [file.id] });
      expect(sent.status).toBe(201);
      const history = await server.request("GET", `/api/messages/group/${group.id}`, { token: bob.token });
      expect(history.body.messages.at(-1)).toMatchObject({ id: sent.body.message.id, attachments: [{ id: file.id, kind: "audio" }] });
      expect((await server.request("GET", `/api/attachments/${file.id}`, { token: bob.token })).status).toBe(200);
      expect((await server.request("GET", `/api/attachments/${file.id}`, { token: carol.token })).status).toBe(404);

      const bobsFile = await upload(bob, pdf(), "bob.pdf");
      const socket = await server.connect(carol.token);
      const notMember = await emitWithAck(socket, "message:send", { group_id: group.id, attachment_ids: [(await upload(carol, pdf(), "c.pdf")).id] });
      expect(notMember.status).toBe(403);
      expect((await send(alice, { group_id: group.id, attachment_ids: [bobsFile.id] })).status).toBe(403);
    });
  });

  describe("lifetime", () => {
    it("deleting a message deletes its files: links and views answer 404, storage forgets them", async () => {
      const file = await upload(alice, await png(), "gone.png");
      const before = (await storedFiles(server)).length;
      const sent = await send(alice, { receiver_id: bob.id, attachment_ids: [file.id] });
      const url = sent.body.message.attachments[0].url;
      const deleted = await server.request("DELETE", `/api/messages/${sent.body.message.id}`, { token: alice.token });
      expect(deleted.body.message.attachments).toEqual([]);
      expect((await download(url)).status).toBe(404);
      expect((await server.request("GET", `/api/attachments/${file.id}`, { token: alice.token })).status).toBe(404);
      expect(await storedFiles(server)).toHaveLength(before - 2);
    });

    it("the sweep deletes uploads never sent once a day old, and keeps sent ones", async () => {
      const unsent = await upload(alice, pdf(), "forgotten.pdf");
      const kept = await upload(alice, pdf(), "sent.pdf");
      await send(alice, { receiver_id: bob.id, attachment_ids: [kept.id] });
      expect(await server.server.attachments.sweep(Date.now() + DAY_MS - 60_000)).toBe(0);
      expect(await server.server.attachments.sweep(Date.now() + DAY_MS + 60_000)).toBeGreaterThanOrEqual(1);
      expect((await download(unsent.url)).status).toBe(404);
      expect((await server.request("GET", `/api/attachments/${unsent.id}`, { token: alice.token })).status).toBe(404);
      expect((await download(kept.url)).status).toBe(200);
    });
  });

  describe("limits (UPLOAD_MAX_MB=1, UPLOAD_QUOTA_MB=2)", () => {
    const MB = 1024 * 1024;
    const limited = useTestServer(["dora", "erin"], () => ({ ...env(), UPLOAD_MAX_MB: "1", UPLOAD_QUOTA_MB: "2" }));

    it("takes a file of exactly the limit, refuses one byte more with 413 and keeps nothing", async () => {
      const { dora } = limited.users;
      expect((await limited.server.upload(dora.token, Buffer.alloc(MB, 7), "exact.bin")).status).toBe(201);
      const before = (await storedFiles(limited.server)).length;
      const over = await limited.server.upload(dora.token, Buffer.alloc(MB + 1, 7), "over.bin");
      expect(over.status).toBe(413);
      expect(over.body).toEqual({ error: "file: larger than the limit of 1 MB" });
      expect(await storedFiles(limited.server)).toHaveLength(before);
    });

    it("refuses uploads over the quota with 413; deleting a message with files frees it", async () => {
      const { erin, dora } = limited.users;
      const first = (await limited.server.upload(erin.token, Buffer.alloc(MB, 1), "a.bin")).body.attachment;
      expect((await limited.server.upload(erin.token, Buffer.alloc(MB / 2, 1), "b.bin")).status).toBe(201);
      const full = await limited.server.upload(erin.token, Buffer.alloc(MB / 2 + 1, 1), "c.bin");
      expect(full.status).toBe(413);
      expect(full.body).toEqual({ error: "file: over your storage quota of 2 MB" });

      const sent = await limited.server.request("POST", "/api/messages/send", {
        token: erin.token,
        body: { receiver_id: dora.id, attachment_ids: [first.id] },
      });
      await limited.server.request("DELETE", `/api/messages/${sent.body.message.id}`, { token: erin.token });
      expect((await limited.server.upload(erin.token, Buffer.alloc(MB / 2 + 1, 1), "c.bin")).status).toBe(201);
    });
  });
}
