import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { type ApiResponse, TestServer, type TestUser } from "../helpers/test-server";

/**
 * UPLOAD_QUOTA_MB holds under concurrency: uploads that each fit can together exceed it, and the
 * check at the insert refuses the ones that would, even when they arrive through two server
 * processes sharing one database.
 */
const QUOTA_BYTES = 1024 * 1024;
const FILE_BYTES = 300 * 1024; // three fit in the quota, four do not
const env = { UPLOAD_MAX_MB: "1", UPLOAD_QUOTA_MB: "1" };

let first: TestServer;
let second: TestServer;

/** Where the database of `server` is, so a second server can share it. */
function databaseUrl(server: TestServer): string {
  const options = server.server.dataSource.options as { type: string; url?: string; database?: string };
  return options.type === "postgres" ? options.url! : `sqlite:${options.database}`;
}

beforeAll(async () => {
  first = await TestServer.start(env);
  second = await TestServer.start({ ...env, DATABASE_URL: databaseUrl(first), JWT_SECRET: first.jwtSecret });
});
afterAll(async () => {
  await second?.close();
  await first?.close();
});
afterEach(() => {
  expect(first.serverErrors).toEqual([]);
  expect(second.serverErrors).toEqual([]);
});

const storedFiles = (server: TestServer) => {
  const dir = path.join(server.dir, "attachments");
  return fs.existsSync(dir) ? fs.readdirSync(dir) : [];
};

async function storedRows(userId: number): Promise<{ count: number; bytes: number }> {
  const [row] = await first.server.dataSource.query<Array<{ count: number | string; bytes: number | string }>>(
    `SELECT COUNT(*) AS "count", COALESCE(SUM("size" + COALESCE("thumbnail_size", 0)), 0) AS "bytes" FROM "attachments" WHERE "uploader_id" = ${userId}`,
  );
  return { count: Number(row!.count), bytes: Number(row!.bytes) };
}

function expectQuotaHeld(answers: Array<ApiResponse & { bytes: Buffer }>) {
  const ok = answers.filter((a) => a.status === 201);
  const refused = answers.filter((a) => a.status !== 201);
  expect(ok.length).toBeLessThanOrEqual(Math.floor(QUOTA_BYTES / FILE_BYTES));
  expect(refused.length).toBeGreaterThan(0);
  for (const answer of refused) {
    expect(answer.status).toBe(413);
    expect(answer.body).toEqual({ error: expect.stringMatching(/quota/) });
  }
  return ok;
}

describe("UPLOAD_QUOTA_MB under concurrent uploads", () => {
  let alice: TestUser;
  beforeAll(async () => {
    alice = await first.register("alice");
  });

  it("refuses with 413 the parallel uploads that together would exceed the quota, and keeps nothing of them", async () => {
    const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => first.upload(alice.token, randomBytes(FILE_BYTES), `part-${i}.bin`)));
    const ok = expectQuotaHeld(answers);
    const rows = await storedRows(alice.id);
    expect(rows).toEqual({ count: ok.length, bytes: ok.length * FILE_BYTES });
    expect(rows.bytes).toBeLessThanOrEqual(QUOTA_BYTES);
    // Only the accepted uploads' bytes are in storage: nothing half-stored (.partial) or orphaned.
    expect(storedFiles(first)).toHaveLength(ok.length);
    for (const answer of ok) expect((await first.fetchBytes("GET", answer.body.attachment.url)).bytes.length).toBe(FILE_BYTES);
  });

  it("holds across two server processes on one database", async () => {
    const bob = await first.register("bob");
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) => (i % 2 === 0 ? first : second).upload(bob.token, randomBytes(FILE_BYTES), `both-${i}.bin`)),
    );
    const ok = expectQuotaHeld(answers);
    const rows = await storedRows(bob.id);
    expect(rows).toEqual({ count: ok.length, bytes: ok.length * FILE_BYTES });
    expect(rows.bytes).toBeLessThanOrEqual(QUOTA_BYTES);
  });

  it("frees the quota when an upload goes: a refused size fits again after a deletion", async () => {
    const carol = await first.register("carol");
    const accepted = [];
    for (let i = 0; i < 3; i += 1) accepted.push((await first.upload(carol.token, randomBytes(FILE_BYTES), `seq-${i}.bin`)).body.attachment);
    expect((await first.upload(carol.token, randomBytes(FILE_BYTES), "fourth.bin")).status).toBe(413);
    await first.server.attachments.discard(accepted[0]);
    expect((await first.upload(carol.token, randomBytes(FILE_BYTES), "fourth.bin")).status).toBe(201);
  });

  it("counts a file once however often it is forwarded: others' forwards never use up its uploader's quota", async () => {
    const [dave, erin] = await Promise.all([first.register("dave"), first.register("erin")]);
    const uploaded = await first.upload(dave.token, randomBytes(FILE_BYTES), "shared.bin");
    const sent = await first.request("POST", "/api/messages/send", {
      token: dave.token,
      body: { receiver_id: erin.id, attachment_ids: [uploaded.body.attachment.id] },
    });
    expect(sent.status).toBe(201);
    for (let i = 0; i < 4; i += 1) {
      const forwarded = await first.request("POST", `/api/messages/${sent.body.message.id}/forward`, {
        token: erin.token,
        body: { receiver_id: dave.id },
      });
      expect(forwarded.status).toBe(201);
    }
    // The one stored file and two more fit the quota (three do); the forwards' rows add nothing.
    for (const name of ["second.bin", "third.bin"]) expect((await first.upload(dave.token, randomBytes(FILE_BYTES), name)).status).toBe(201);
    expect((await first.upload(dave.token, randomBytes(FILE_BYTES), "fourth.bin")).status).toBe(413);
  });
});
