import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { generateVAPIDKeys } from "web-push";
import { guardedPost } from "./guarded-post";
import { WebPushSender } from "./web-push-sender";

let server: Server;
let origin: string;
const seen: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(req.url ?? "");
    if (req.url === "/silent") return; // never answers
    if (req.url === "/drip") {
      res.writeHead(201);
      const timer = setInterval(() => res.write("."), 50);
      res.once("close", () => clearInterval(timer));
      return;
    }
    res.writeHead(201).end("x".repeat(100_000));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(resolve));
});

const options = (timeoutMs = 2000, allowLoopback = true) => ({ allowLoopback, timeoutMs, signal: new AbortController().signal });

describe("guardedPost", () => {
  it("reaches loopback only when allowed, and never connects otherwise", async () => {
    await expect(guardedPost(`${origin}/refused`, {}, null, options(2000, false))).rejects.toThrow("endpoint must be an https:// URL");
    await expect(guardedPost(`https://127.0.0.1:${new URL(origin).port}/refused`, {}, null, options(2000, false))).rejects.toThrow(
      "endpoint must not name a private address",
    );
    expect(seen).not.toContain("/refused");
    expect(await guardedPost(`${origin}/big`, {}, Buffer.from("{}"), options())).toEqual({ status: 201, text: "x".repeat(200) });
  });

  it("gives up on an answer that does not come, or comes a byte at a time, after the whole timeout", async () => {
    const started = Date.now();
    await expect(guardedPost(`${origin}/silent`, {}, null, options(300))).rejects.toThrow();
    await expect(guardedPost(`${origin}/drip`, {}, null, options(300))).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("a push service that does not answer is a retryable failure of the Web Push sender", async () => {
    const sender = new WebPushSender({ vapid: generateVAPIDKeys(), subject: "mailto:a@example.com", allowLoopback: true, timeoutMs: 300 });
    const browser = (await import("node:crypto")).createECDH("prime256v1");
    browser.generateKeys();
    const target = {
      kind: "web" as const,
      endpoint: `${origin}/silent`,
      keys: { p256dh: browser.getPublicKey("base64url"), auth: "AAAAAAAAAAAAAAAAAAAAAA" },
    };
    const notification = {
      payload: { title: "t", body: "b", tag: "conversation:user:1", url: "/chat/1", conversation: { user_id: 1 }, message_id: 1 },
      ttlSeconds: 60,
      urgency: "high" as const,
      topic: "u1",
    };
    expect(await sender.send(target, notification, new AbortController().signal)).toMatchObject({ kind: "failed", retryable: true });
    const stopped = new AbortController();
    stopped.abort();
    expect(await sender.send(target, notification, stopped.signal)).toMatchObject({ kind: "failed", retryable: false });
  });
});
