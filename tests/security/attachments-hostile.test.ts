import fs from "node:fs";
import path from "node:path";
import { html, png, svg } from "../helpers/media";
import { useTestServer } from "../helpers/test-server";

/**
 * Uploads that are taken but must come out harmless: markup is never an image and is only ever a
 * download in a sandbox; names never reach the file system; what trails a real image is dropped.
 */
const {
  server,
  users: { alice },
} = useTestServer(["alice"]);

async function uploaded(data: Buffer, name: string, type: string) {
  const response = await server.upload(alice.token, data, name, type);
  expect(response.status).toBe(201);
  const attachment = response.body.attachment;
  const served = await server.fetchBytes("GET", attachment.url);
  return { attachment, served };
}

const expectDownload = (headers: Headers) => {
  expect(headers.get("content-type")).toBe("application/octet-stream");
  expect(headers.get("content-disposition")).toMatch(/^attachment;/);
  expect(headers.get("content-security-policy")).toBe("sandbox");
  expect(headers.get("x-content-type-options")).toBe("nosniff");
};

describe("hostile uploads that are taken", () => {
  it("a PNG that is really HTML is a file, served as a sandboxed download", async () => {
    const { attachment, served } = await uploaded(html(), "cat.png", "image/png");
    expect(attachment).toMatchObject({ kind: "file", content_type: "application/octet-stream", name: "cat.png" });
    expectDownload(served.headers);
  });

  it("an SVG with a script is a file, served as a sandboxed download", async () => {
    const { attachment, served } = await uploaded(svg(), "logo.svg", "image/svg+xml");
    expect(attachment.kind).toBe("file");
    expectDownload(served.headers);
  });

  it("a polyglot (a real PNG with HTML after its end) is re-encoded: the HTML is not stored or served", async () => {
    const marker = Buffer.from("<script>polyglot-marker</script>");
    const polyglot = Buffer.concat([await png(), marker]);
    const { attachment, served } = await uploaded(polyglot, "poly.png", "image/png");
    expect(attachment).toMatchObject({ kind: "image", content_type: "image/png" });
    expect(served.bytes.includes(marker)).toBe(false);
    for (const name of fs.readdirSync(path.join(server.dir, "attachments"))) {
      expect(fs.readFileSync(path.join(server.dir, "attachments", name)).includes(marker)).toBe(false);
    }
  });

  it("a path in the file name is only a name: stored under a random key inside the data folder", async () => {
    const { attachment } = await uploaded(Buffer.from("owned"), "../../../../tmp/owned.sh", "text/x-sh");
    expect(attachment.name).toBe("owned.sh");
    expect(fs.existsSync("/tmp/owned.sh")).toBe(false);
    expect(fs.readdirSync(path.join(server.dir, "attachments")).every((key) => /^[0-9a-f]{32}$/.test(key))).toBe(true);
  });
});
