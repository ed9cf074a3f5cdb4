import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ConfigError, loadConfig } from "./config";

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), "chat-config-"));

describe("STORAGE_URL", () => {
  it("unset: files under DATA_DIR/attachments", () => {
    const dataDir = tempDir();
    expect(loadConfig({ DATA_DIR: dataDir }).storage).toEqual({ kind: "local", dir: path.join(dataDir, "attachments") });
  });

  it("s3://bucket: AWS itself, us-east-1, credentials left to the SDK's chain", () => {
    expect(loadConfig({ DATA_DIR: tempDir(), STORAGE_URL: "s3://chat-files" }).storage).toEqual({
      kind: "s3",
      bucket: "chat-files",
      prefix: "",
      region: "us-east-1",
    });
  });

  it("reads the endpoint, region, key prefix and key:secret from the URL", () => {
    const url = "s3://AKIA1:se%2Fcret@chat-files/prod/eu?endpoint=http://127.0.0.1:9000&region=eu-west-3";
    expect(loadConfig({ DATA_DIR: tempDir(), STORAGE_URL: url }).storage).toEqual({
      kind: "s3",
      bucket: "chat-files",
      prefix: "prod/eu/",
      region: "eu-west-3",
      endpoint: "http://127.0.0.1:9000",
      credentials: { accessKeyId: "AKIA1", secretAccessKey: "se/cret" },
    });
  });

  it.each([
    ["not a url", /STORAGE_URL: not a URL/],
    ["https://bucket.example.com", /STORAGE_URL: unsupported scheme "https:"/],
    ["s3://", /STORAGE_URL: "" is not a bucket name/],
    ["s3://Bad_Bucket", /is not a bucket name/],
    ["s3://chat-files:9000", /a bucket has no port/],
    ["s3://chat-files/my%20files", /"my files" is not a key prefix/],
    ["s3://chat-files?endpoint=localhost:9000", /endpoint must be an http:\/\/ or https:\/\/ URL/],
    ["s3://chat-files?region=EU%20West", /is not a region/],
    ["s3://chat-files?bucket=other", /unknown parameter "bucket"/],
    ["s3://onlykey@chat-files", /credentials need both an access key and a secret/],
  ])("fails at start on %j with a message naming STORAGE_URL", (value, message) => {
    expect(() => loadConfig({ DATA_DIR: tempDir(), STORAGE_URL: value })).toThrow(ConfigError);
    expect(() => loadConfig({ DATA_DIR: tempDir(), STORAGE_URL: value })).toThrow(message);
  });

  it("never repeats the secret in its message", () => {
    expect(() => loadConfig({ DATA_DIR: tempDir(), STORAGE_URL: "s3://key:hunter2@chat-files?nope=1" })).toThrow(/^(?!.*hunter2)/s);
  });
});
