import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import sharp from "sharp";
import { UrlSigner } from "../../server/src/security/url-signer";
import { TestServer, type TestUser, useTestServer } from "../helpers/test-server";

/**
 * Link previews through the real server. The pages are a fixture server on loopback, allowed
 * explicitly by LINK_PREVIEW_ALLOW_HOSTS (exact host:port): nothing here reaches past this machine.
 * The fixture records every request, so "fetched once" and "never fetched" are counted, not timed.
 */
type Preview = { url: string; title: string | null; description: string | null; image_url: string | null; site_name: string | null };
type Message = { id: number; message_content: string; link_preview: Preview | null; deleted_at: string | null };

const fixtureRequests: string[] = [];
let fixture: http.Server;
let fixtureBase = "";
let png: Buffer;

beforeAll(async () => {
  png = await sharp({ create: { width: 900, height: 300, channels: 3, background: "#cc3366" } })
    .png()
    .toBuffer();
  fixture = http.createServer((request, response) => {
    fixtureRequests.push(request.url!);
    const url = new URL(request.url!, "http://fixture");
    const name = url.searchParams.get("page") ?? "";
    if (url.pathname === "/page") {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      response.end(
        `<html><head><title>Fallback ${name}</title><meta property="og:title" content="Page ${name}">` +
          `<meta name="description" content="About ${name}"><meta property="og:site_name" content="Fixture">` +
          `<meta property="og:image" content="/image.png?page=${name}"></head><body></body></html>`,
      );
    } else if (url.pathname === "/image.png") {
      response.writeHead(200, { "content-type": "image/png" });
      response.end(png);
    } else {
      response.writeHead(404, { "content-type": "text/html" });
      response.end("<title>missing</title>");
    }
  });
  await new Promise<void>((resolve) => fixture.listen(0, "127.0.0.1", resolve));
  fixtureBase = `http://127.0.0.1:${(fixture.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => fixture.close(() => resolve())));

const {
  server,
  users: { alice, bob, carol },
} = useTestServer(["alice", "bob", "carol"], () => ({ LINK_PREVIEWS: "true", LINK_PREVIEW_ALLOW_HOSTS: new URL(fixtureBase).host }));

const pageUrl = (name: string) => `${fixtureBase}/page?page=${name}`;
const fetchesOf = (path: string) => fixtureRequests.filter((url) => url === path).length;
const api = (method: string, path: string, user: TestUser, body?: unknown) => server.request(method, path, { token: user.token, body });
const send = async (from: TestUser, to: { receiver_id: number } | { group_id: number }, text: string) => {
  const response = await api("POST", "/api/messages/send", from, { ...to, message_content: text });
  expect(response.status).toBe(201);
  return response.body.message as Message;
};
const history = async (user: TestUser, partner: TestUser) =>
  (await api("GET", `/api/messages/conversation/${partner.id}`, user)).body.messages as Message[];
const inHistory = async (user: TestUser, partner: TestUser, id: number) => (await history(user, partner)).find((message) => message.id === id)!;
const expectedPreview = (id: number, name: string): Preview => ({
  url: pageUrl(name),
  title: `Page ${name}`,
  description: `About ${name}`,
  image_url: expect.stringMatching(new RegExp(`^/api/messages/${id}/link-preview/image\\?exp=\\d+&sig=[\\w-]+$`)),
  site_name: "Fixture",
});
/** The next message:updated for that message (others are skipped). */
const updateOf = (socket: Awaited<ReturnType<TestServer["connect"]>>, id: number) =>
  new Promise<Message>((resolve) => {
    const listener = (message: Message) => {
      if (message.id !== id) return;
      socket.off("message:updated", listener);
      resolve(message);
    };
    socket.on("message:updated", listener);
  });

describe("link previews", () => {
  it("arrive live to both people after the send, and history carries them", async () => {
    const [aliceSocket, bobSocket] = await Promise.all([server.connect(alice.token), server.connect(bob.token)]);
    const pendingAlice = new Promise<Message>((resolve) => aliceSocket.on("message:updated", resolve));
    const pendingBob = new Promise<Message>((resolve) => bobSocket.on("message:updated", resolve));
    const sent = await send(alice, { receiver_id: bob.id }, `look at ${pageUrl("live")}, nice`);
    expect(sent.link_preview).toBeNull();
    const [forAlice, forBob] = await Promise.all([pendingAlice, pendingBob]);
    expect(forAlice).toMatchObject({ id: sent.id, link_preview: expectedPreview(sent.id, "live") });
    expect(forBob).toMatchObject({ id: sent.id, link_preview: expectedPreview(sent.id, "live") });
    expect((await inHistory(bob, alice, sent.id)).link_preview).toEqual(expectedPreview(sent.id, "live"));
    aliceSocket.disconnect();
    bobSocket.disconnect();
  });

  it("serve the image from the server to members only: 401 without a token, 404 to others", async () => {
    const sent = await send(alice, { receiver_id: bob.id }, pageUrl("image"));
    await server.server.linkPreviews.idle();
    const path = `/api/messages/${sent.id}/link-preview/image`;
    const image = await server.fetchBytes("GET", path, { token: bob.token });
    expect(image.status).toBe(200);
    expect(image.headers.get("content-type")).toBe("image/webp");
    expect(await sharp(image.bytes).metadata()).toMatchObject({ format: "webp", width: 600, height: 200 });
    expect((await server.fetchBytes("GET", path)).status).toBe(401);
    expect((await server.fetchBytes("GET", path, { token: carol.token })).status).toBe(404);
    const plain = await send(alice, { receiver_id: bob.id }, "no link here");
    expect((await server.fetchBytes("GET", `/api/messages/${plain.id}/link-preview/image`, { token: bob.token })).status).toBe(404);
  });

  it("serve the image by the message's signed link without a token, refused when tampered with or expired", async () => {
    const sent = await send(alice, { receiver_id: bob.id }, pageUrl("signed"));
    await server.server.linkPreviews.idle();
    const signed = (await inHistory(bob, alice, sent.id)).link_preview!.image_url!;
    const image = await server.fetchBytes("GET", signed);
    expect(image.status).toBe(200);
    expect(image.headers.get("content-type")).toBe("image/webp");
    expect(image.headers.get("content-security-policy")).toBe("sandbox");
    expect(await sharp(image.bytes).metadata()).toMatchObject({ format: "webp", width: 600 });

    const link = new URL(signed, server.url);
    const exp = Number(link.searchParams.get("exp"));
    const sig = link.searchParams.get("sig")!;
    // Valid at least a day, at most two, and the same URL all day long (the browser's cache works).
    expect(exp * 1000 - Date.now()).toBeGreaterThan(24 * 3600 * 1000);
    expect(exp * 1000 - Date.now()).toBeLessThanOrEqual(48 * 3600 * 1000);
    const other = await send(alice, { receiver_id: bob.id }, pageUrl("signed-other"));
    await server.server.linkPreviews.idle();
    const refused = [
      `/api/messages/${other.id}/link-preview/image?exp=${exp}&sig=${sig}`,
      `/api/messages/${sent.id}/link-preview/image?exp=${exp + 86_400}&sig=${sig}`,
      `/api/messages/${sent.id}/link-preview/image?exp=${exp}&sig=${sig.slice(1)}A`,
      // Signed with the server's key, but for an attachment with the same id.
      new UrlSigner(server.jwtSecret, 3600)
        .url(sent.id, "content")
        .replace(`/api/attachments/${sent.id}/content`, `/api/messages/${sent.id}/link-preview/image`),
      // Signed with the server's key, but already expired.
      `/api/messages/${sent.id}/link-preview/image?${new UrlSigner(server.jwtSecret, 60).query(sent.id, "link-preview-image", Math.floor(Date.now() / 1000) - 60)}`,
    ];
    for (const path of refused) {
      const response = await server.request("GET", path);
      expect({ path, status: response.status, body: response.body }).toEqual({
        path,
        status: 403,
        body: { error: "This link is invalid or has expired" },
      });
    }
    expect((await server.request("GET", `/api/messages/${sent.id}/link-preview/image?exp=soon&sig=${sig}`)).status).toBe(400);
    expect((await server.request("GET", `/api/messages/${sent.id}/link-preview/image?sig=${sig}`)).status).toBe(400);
    // A link to a preview since removed serves nothing.
    expect((await api("DELETE", `/api/messages/${sent.id}/link-preview`, alice)).status).toBe(200);
    expect((await server.fetchBytes("GET", signed)).status).toBe(404);
    expect(server.serverErrors).toEqual([]);
  });

  it("in a group: the first URL's preview for every member", async () => {
    const group = (await api("POST", "/api/groups", alice, { name: "links 2", member_ids: [bob.id, carol.id] })).body.group as { id: number };
    const carolSocket = await server.connect(carol.token);
    const pending = new Promise<Message>((resolve) => carolSocket.on("message:updated", resolve));
    const sent = await send(bob, { group_id: group.id }, `${pageUrl("group2")} and, not fetched, ${pageUrl("group-second")}`);
    expect((await pending).link_preview).toEqual(expectedPreview(sent.id, "group2"));
    carolSocket.disconnect();
    const page = (await api("GET", `/api/messages/group/${group.id}`, alice)).body.messages as Message[];
    expect(page.find((message) => message.id === sent.id)!.link_preview).toEqual(expectedPreview(sent.id, "group2"));
    await server.server.linkPreviews.idle();
    expect(fetchesOf("/page?page=group-second")).toBe(0);
  });

  it("are fetched once per URL: the same link in two messages", async () => {
    const first = await send(alice, { receiver_id: bob.id }, pageUrl("cached"));
    const second = await send(bob, { receiver_id: alice.id }, `again ${pageUrl("cached")}`);
    await server.server.linkPreviews.idle();
    expect(fetchesOf("/page?page=cached")).toBe(1);
    expect(fetchesOf("/image.png?page=cached")).toBe(1);
    expect((await inHistory(alice, bob, first.id)).link_preview).toEqual(expectedPreview(first.id, "cached"));
    expect((await inHistory(alice, bob, second.id)).link_preview).toEqual(expectedPreview(second.id, "cached"));
  });

  it("remember failures briefly: a failing URL is not fetched again", async () => {
    const missing = `${fixtureBase}/missing?n=1`;
    await send(alice, { receiver_id: bob.id }, missing);
    await server.server.linkPreviews.idle();
    const again = await send(alice, { receiver_id: bob.id }, missing);
    await server.server.linkPreviews.idle();
    expect(fetchesOf("/missing?n=1")).toBe(1);
    expect((await inHistory(alice, bob, again.id)).link_preview).toBeNull();
  });

  it("follow an edit that changes the first URL", async () => {
    const sent = await send(alice, { receiver_id: bob.id }, pageUrl("before"));
    await server.server.linkPreviews.idle();
    const bobSocket = await server.connect(bob.token);
    const edited = updateOf(bobSocket, sent.id);
    const response = await api("PATCH", `/api/messages/${sent.id}`, alice, { message_content: `now ${pageUrl("after")}` });
    expect(response.body.message.link_preview).toBeNull();
    expect((await edited).link_preview).toBeNull();
    expect((await updateOf(bobSocket, sent.id)).link_preview).toEqual(expectedPreview(sent.id, "after"));
    // An edit that keeps the first URL keeps its preview.
    const kept = await api("PATCH", `/api/messages/${sent.id}`, alice, { message_content: `still ${pageUrl("after")}!` });
    expect(kept.body.message.link_preview).toEqual(expectedPreview(sent.id, "after"));
    bobSocket.disconnect();
  });

  it("go with a deleted message", async () => {
    const sent = await send(alice, { receiver_id: bob.id }, pageUrl("deleted"));
    await server.server.linkPreviews.idle();
    expect((await api("DELETE", `/api/messages/${sent.id}`, alice)).body.message.link_preview).toBeNull();
    expect((await inHistory(bob, alice, sent.id)).link_preview).toBeNull();
    expect((await server.fetchBytes("GET", `/api/messages/${sent.id}/link-preview/image`, { token: bob.token })).status).toBe(404);
  });

  it("can be removed by the sender only, live to all, and never come back for that message", async () => {
    const sent = await send(alice, { receiver_id: bob.id }, pageUrl("removed"));
    await server.server.linkPreviews.idle();
    const path = `/api/messages/${sent.id}/link-preview`;
    expect((await api("DELETE", path, bob)).status).toBe(403);
    expect((await api("DELETE", path, carol)).status).toBe(404);
    expect((await inHistory(bob, alice, sent.id)).link_preview).toEqual(expectedPreview(sent.id, "removed"));
    const bobSocket = await server.connect(bob.token);
    const live = updateOf(bobSocket, sent.id);
    const removed = await api("DELETE", path, alice);
    expect(removed.status).toBe(200);
    expect(removed.body.message).toMatchObject({ id: sent.id, link_preview: null });
    expect((await live).link_preview).toBeNull();
    bobSocket.disconnect();
    await api("PATCH", `/api/messages/${sent.id}`, alice, { message_content: `other ${pageUrl("after-removal")}` });
    await server.server.linkPreviews.idle();
    expect(fetchesOf("/page?page=after-removal")).toBe(0);
    expect((await inHistory(bob, alice, sent.id)).link_preview).toBeNull();
    expect((await server.fetchBytes("GET", `${path}/image`, { token: bob.token })).status).toBe(404);
  });

  it("appear in search hits and the changes feed", async () => {
    const sent = await send(alice, { receiver_id: bob.id }, `searchable ${pageUrl("search")}`);
    await server.server.linkPreviews.idle();
    const hits = (await api("GET", `/api/search?q=searchable`, bob)).body.results as Message[];
    expect(hits.find((message) => message.id === sent.id)!.link_preview).toEqual(expectedPreview(sent.id, "search"));
    const { cursor } = (await api("GET", "/api/messages/changes", bob)).body as { cursor: number };
    await api("PATCH", `/api/messages/${sent.id}`, alice, { message_content: `searchable, edited ${pageUrl("search")}` });
    const changes = (await api("GET", `/api/messages/changes?after=${cursor}`, bob)).body.changes as Message[];
    expect(changes.find((message) => message.id === sent.id)!.link_preview).toEqual(expectedPreview(sent.id, "search"));
  });
});

describe("LINK_PREVIEWS=false", () => {
  let off: TestServer;
  beforeAll(async () => {
    off = await TestServer.start({ LINK_PREVIEWS: "false", LINK_PREVIEW_ALLOW_HOSTS: new URL(fixtureBase).host });
  });
  afterAll(() => off.close());

  it("fetches nothing and every message carries link_preview: null", async () => {
    const [sender, receiver] = [await off.register("offa"), await off.register("offb")];
    const sent = await off.request("POST", "/api/messages/send", {
      token: sender.token,
      body: { receiver_id: receiver.id, message_content: pageUrl("off") },
    });
    await off.server.linkPreviews.idle();
    expect(fetchesOf("/page?page=off")).toBe(0);
    const page = await off.request("GET", `/api/messages/conversation/${sender.id}`, { token: receiver.token });
    expect(page.body.messages.find((message: Message) => message.id === sent.body.message.id).link_preview).toBeNull();
    expect(off.serverErrors).toEqual([]);
  });
});

describe("a preview past LINK_PREVIEW_CACHE_TTL", () => {
  let short: TestServer;
  beforeAll(async () => {
    short = await TestServer.start({ LINK_PREVIEWS: "true", LINK_PREVIEW_CACHE_TTL: "1", LINK_PREVIEW_ALLOW_HOSTS: new URL(fixtureBase).host });
  });
  afterAll(() => short.close());
  const previewImages = () => fs.readdirSync(path.join(short.dir, "attachments")).filter((name) => name.startsWith("link-preview-"));

  it("is fetched again for the next message, and the image it replaced is deleted", async () => {
    const [sender, receiver] = [await short.register("ttla"), await short.register("ttlb")];
    const sendLink = async () => {
      const sent = await short.request("POST", "/api/messages/send", {
        token: sender.token,
        body: { receiver_id: receiver.id, message_content: pageUrl("ttl") },
      });
      expect(sent.status).toBe(201);
      await short.server.linkPreviews.idle();
      return sent.body.message.id as number;
    };
    const first = await sendLink();
    const [firstImage] = previewImages();
    expect(previewImages()).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const second = await sendLink();
    expect(fetchesOf("/page?page=ttl")).toBe(2);
    expect(previewImages()).toHaveLength(1);
    expect(previewImages()).not.toContain(firstImage);
    // Both messages show the one stored preview, its image served from the new file.
    for (const id of [first, second]) {
      const image = await short.request("GET", `/api/messages/${id}/link-preview/image`, { token: receiver.token });
      expect(image.status).toBe(200);
    }
    expect(short.serverErrors).toEqual([]);
  });
});
