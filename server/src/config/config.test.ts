import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ConfigError, loadConfig, parseDuration } from "./config";

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), "chat-config-"));

describe("loadConfig", () => {
  it("needs nothing: port 3000, SQLite under the data folder, a generated secret kept there", () => {
    const dataDir = tempDir();
    const config = loadConfig({ DATA_DIR: dataDir });
    expect(config.port).toBe(3000);
    expect(config.database).toEqual({ kind: "sqlite", file: path.join(dataDir, "chat.sqlite"), synchronous: "NORMAL" });
    expect(config.jwtSecret.length).toBeGreaterThanOrEqual(32);
    const secretFile = path.join(dataDir, "jwt-secret");
    expect(fs.statSync(secretFile).mode & 0o777).toBe(0o600);
    expect(loadConfig({ DATA_DIR: dataDir }).jwtSecret).toBe(config.jwtSecret);
    expect(loadConfig({ DATA_DIR: tempDir() }).jwtSecret).not.toBe(config.jwtSecret);
  });

  it("reads DATABASE_URL: sqlite:<path> and postgres://", () => {
    const dataDir = tempDir();
    expect(loadConfig({ DATA_DIR: dataDir, DATABASE_URL: "sqlite:/tmp/x/chat.db" }).database).toMatchObject({
      kind: "sqlite",
      file: "/tmp/x/chat.db",
    });
    expect(loadConfig({ DATA_DIR: dataDir, DATABASE_URL: "postgres://u:p@localhost/chat" }).database).toEqual({
      kind: "postgres",
      url: "postgres://u:p@localhost/chat",
    });
  });

  it.each([
    [{ PORT: "abc" }, /PORT: must be a port number/],
    [{ PORT: "70000" }, /PORT: must be at most 65535/],
    [{ DATABASE_URL: "mysql://localhost/chat" }, /DATABASE_URL: unsupported scheme/],
    [{ DATABASE_URL: "sqlite:" }, /DATABASE_URL: sqlite: needs a file path/],
    [{ JWT_SECRET: "short" }, /JWT_SECRET: must be at least 32 characters/],
    [{ JWT_TTL: "forever" }, /JWT_TTL: "forever" is not a duration/],
    [{ BCRYPT_COST: "4" }, /BCRYPT_COST: must be between 10 and 15/],
    [{ SQLITE_SYNCHRONOUS: "OFF" }, /SQLITE_SYNCHRONOUS/],
    [{ AUTO_MIGRATE: "maybe" }, /AUTO_MIGRATE/],
    [{ UPLOAD_MAX_MB: "0" }, /UPLOAD_MAX_MB: must be a positive integer/],
    [{ UPLOAD_MAX_MB: "5000" }, /UPLOAD_MAX_MB: must be at most 2048/],
    [{ UPLOAD_QUOTA_MB: "ten" }, /UPLOAD_QUOTA_MB: must be a positive integer/],
    [{ UPLOAD_MAX_MB: "50", UPLOAD_QUOTA_MB: "10" }, /UPLOAD_QUOTA_MB: must be at least UPLOAD_MAX_MB/],
    [{ ATTACHMENT_URL_TTL: "soon" }, /ATTACHMENT_URL_TTL: "soon" is not a duration/],
    [{ IMAGE_MAX_MEGAPIXELS: "2000" }, /IMAGE_MAX_MEGAPIXELS: must be at most 1000/],
  ])("fails at start on %j with a message naming the variable", (env, message) => {
    expect(() => loadConfig({ DATA_DIR: tempDir(), ...env })).toThrow(ConfigError);
    expect(() => loadConfig({ DATA_DIR: tempDir(), ...env })).toThrow(message);
  });
});

describe("upload settings", () => {
  it("default to 25 MB a file, 500 MB a person, links for an hour, 64 megapixels", () => {
    expect(loadConfig({ DATA_DIR: tempDir() }).uploads).toEqual({
      maxBytes: 25 * 1024 * 1024,
      quotaBytes: 500 * 1024 * 1024,
      urlTtlSeconds: 3600,
      maxPixels: 64_000_000,
    });
  });

  it("read UPLOAD_MAX_MB, UPLOAD_QUOTA_MB, ATTACHMENT_URL_TTL and IMAGE_MAX_MEGAPIXELS", () => {
    const env = { DATA_DIR: tempDir(), UPLOAD_MAX_MB: "5", UPLOAD_QUOTA_MB: "50", ATTACHMENT_URL_TTL: "15m", IMAGE_MAX_MEGAPIXELS: "12" };
    expect(loadConfig(env).uploads).toEqual({ maxBytes: 5 * 1024 * 1024, quotaBytes: 50 * 1024 * 1024, urlTtlSeconds: 900, maxPixels: 12_000_000 });
  });
});

describe("parseDuration", () => {
  it.each([
    ["3600", 3600],
    ["15m", 900],
    ["12h", 43200],
    ["7d", 604800],
  ])("reads %s as %d seconds", (text, seconds) => expect(parseDuration(text)).toBe(seconds));

  it.each(["", "0", "-5", "1w", "12 hours", "1e3"])("refuses %j", (text) => expect(parseDuration(text)).toBeNull());
});

describe("link preview settings", () => {
  it("default to on, with no host allowed past the address checks", () => {
    expect(loadConfig({ DATA_DIR: tempDir() }).linkPreviews).toEqual({ enabled: true, allowHosts: new Set(), ttlMs: 24 * 3600 * 1000 });
  });

  it("read LINK_PREVIEWS and LINK_PREVIEW_ALLOW_HOSTS (host:port, canonicalised)", () => {
    const config = loadConfig({ DATA_DIR: tempDir(), LINK_PREVIEWS: "false", LINK_PREVIEW_ALLOW_HOSTS: "127.1:4000, Fixture.Test:80" });
    expect(config.linkPreviews).toEqual({ enabled: false, allowHosts: new Set(["127.0.0.1:4000", "fixture.test:80"]), ttlMs: 24 * 3600 * 1000 });
  });

  it("read LINK_PREVIEW_CACHE_TTL as a duration, and refuse anything else", () => {
    expect(loadConfig({ DATA_DIR: tempDir(), LINK_PREVIEW_CACHE_TTL: "30m" }).linkPreviews.ttlMs).toBe(30 * 60 * 1000);
    for (const value of ["0", "soon", "-5"]) expect(() => loadConfig({ DATA_DIR: tempDir(), LINK_PREVIEW_CACHE_TTL: value })).toThrow(ConfigError);
  });

  it.each(["127.0.0.1", "http://127.0.0.1:4000/", "a:b", "x:4000/path"])("refuse LINK_PREVIEW_ALLOW_HOSTS=%s", (value) => {
    expect(() => loadConfig({ DATA_DIR: tempDir(), LINK_PREVIEW_ALLOW_HOSTS: value })).toThrow(ConfigError);
  });
});

describe("Janus settings", () => {
  const secret = "janus-token-secret-0123456789";

  it("are off without JANUS_URL: group calls stay mesh", () => {
    expect(loadConfig({ DATA_DIR: tempDir() }).calls.janus).toBeNull();
  });

  it("with JANUS_URL and JANUS_TOKEN_SECRET: defaults for the rest, the public URL being JANUS_URL", () => {
    expect(loadConfig({ DATA_DIR: tempDir(), JANUS_URL: "http://127.0.0.1:8088/janus/", JANUS_TOKEN_SECRET: secret }).calls.janus).toEqual({
      url: "http://127.0.0.1:8088/janus",
      publicUrl: "http://127.0.0.1:8088/janus",
      tokenSecret: secret,
      adminKey: null,
      roomPublishers: 16,
      tokenTtlSeconds: 6 * 3600,
    });
  });

  it("read JANUS_PUBLIC_URL, JANUS_ADMIN_KEY, JANUS_ROOM_PUBLISHERS and JANUS_TOKEN_TTL", () => {
    const config = loadConfig({
      DATA_DIR: tempDir(),
      JANUS_URL: "http://janus.internal:8088/janus",
      JANUS_PUBLIC_URL: "https://janus.example.org/janus",
      JANUS_TOKEN_SECRET: secret,
      JANUS_ADMIN_KEY: "videoroom-admin",
      JANUS_ROOM_PUBLISHERS: "8",
      JANUS_TOKEN_TTL: "2h",
    });
    expect(config.calls.janus).toEqual({
      url: "http://janus.internal:8088/janus",
      publicUrl: "https://janus.example.org/janus",
      tokenSecret: secret,
      adminKey: "videoroom-admin",
      roomPublishers: 8,
      tokenTtlSeconds: 7200,
    });
  });

  it.each([
    [{ JANUS_URL: "http://127.0.0.1:8088/janus" }, /JANUS_TOKEN_SECRET: required with JANUS_URL/],
    [{ JANUS_URL: "ws://127.0.0.1:8188", JANUS_TOKEN_SECRET: secret }, /JANUS_URL: must be an http:\/\/ or https:\/\/ URL/],
    [{ JANUS_URL: "janus", JANUS_TOKEN_SECRET: secret }, /JANUS_URL: must be an http:\/\/ or https:\/\/ URL/],
    [{ JANUS_URL: "http://j/janus", JANUS_PUBLIC_URL: "nope", JANUS_TOKEN_SECRET: secret }, /JANUS_PUBLIC_URL: must be an http/],
    [{ JANUS_URL: "http://j/janus", JANUS_TOKEN_SECRET: "short" }, /JANUS_TOKEN_SECRET: must be at least 16 characters/],
    [{ JANUS_URL: "http://j/janus", JANUS_TOKEN_SECRET: secret, JANUS_ROOM_PUBLISHERS: "1" }, /JANUS_ROOM_PUBLISHERS: must be between 2 and 100/],
    [{ JANUS_URL: "http://j/janus", JANUS_TOKEN_SECRET: secret, JANUS_ROOM_PUBLISHERS: "many" }, /JANUS_ROOM_PUBLISHERS: must be a positive integer/],
    [{ JANUS_URL: "http://j/janus", JANUS_TOKEN_SECRET: secret, JANUS_TOKEN_TTL: "soon" }, /JANUS_TOKEN_TTL: "soon" is not a duration/],
    [
      { JANUS_URL: "http://j/janus", JANUS_TOKEN_SECRET: secret, JANUS_TOKEN_TTL: "30" },
      /JANUS_TOKEN_TTL: "30" is not a duration of at least a minute/,
    ],
    [{ JANUS_TOKEN_SECRET: secret }, /JANUS_TOKEN_SECRET: set JANUS_URL too/],
    [{ JANUS_PUBLIC_URL: "https://janus.example.org/janus", JANUS_ADMIN_KEY: "k" }, /JANUS_PUBLIC_URL, JANUS_ADMIN_KEY: set JANUS_URL too/],
  ])("refuse %j at start with a message naming the variable", (env, message) => {
    expect(() => loadConfig({ DATA_DIR: tempDir(), ...env })).toThrow(ConfigError);
    expect(() => loadConfig({ DATA_DIR: tempDir(), ...env })).toThrow(message);
  });
});
