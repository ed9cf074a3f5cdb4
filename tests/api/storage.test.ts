import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import { createStorage } from "../../server/src/storage/create-storage";
import type { Storage } from "../../server/src/storage/storage";
import { loadConfig } from "../../server/src/config/config";
import { S3Server } from "../helpers/s3-server";

jest.setTimeout(60_000);

interface Driver {
  storage: Storage;
  /** Everything the driver holds, whatever its state (partial files included). */
  stored(): Promise<string[]>;
  close(): Promise<void>;
}

/** Both drivers built as the server builds them: from STORAGE_URL through the config. */
const drivers: Array<[string, () => Promise<Driver>]> = [
  [
    "local disk",
    () => {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "chat-storage-"));
      const storage = createStorage(loadConfig({ DATA_DIR: dataDir }).storage);
      return Promise.resolve({
        storage,
        stored: () => Promise.resolve(fs.readdirSync(path.join(dataDir, "attachments"))),
        close: () => Promise.resolve(fs.rmSync(dataDir, { recursive: true, force: true })),
      });
    },
  ],
  [
    "S3 (s3rver)",
    async () => {
      const s3 = await S3Server.start();
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "chat-storage-"));
      const storage = createStorage(loadConfig({ DATA_DIR: dataDir, STORAGE_URL: s3.storageUrl("contract") }).storage);
      return {
        storage,
        stored: () => s3.keys("contract/"),
        close: async () => {
          await s3.stop();
          fs.rmSync(dataDir, { recursive: true, force: true });
        },
      };
    },
  ],
];

const MB = 1024 * 1024;

/** Yields `data` in 64 KB chunks, then fails if told to. */
function source(data: Buffer, failWith?: Error): Readable {
  return Readable.from(
    (function* () {
      for (let offset = 0; offset < data.length; offset += 64 * 1024) yield data.subarray(offset, offset + 64 * 1024);
      if (failWith) throw failWith;
    })(),
  );
}

const read = async (storage: Storage, key: string, range?: { start: number; end: number }) => {
  const stream = await storage.get(key, range);
  return stream ? buffer(stream) : null;
};

describe.each(drivers)("storage contract: %s", (_name, open) => {
  let driver: Driver;
  beforeAll(async () => (driver = await open()));
  afterAll(() => driver?.close());

  it("put streams the bytes in and says how many; get gives them back", async () => {
    const data = randomBytes(100_000);
    expect(await driver.storage.put("small.bin", source(data))).toBe(data.length);
    expect((await read(driver.storage, "small.bin"))?.equals(data)).toBe(true);
  });

  it("takes a body larger than one S3 part (5 MB) and keeps it byte for byte", async () => {
    const data = randomBytes(11 * MB + 123);
    expect(await driver.storage.put("large.bin", source(data))).toBe(data.length);
    expect((await read(driver.storage, "large.bin"))?.equals(data)).toBe(true);
  });

  it("takes an empty body", async () => {
    expect(await driver.storage.put("empty.bin", source(Buffer.alloc(0)))).toBe(0);
    expect(await read(driver.storage, "empty.bin")).toEqual(Buffer.alloc(0));
  });

  it("get with a range gives exactly those bytes, both ends included", async () => {
    const data = randomBytes(6 * MB);
    await driver.storage.put("ranged.bin", source(data));
    expect((await read(driver.storage, "ranged.bin", { start: 0, end: 0 }))?.equals(data.subarray(0, 1))).toBe(true);
    expect((await read(driver.storage, "ranged.bin", { start: 5 * MB - 2, end: 5 * MB + 1 }))?.equals(data.subarray(5 * MB - 2, 5 * MB + 2))).toBe(
      true,
    );
    expect((await read(driver.storage, "ranged.bin", { start: data.length - 10, end: data.length - 1 }))?.equals(data.subarray(-10))).toBe(true);
  });

  it("a missing key: get answers null, delete is no error", async () => {
    expect(await driver.storage.get("never-stored")).toBeNull();
    expect(await driver.storage.get("never-stored", { start: 0, end: 9 })).toBeNull();
    await expect(driver.storage.delete("never-stored")).resolves.toBeUndefined();
  });

  it("delete forgets the key, and a second delete is still no error", async () => {
    await driver.storage.put("doomed.bin", source(Buffer.from("bye")));
    await driver.storage.delete("doomed.bin");
    expect(await driver.storage.get("doomed.bin")).toBeNull();
    expect(await driver.stored()).not.toContain("doomed.bin");
    await expect(driver.storage.delete("doomed.bin")).resolves.toBeUndefined();
  });

  it.each([
    ["after a few bytes", 1000],
    ["after more than one S3 part", 6 * MB],
  ])("a body that errors %s: put rejects with the body's error and keeps nothing", async (_when, size) => {
    const before = await driver.stored();
    const failure = new Error("client went away");
    await expect(driver.storage.put("broken.bin", source(randomBytes(size), failure))).rejects.toBe(failure);
    expect(await driver.storage.get("broken.bin")).toBeNull();
    expect(await driver.stored()).toEqual(before);
  });

  it("refuses keys that are not the server's own (paths, upper case)", async () => {
    for (const key of ["../escape", "a/b", "Upper", ""]) {
      await expect(driver.storage.put(key, source(Buffer.from("x")))).rejects.toThrow(/invalid storage key/);
      await expect(driver.storage.get(key)).rejects.toThrow(/invalid storage key/);
      await expect(driver.storage.delete(key)).rejects.toThrow(/invalid storage key/);
    }
  });
});

describe("S3 storage when the S3 server cannot be reached", () => {
  it("put rejects with the S3 error instead of waiting forever on a body nobody reads, and destroys the body", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "chat-storage-"));
    // Port 9 (discard) on loopback: nothing listens, every request is refused.
    const url = "s3://k:s@chat-test?endpoint=http://127.0.0.1:9&region=us-east-1";
    const storage = createStorage(loadConfig({ DATA_DIR: dataDir, STORAGE_URL: url }).storage);
    const body = source(randomBytes(12 * MB));
    // Node 20 and 22 report the refused connection; on Node 24 the SDK's request is aborted first.
    await expect(storage.put("unreachable.bin", body)).rejects.toThrow(/ECONNREFUSED|connect|aborted/);
    expect(body.destroyed).toBe(true);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
});
