// Runs INSIDE a private network namespace (see ssrf.test.ts): loopback only, so a defence that
// fails can only ever reach the recording servers below, never another machine. It prints one JSON
// line: what each URL gave through the compiled guard, and every request the servers received.
import { createRequire } from "node:module";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.resolve(here, "../../server/dist/link-preview");
const require = createRequire(path.join(dist, "index.js"));
const { fetchPreview, parseAllowHosts } = require(path.join(dist, "index.js"));
const sharp = require("sharp");

const ALLOWED = 8080;
const OTHER = 8081;
const requests = [];
const png = await sharp({ create: { width: 1200, height: 800, channels: 3, background: "#3366cc" } })
  .png()
  .toBuffer();
const page = (c) =>
  `<!doctype html><html><head><title>Plain title</title><meta property="og:title" content="Fixture &amp; title">` +
  `<meta property="og:description" content="What the fixture says"><meta property="og:site_name" content="Fixture">` +
  `<meta property="og:image" content="/image.png?case=${c}"></head><body>${"x".repeat(100)}</body></html>`;

function handle(request, response) {
  const url = new URL(request.url, "http://fixture");
  const entry = { port: request.socket.localPort, local: request.socket.localAddress, url: request.url, headers: request.headers, completed: false };
  requests.push(entry);
  const c = url.searchParams.get("case") ?? "";
  const done = () => (entry.completed = true);
  if (url.pathname === "/page") {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8", "set-cookie": "tracking=1" });
    return response.end(page(c), done);
  }
  if (url.pathname === "/image.png") {
    response.writeHead(200, { "content-type": "image/png" });
    return response.end(png, done);
  }
  if (url.pathname === "/redirect") {
    response.writeHead(302, { location: url.searchParams.get("to") });
    return response.end(done);
  }
  const hop = /^\/hop(\d)$/.exec(url.pathname);
  if (hop) {
    const n = Number(hop[1]);
    response.writeHead(302, { location: n > 1 ? `/hop${n - 1}?case=${c}` : `/page?case=${c}` });
    return response.end(done);
  }
  if (url.pathname === "/slow") return; // never answers: the 5 s deadline must end it
  if (url.pathname === "/huge") {
    response.writeHead(200, { "content-type": "text/html" });
    response.write("<html><head><title>huge</title>");
    const chunk = `<meta name="x" content="${"y".repeat(64 * 1024)}">`;
    let sent = 0;
    const more = () => {
      while (sent < 200) {
        sent += 1;
        if (!response.write(chunk)) return response.once("drain", more);
      }
      response.end("</head></html>", done);
    };
    response.on("error", () => undefined);
    return more();
  }
  if (url.pathname === "/json") {
    response.writeHead(200, { "content-type": "application/json" });
    return response.end(JSON.stringify({ title: "not html" }), done);
  }
  response.writeHead(404, { "content-type": "text/html" });
  response.end("<title>nope</title>", done);
}

const listen = (port, host) =>
  new Promise((resolve, reject) => {
    const server = http.createServer(handle);
    server.once("error", reject);
    server.listen({ port, host, ipv6Only: false }, () => resolve(server));
  });
// Every port a failing defence could reach, on every address of the namespace (:: is dual stack).
const servers = await Promise.all([80, 443, 22, 70, ALLOWED, OTHER].map((port) => listen(port, "::")));

const { hosts } = parseAllowHosts(`127.0.0.1:${ALLOWED}`);
const A = `http://127.0.0.1:${ALLOWED}`;
const cases = {
  "loopback-v4": "http://127.0.0.1/page?case=loopback-v4",
  "loopback-v6": "http://[::1]/page?case=loopback-v6",
  metadata: "http://169.254.169.254/page?case=metadata",
  private10: "http://10.0.0.1/page?case=private10",
  decimal: "http://2130706433/page?case=decimal",
  short: "http://127.1/page?case=short",
  mapped: "http://[::ffff:127.0.0.1]/page?case=mapped",
  "mapped-hex": "http://[::ffff:7f00:1]/page?case=mapped-hex",
  hex: "http://0x7f000001/page?case=hex",
  "hex-dotted": "http://0x7f.1/page?case=hex-dotted",
  unspecified: "http://0.0.0.0/page?case=unspecified",
  "name-to-loopback": "http://localhost/page?case=name-to-loopback",
  "name-to-loopback-port": `http://localhost:${ALLOWED}/page?case=name-to-loopback-port`,
  "redirect-to-loopback": `${A}/redirect?case=redirect-to-loopback&to=${encodeURIComponent(`http://127.0.0.1:${OTHER}/page?case=redirect-target`)}`,
  "redirect-to-port-80": `${A}/redirect?case=redirect-to-port-80&to=${encodeURIComponent("http://localhost/page?case=redirect-target-80")}`,
  file: "file:///etc/passwd",
  gopher: "gopher://127.0.0.1:70/page?case=gopher",
  ssh: "http://127.0.0.1:22/page?case=ssh",
  credentials: `http://user:pass@127.0.0.1:${ALLOWED}/page?case=credentials`,
  slow: `${A}/slow?case=slow`,
  huge: `${A}/huge?case=huge`,
  json: `${A}/json?case=json`,
  "not-found": `${A}/missing?case=not-found`,
  "four-redirects": `${A}/hop4?case=four-redirects`,
  "three-redirects": `${A}/hop3?case=three-redirects`,
  allowed: `${A}/page?case=allowed`,
};

const results = {};
await Promise.all(
  Object.entries(cases).map(async ([name, url]) => {
    const started = Date.now();
    try {
      const preview = await fetchPreview(url, hosts);
      results[name] = { ok: true, preview: { ...preview, image: preview.image ? await sharp(preview.image).metadata() : null } };
    } catch (error) {
      results[name] = { ok: false, reason: `${error.name}: ${error.message}` };
    }
    results[name].ms = Date.now() - started;
  }),
);
await new Promise((resolve) => setTimeout(resolve, 200));
for (const server of servers) (server.closeAllConnections(), server.close());
process.stdout.write(`${JSON.stringify({ results, requests })}\n`);
