import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { privateNetworkAvailable } from "../helpers/private-network";
import { checkUrl, isPublicAddress, NO_ALLOWED_HOSTS, parseAllowHosts, PreviewRefused } from "../../server/src/link-preview";

/**
 * The link-preview guard against every way to reach what a server must not: run by the compiled
 * server code (`npm run build` first) inside a new network namespace with only loopback, holding
 * 10.0.0.1 and 169.254.169.254 too, where servers on every port involved record each request. A
 * defence that fails is seen as a recorded request, and can never send a packet off the machine.
 */
interface Recorded {
  port: number;
  url: string;
  headers: Record<string, string | undefined>;
  completed: boolean;
}
interface ProbeResult {
  ok: boolean;
  reason?: string;
  preview?: {
    title: string | null;
    description: string | null;
    site_name: string | null;
    image: { format: string; width: number; height: number } | null;
  };
}

const PROBE = path.join(__dirname, "ssrf-probe.mjs");
const NAMESPACE_SETUP = "ip link set lo up && ip addr add 10.0.0.1/32 dev lo && ip addr add 169.254.169.254/32 dev lo";

let results: Record<string, ProbeResult>;
let requests: Recorded[];

// Never run outside a namespace: skipped with a loud warning without one, a failure under CI.
const netns = { run: privateNetworkAvailable("the SSRF probe") };
const requestsOf = (name: string) => requests.filter((request) => new URL(request.url, "http://x").searchParams.get("case") === name);

(netns.run ? describe : describe.skip)("inside a private network namespace (loopback only)", () => {
  beforeAll(async () => {
    const { stdout } = await promisify(execFile)("unshare", ["-rn", "sh", "-c", `${NAMESPACE_SETUP} && exec "$0" "$1"`, process.execPath, PROBE], {
      timeout: 25000,
    });
    ({ results, requests } = JSON.parse(stdout) as { results: Record<string, ProbeResult>; requests: Recorded[] });
  }, 30000);

  describe("refused before any connection: nothing recorded", () => {
    it.each([
      ["loopback-v4", "http://127.0.0.1"],
      ["loopback-v6", "http://[::1]"],
      ["metadata", "http://169.254.169.254"],
      ["private10", "http://10.0.0.1"],
      ["decimal", "http://2130706433"],
      ["short", "http://127.1"],
      ["mapped", "http://[::ffff:127.0.0.1]"],
      ["mapped-hex", "http://[::ffff:7f00:1]"],
      ["hex", "http://0x7f000001"],
      ["hex-dotted", "http://0x7f.1"],
      ["unspecified", "http://0.0.0.0"],
      ["name-to-loopback", "http://localhost (a name resolving to loopback)"],
      ["name-to-loopback-port", "http://localhost:<allowed port> (not the allowed host:port)"],
      ["gopher", "gopher://127.0.0.1:70/"],
      ["ssh", "http://127.0.0.1:22"],
      ["credentials", "http://user:pass@<allowed host>"],
    ])("%s (%s)", (name) => {
      expect(results[name]).toMatchObject({ ok: false, reason: expect.stringMatching(/^PreviewRefused/) });
      expect(requestsOf(name)).toEqual([]);
    });

    it("file:///etc/passwd is refused", () => {
      expect(results.file).toMatchObject({ ok: false, reason: "PreviewRefused: scheme file: is not fetched" });
    });

    it("no request reached any port but the allowed one", () => {
      expect(requests.filter((request) => request.port !== 8080)).toEqual([]);
    });
  });

  describe("refused redirects: the allowed host is asked, the target never", () => {
    it("an allowed host redirecting to a non-allowed loopback port", () => {
      expect(results["redirect-to-loopback"]).toMatchObject({ ok: false });
      expect(requestsOf("redirect-to-loopback")).toHaveLength(1);
      expect(requestsOf("redirect-target")).toEqual([]);
    });

    it("an allowed host redirecting to a name resolving to loopback on port 80", () => {
      expect(results["redirect-to-port-80"]).toMatchObject({ ok: false, reason: expect.stringContaining("not public") });
      expect(requestsOf("redirect-target-80")).toEqual([]);
    });

    it("four redirects: three followed, the fourth refused and its target never asked", () => {
      expect(results["four-redirects"]).toMatchObject({ ok: false, reason: "PreviewRefused: more than 3 redirects" });
      expect(requestsOf("four-redirects").map((request) => request.url.split("?")[0])).toEqual(["/hop4", "/hop3", "/hop2", "/hop1"]);
    });

    it("three redirects are followed", () => {
      expect(results["three-redirects"]).toMatchObject({ ok: true, preview: { title: "Fixture & title" } });
    });
  });

  describe("answers refused once asked", () => {
    it("a server that never answers is given up on at the deadline", () => {
      expect(results.slow).toMatchObject({ ok: false });
      expect(results.slow!.preview).toBeUndefined();
    });

    it("a body over 1 MB is cut off: the download is aborted", () => {
      expect(results.huge).toMatchObject({ ok: false, reason: "PreviewRefused: body larger than 1048576 bytes" });
      expect(requestsOf("huge")).toEqual([expect.objectContaining({ completed: false })]);
    });

    it("a content type other than HTML", () => {
      expect(results.json).toMatchObject({ ok: false, reason: "PreviewRefused: content type application/json is not fetched" });
    });

    it("a non-2xx answer", () => {
      expect(results["not-found"]).toMatchObject({ ok: false, reason: "PreviewRefused: status 404" });
    });
  });

  describe("the allowed host", () => {
    it("is fetched: title, description, site name and the image, re-encoded to at most 600 px", () => {
      expect(results.allowed).toEqual(
        expect.objectContaining({
          ok: true,
          preview: {
            title: "Fixture & title",
            description: "What the fixture says",
            site_name: "Fixture",
            image: expect.objectContaining({ format: "webp", width: 600, height: 400 }),
          },
        }),
      );
      expect(requestsOf("allowed").map((request) => request.url.split("?")[0])).toEqual(["/page", "/image.png"]);
    });

    it("is asked with a plain User-Agent and no cookies or credentials", () => {
      for (const request of requestsOf("allowed")) {
        expect(request.headers["user-agent"]).toMatch(/^chat-app-link-preview\//);
        expect(request.headers.cookie).toBeUndefined();
        expect(request.headers.authorization).toBeUndefined();
      }
    });
  });
});

describe("isPublicAddress", () => {
  it.each([
    "127.0.0.1",
    "127.255.255.254",
    "::1",
    "10.0.0.1",
    "172.16.0.1",
    "172.31.255.255",
    "192.168.1.1",
    "169.254.169.254",
    "fe80::1",
    "224.0.0.1",
    "ff02::1",
    "0.0.0.0",
    "0.1.2.3",
    "::",
    "100.64.0.1",
    "fc00::1",
    "fd12:3456::1",
    "255.255.255.255",
    "240.0.0.1",
    "192.0.2.1",
    "198.18.0.1",
    "::ffff:127.0.0.1",
    "::ffff:7f00:1",
    "::ffff:10.0.0.1",
    "::ffff:169.254.169.254",
    "::127.0.0.1",
    "::7f00:1",
    "::8.8.8.8",
    "64:ff9b::7f00:1",
    "2002:7f00:1::",
    "2001::1",
    "2001:db8::1",
    "[::1]",
    "not an address",
    "",
  ])("refuses %s", (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(["8.8.8.8", "1.1.1.1", "93.184.216.34", "172.32.0.1", "2606:4700:4700::1111", "::ffff:8.8.8.8", "[2606:4700::1111]"])(
    "allows %s",
    (address) => {
      expect(isPublicAddress(address)).toBe(true);
    },
  );
});

describe("checkUrl (before any connection)", () => {
  it.each([
    "http://2130706433/",
    "http://127.1/",
    "http://0x7f.1/",
    "http://0x7f000001/",
    "http://017700000001/",
    "http://[::ffff:127.0.0.1]/",
    "http://[::ffff:7f00:1]/",
    "http://[0:0:0:0:0:ffff:127.0.0.1]/",
    "http://127.0.0.1./",
    "https://10.1.2.3/",
    "http://example.com:8080/",
    "http://example.com:22/",
    "ftp://example.com/",
    "javascript:alert(1)",
    "data:text/html,<title>x</title>",
    "http://user@example.com/",
    "http://:pass@example.com/",
    "not a url",
  ])("refuses %s", (url) => {
    expect(() => checkUrl(url, NO_ALLOWED_HOSTS)).toThrow(PreviewRefused);
  });

  it.each(["http://example.com/", "https://example.com:443/", "http://example.com:80/a?b", "http://8.8.8.8/"])("lets %s on to the lookup", (url) => {
    expect(checkUrl(url, NO_ALLOWED_HOSTS)).toMatchObject({ allowed: false });
  });

  it("allows only the exact host:port listed, after canonicalisation", () => {
    const parsed = parseAllowHosts("127.0.0.1:4000, LOCALHOST:5000");
    if (!("hosts" in parsed)) throw new Error("allow list did not parse");
    expect(checkUrl("http://2130706433:4000/", parsed.hosts)).toMatchObject({ allowed: true, port: 4000 });
    expect(checkUrl("http://localhost:5000/", parsed.hosts)).toMatchObject({ allowed: true });
    expect(() => checkUrl("http://127.0.0.1:4001/", parsed.hosts)).toThrow(PreviewRefused);
    expect(() => checkUrl("http://127.0.0.1/", parsed.hosts)).toThrow(PreviewRefused);
    expect(() => checkUrl("http://user:pass@127.0.0.1:4000/", parsed.hosts)).toThrow(PreviewRefused);
  });

  it("refuses allow-list entries that are not host:port", () => {
    expect(parseAllowHosts("127.0.0.1")).toEqual({ invalid: "127.0.0.1" });
    expect(parseAllowHosts("http://x:1/")).toMatchObject({ invalid: "http://x:1/" });
  });
});
