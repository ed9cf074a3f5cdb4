import fs from "node:fs";
import path from "node:path";
import { generateVAPIDKeys } from "web-push";
import { ConfigError } from "./config-error";

export interface VapidKeys {
  /** base64url of the uncompressed P-256 point (65 bytes): the browser's `applicationServerKey`. */
  publicKey: string;
  /** base64url of the 32-byte private scalar. */
  privateKey: string;
}

const BASE64URL = /^[A-Za-z0-9_-]+$/;
const decodedLength = (value: string) => (BASE64URL.test(value) ? Buffer.from(value, "base64url").length : -1);

/** Null when both keys have the shape VAPID needs, else what is wrong. */
export function vapidKeyProblem(keys: VapidKeys): string | null {
  const publicBytes = Buffer.from(keys.publicKey, "base64url");
  if (decodedLength(keys.publicKey) !== 65 || publicBytes[0] !== 0x04) return "VAPID_PUBLIC_KEY: must be a base64url P-256 public key (65 bytes)";
  if (decodedLength(keys.privateKey) !== 32) return "VAPID_PRIVATE_KEY: must be a base64url P-256 private key (32 bytes)";
  return null;
}

/**
 * Like the JWT secret: generated on first start and kept beside the database. Every browser's
 * subscription is bound to the public key, so the pair must survive restarts (and be the same on
 * every process: several processes set VAPID_PUBLIC_KEY/VAPID_PRIVATE_KEY).
 */
export function loadOrCreateVapidKeys(file: string): VapidKeys {
  const existing = readKeys(file);
  if (existing) return existing;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const keys = generateVAPIDKeys();
  try {
    fs.writeFileSync(file, JSON.stringify(keys) + "\n", { mode: 0o600, flag: "wx" });
    return keys;
  } catch (error) {
    // Another process started at the same moment and wrote it first: use theirs.
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return readKeys(file) ?? keys;
    throw error;
  }
}

function readKeys(file: string): VapidKeys | null {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ConfigError(`${file}: not the JSON of a VAPID key pair; remove it to generate a new pair (browsers then subscribe again)`);
  }
  const keys = parsed as Partial<VapidKeys> | null;
  const candidate = { publicKey: String(keys?.publicKey ?? ""), privateKey: String(keys?.privateKey ?? "") };
  const problem = vapidKeyProblem(candidate);
  if (problem) throw new ConfigError(`${file}: ${problem}`);
  return candidate;
}
