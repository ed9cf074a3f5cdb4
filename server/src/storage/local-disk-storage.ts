import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ByteRange, Storage } from "./storage";
import { assertStorageKey } from "./storage-key";

/**
 * Files under one folder (DATA_DIR/attachments by default). A put goes to a temporary name and is
 * renamed into place once complete, so a reader never sees half a file.
 */
export class LocalDiskStorage implements Storage {
  constructor(private readonly root: string) {
    fs.mkdirSync(root, { recursive: true });
  }

  async put(key: string, body: Readable): Promise<number> {
    const file = this.fileOf(key);
    const partial = `${file}.${randomBytes(6).toString("hex")}.partial`;
    const out = fs.createWriteStream(partial, { flags: "wx" });
    try {
      await pipeline(body, out);
      await fs.promises.rename(partial, file);
    } catch (error) {
      await fs.promises.rm(partial, { force: true });
      throw error;
    }
    return out.bytesWritten;
  }

  async get(key: string, range?: ByteRange): Promise<Readable | null> {
    const file = this.fileOf(key);
    const handle = await fs.promises.open(file, "r").catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return null;
      throw error;
    });
    if (!handle) return null;
    return handle.createReadStream(range ? { start: range.start, end: range.end } : {});
  }

  async delete(key: string): Promise<void> {
    await fs.promises.rm(this.fileOf(key), { force: true });
  }

  private fileOf(key: string): string {
    return path.join(this.root, assertStorageKey(key));
  }
}
