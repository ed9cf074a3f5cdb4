import fs from "node:fs";
import path from "node:path";
import { pdf } from "../helpers/media";
import { S3Server } from "../helpers/s3-server";
import { useTestServer } from "../helpers/test-server";
import { attachmentCases } from "./attachments-cases";

// The same suite with STORAGE_URL=s3://… on s3rver, a real S3-API server this file starts itself.
let s3: S3Server | undefined;
beforeAll(async () => {
  s3 = await S3Server.start();
});
afterAll(() => s3?.stop());

/** The key prefix a server's STORAGE_URL names (one per server, so they never count each other's objects). */
const prefixOf = (storageUrl: string | undefined) => `${decodeURIComponent(new URL(storageUrl!).pathname.slice(1))}/`;

attachmentCases({
  env: () => ({ STORAGE_URL: s3!.storageUrl() }),
  storedFiles: (on) => s3!.keys(prefixOf(on.env.STORAGE_URL)),
});

describe("with STORAGE_URL=s3://…", () => {
  const { server, users } = useTestServer(["frank"], () => ({ STORAGE_URL: s3!.storageUrl() }));

  it("keeps the bytes in the bucket and nothing under DATA_DIR", async () => {
    const response = await server.upload(users.frank.token, pdf(), "doc.pdf");
    expect(response.status).toBe(201);
    expect(await s3!.keys(prefixOf(server.env.STORAGE_URL))).toHaveLength(1);
    expect(fs.existsSync(path.join(server.dir, "attachments"))).toBe(false);
  });
});
