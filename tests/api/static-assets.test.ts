import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { TestServer } from "../helpers/test-server";

// Issue 13, "what the server sends": the built app compressed, hashed assets cached for a year,
// index.html revalidated, a real robots.txt, and files that are not there a 404 (never index.html).

const INDEX_HTML = '<!doctype html><html><head><script type="module" src="/assets/index-Ab12Cd34.js"></script></head><body>app</body></html>';
const SCRIPT = `export const text = ${JSON.stringify("chat ".repeat(2000))};\n`;
const SERVICE_WORKER = "self.addEventListener('fetch', () => undefined);\n";
const MANIFEST = JSON.stringify({ name: "Chat", start_url: "/", display: "standalone" });
const IMMUTABLE = "public, max-age=31536000, immutable";

let dist: string;
let server: TestServer;

beforeAll(async () => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), "chat-dist-"));
  fs.mkdirSync(path.join(dist, "assets"));
  fs.writeFileSync(path.join(dist, "index.html"), INDEX_HTML);
  fs.writeFileSync(path.join(dist, "assets", "index-Ab12Cd34.js"), SCRIPT);
  fs.writeFileSync(path.join(dist, "sw.js"), SERVICE_WORKER);
  fs.writeFileSync(path.join(dist, "manifest.webmanifest"), MANIFEST);
  server = await TestServer.start({ APP_DIST_DIR: dist });
});
afterAll(async () => {
  await server.close();
  fs.rmSync(dist, { recursive: true, force: true });
});
afterEach(() => expect(server.serverErrors).toEqual([]));

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A request whose body comes back as sent on the wire (fetch would decompress it). */
function raw(route: string, headers: Record<string, string> = {}, method = "GET"): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = http.request(server.url + route, { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on("error", reject);
    });
    request.on("error", reject);
    request.end();
  });
}

describe("hashed assets", () => {
  it("are cached for a year, immutable", async () => {
    const response = await raw("/assets/index-Ab12Cd34.js");
    expect(response.status).toBe(200);
    expect(response.headers["cache-control"]).toBe(IMMUTABLE);
    expect(response.headers["content-type"]).toMatch(/javascript/);
    expect(response.body.toString()).toBe(SCRIPT);
  });

  it("are gzip-compressed for a client that accepts gzip", async () => {
    const response = await raw("/assets/index-Ab12Cd34.js", { "accept-encoding": "gzip" });
    expect(response.status).toBe(200);
    expect(response.headers["content-encoding"]).toBe("gzip");
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(response.headers["cache-control"]).toBe(IMMUTABLE);
    expect(response.body.length).toBeLessThan(SCRIPT.length / 10);
    expect(zlib.gunzipSync(response.body).toString()).toBe(SCRIPT);
  });

  it("are brotli-compressed for a client that prefers it, and sent as is to one that accepts neither", async () => {
    const brotli = await raw("/assets/index-Ab12Cd34.js", { "accept-encoding": "br, gzip" });
    expect(brotli.headers["content-encoding"]).toBe("br");
    expect(zlib.brotliDecompressSync(brotli.body).toString()).toBe(SCRIPT);
    const plain = await raw("/assets/index-Ab12Cd34.js", { "accept-encoding": "identity" });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toBe(SCRIPT);
  });
});

describe("pages", () => {
  it.each(["/", "/login", "/register", "/chat/12", "/chat/12/", "/group/7", "/some/other/page"])("%s gets index.html, revalidated", async (route) => {
    const response = await raw(route, { "accept-encoding": "gzip" });
    expect(response.status).toBe(200);
    expect(response.headers["content-type"]).toMatch(/^text\/html/);
    expect(response.headers["cache-control"]).toBe("no-cache");
    expect(response.headers.etag ?? response.headers["last-modified"]).toBeDefined();
    const body = response.headers["content-encoding"] === "gzip" ? zlib.gunzipSync(response.body) : response.body;
    expect(body.toString()).toBe(INDEX_HTML);
  });

  it("/index.html asked for by name is revalidated too", async () => {
    const response = await raw("/index.html");
    expect(response.status).toBe(200);
    expect(response.headers["cache-control"]).toBe("no-cache");
  });

  // A service worker cached for an hour would keep every tab on the old version for that hour.
  it.each([
    ["/sw.js", SERVICE_WORKER, /javascript/],
    ["/manifest.webmanifest", MANIFEST, /^application\/manifest\+json/],
  ])("%s (the PWA's worker and manifest) is revalidated at every use", async (route, content, type) => {
    const response = await raw(route);
    expect(response.status).toBe(200);
    expect(response.headers["cache-control"]).toBe("no-cache");
    expect(response.headers["content-type"]).toMatch(type);
    expect(response.body.toString()).toBe(content);
  });
});

describe("paths that are not pages", () => {
  it.each([
    "/assets/missing.js",
    "/assets/index-Ab12Cd34.js.map",
    "/assets/",
    "/assets",
    "/assets/nested/deeper",
    "/favicon.ico",
    "/main.js.map",
    "/chat/12/app.js",
    "/wp-login.php",
    "/.env",
    "/.git/config",
    "/api/anything-unknown",
  ])("%s is a 404 with a JSON error, not index.html", async (route) => {
    const response = await server.request("GET", route, { undocumented: true });
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(response.body).toEqual({ error: expect.any(String) });
  });

  it("a malformed path is a 4xx with a JSON error, never a 500", async () => {
    for (const route of ["/assets/%E0%A4%A", "/%E0%A4%A.js", "/assets/%E0%A4%A.js"]) {
      const response = await server.request("GET", route);
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect(response.body).toEqual({ error: expect.any(String) });
    }
  });

  it("another method on a page is a 404 with a JSON error", async () => {
    const response = await server.request("POST", "/login", { body: {} });
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ error: expect.any(String) });
  });
});

describe("robots.txt", () => {
  it("is a real robots.txt, not index.html", async () => {
    const response = await raw("/robots.txt");
    expect(response.status).toBe(200);
    expect(response.headers["content-type"]).toMatch(/^text\/plain/);
    const text = response.body.toString();
    expect(text).toMatch(/^User-agent: \*$/m);
    expect(text).toMatch(/^Disallow: \/api\/$/m);
    expect(text).not.toContain("<html");
  });

  it("is the app build's own when it has one, and served when there is no build at all", async () => {
    fs.writeFileSync(path.join(dist, "robots.txt"), "User-agent: *\nDisallow: /\n");
    try {
      expect((await raw("/robots.txt")).body.toString()).toBe("User-agent: *\nDisallow: /\n");
    } finally {
      fs.rmSync(path.join(dist, "robots.txt"));
    }
    const bare = await TestServer.start();
    try {
      const response = await bare.request("GET", "/robots.txt");
      expect(response.status).toBe(200);
      expect(response.body).toMatch(/^User-agent: \*$/m);
      expect((await bare.request("GET", "/")).status).toBe(404);
    } finally {
      await bare.close();
    }
  });
});
