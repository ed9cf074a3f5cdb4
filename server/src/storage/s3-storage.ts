import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, type S3Client } from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ByteRange, Storage } from "./storage";
import { assertStorageKey } from "./storage-key";
import { takeBytes } from "./take-bytes";

/** S3's smallest multipart part. */
const PART_BYTES = 5 * 1024 * 1024;

/**
 * Objects in one S3 bucket (any server speaking the S3 API), under an optional key prefix. A put is
 * a multipart upload of unknown length that S3 only publishes once complete, so a reader never sees
 * half an object.
 */
export class S3Storage implements Storage {
  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
    private readonly prefix = "",
  ) {}

  async put(key: string, body: Readable): Promise<number> {
    const Key = this.objectKey(key);
    let bytes = 0;
    let bodyError: unknown;
    body.once("error", (error) => (bodyError = error));
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        bytes += chunk.length;
        done(null, chunk);
      },
    });
    // One part in flight at a time: an upload holds at most about one part (5 MB) in memory.
    const upload = new Upload({ client: this.client, params: { Bucket: this.bucket, Key, Body: counter }, queueSize: 1, partSize: PART_BYTES });
    // A failed upload stops iterating the counter, which destroys it and so the body: nothing waits on backpressure.
    const [flowed, stored] = await Promise.allSettled([pipeline(body, counter), upload.done()]);
    if (flowed.status === "fulfilled" && stored.status === "fulfilled") return bytes;
    if (stored.status === "fulfilled") await this.delete(key);
    // The caller tells a refused upload (too large, cut off) by the body's own error.
    throw bodyError ?? (stored.status === "rejected" ? stored.reason : (flowed as PromiseRejectedResult).reason);
  }

  async get(key: string, range?: ByteRange): Promise<Readable | null> {
    const command = new GetObjectCommand({
      Bucket: this.bucket,
      Key: this.objectKey(key),
      Range: range ? `bytes=${range.start}-${range.end}` : undefined,
    });
    try {
      const { Body, ContentLength } = await this.client.send(command);
      if (!(Body instanceof Readable)) throw new Error("S3 answered GetObject without a body stream");
      // Some S3-API servers answer "bytes=0-0" with the whole object (s3rver reads end 0 as "no end").
      const wanted = range ? range.end - range.start + 1 : undefined;
      return wanted !== undefined && ContentLength !== undefined && ContentLength > wanted ? takeBytes(Body, wanted) : Body;
    } catch (error) {
      if (error instanceof NoSuchKey) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }));
  }

  private objectKey(key: string): string {
    return this.prefix + assertStorageKey(key);
  }
}
