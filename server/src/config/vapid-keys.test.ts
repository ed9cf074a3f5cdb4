import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { generateVAPIDKeys } from "web-push";
import { ConfigError, loadConfig } from "./config";

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), "chat-vapid-"));

describe("VAPID keys", () => {
  it("are generated into DATA_DIR on first start (0600) and read back after", () => {
    const dataDir = tempDir();
    const { vapid } = loadConfig({ DATA_DIR: dataDir }).push;
    expect(Buffer.from(vapid.publicKey, "base64url")).toHaveLength(65);
    expect(Buffer.from(vapid.privateKey, "base64url")).toHaveLength(32);
    expect(fs.statSync(path.join(dataDir, "vapid-keys.json")).mode & 0o777).toBe(0o600);
    expect(loadConfig({ DATA_DIR: dataDir }).push.vapid).toEqual(vapid);
    expect(loadConfig({ DATA_DIR: tempDir() }).push.vapid.publicKey).not.toBe(vapid.publicKey);
  });

  it("come from VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY when set, and nothing is written", () => {
    const dataDir = tempDir();
    const keys = generateVAPIDKeys();
    const config = loadConfig({
      DATA_DIR: dataDir,
      VAPID_PUBLIC_KEY: keys.publicKey,
      VAPID_PRIVATE_KEY: keys.privateKey,
      VAPID_SUBJECT: "https://chat.example.com",
    });
    expect(config.push).toEqual({ vapid: keys, subject: "https://chat.example.com", allowInsecureEndpoints: false, fcm: null });
    expect(fs.existsSync(path.join(dataDir, "vapid-keys.json"))).toBe(false);
  });

  it.each([
    [{ VAPID_PUBLIC_KEY: generateVAPIDKeys().publicKey }, /set both or neither/],
    [{ VAPID_PUBLIC_KEY: "abc", VAPID_PRIVATE_KEY: generateVAPIDKeys().privateKey }, /VAPID_PUBLIC_KEY: must be a base64url P-256 public key/],
    [{ VAPID_PUBLIC_KEY: generateVAPIDKeys().publicKey, VAPID_PRIVATE_KEY: "abc" }, /VAPID_PRIVATE_KEY: must be a base64url P-256 private key/],
    [{ VAPID_SUBJECT: "admin@example.com" }, /VAPID_SUBJECT: must be a mailto: address or an https:\/\/ URL/],
    [{ PUSH_ALLOW_INSECURE_ENDPOINTS: "yes" }, /PUSH_ALLOW_INSECURE_ENDPOINTS/],
  ])("refuse %j", (env, message) => {
    expect(() => loadConfig({ DATA_DIR: tempDir(), ...env })).toThrow(message);
    expect(() => loadConfig({ DATA_DIR: tempDir(), ...env })).toThrow(ConfigError);
  });

  it("refuse a damaged key file rather than replace it (subscriptions are bound to the key)", () => {
    const dataDir = tempDir();
    fs.writeFileSync(path.join(dataDir, "vapid-keys.json"), "{not json");
    expect(() => loadConfig({ DATA_DIR: dataDir })).toThrow(/vapid-keys.json: not the JSON of a VAPID key pair/);
  });
});
