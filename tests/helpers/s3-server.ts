import { ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const S3RVER = require.resolve("s3rver/bin/s3rver.js");
/** s3rver's fixed account. */
const CREDENTIALS = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };
const BUCKET = "chat-test";

/**
 * s3rver (a real S3-API server from npm) in a child process on a free port, with its files in a
 * temporary folder and one bucket: what STORAGE_URL=s3://… talks to in the tests.
 */
export class S3Server {
  readonly client: S3Client;

  private constructor(
    private readonly child: ChildProcess,
    private readonly dir: string,
    readonly endpoint: string,
  ) {
    this.client = new S3Client({
      endpoint,
      region: "us-east-1",
      forcePathStyle: true,
      credentials: CREDENTIALS,
      requestChecksumCalculation: "WHEN_REQUIRED",
      responseChecksumValidation: "WHEN_REQUIRED",
    });
  }

  static async start(timeoutMs = 15000): Promise<S3Server> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chat-s3-"));
    const child = spawn(process.execPath, [S3RVER, "-d", dir, "-a", "127.0.0.1", "-p", "0", "--silent", "--configure-bucket", BUCKET], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => fail(new Error(`s3rver did not start in time:\n${output}`)), timeoutMs);
      const fail = (error: Error) => {
        clearTimeout(timer);
        child.kill("SIGKILL");
        reject(error);
      };
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /S3rver listening on [\d.]+:(\d+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      };
      child.stdout?.on("data", read);
      child.stderr?.on("data", read);
      child.once("exit", (code) => fail(new Error(`s3rver exited (${code}) before listening:\n${output}`)));
    });
    return new S3Server(child, dir, `http://127.0.0.1:${port}`);
  }

  /** A STORAGE_URL for this server under a key prefix of its own, so servers sharing it never see each other's objects. */
  storageUrl(prefix = randomBytes(6).toString("hex")): string {
    const { accessKeyId, secretAccessKey } = CREDENTIALS;
    return `s3://${accessKeyId}:${secretAccessKey}@${BUCKET}/${prefix}?endpoint=${encodeURIComponent(this.endpoint)}&region=us-east-1`;
  }

  get bucket(): string {
    return BUCKET;
  }

  /** Every key stored under a prefix, without the prefix. */
  async keys(prefix: string): Promise<string[]> {
    const keys: string[] = [];
    let token: string | undefined;
    do {
      const page = await this.client.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: prefix, ContinuationToken: token }));
      keys.push(...(page.Contents ?? []).map((object) => object.Key!.slice(prefix.length)));
      token = page.NextContinuationToken;
    } while (token);
    return keys;
  }

  async stop(): Promise<void> {
    this.client.destroy();
    if (this.child.exitCode === null) {
      const exited = new Promise((resolve) => this.child.once("exit", resolve));
      this.child.kill("SIGTERM");
      await exited;
    }
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
