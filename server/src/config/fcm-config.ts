import { createPrivateKey } from "node:crypto";
import fs from "node:fs";
import { ConfigError } from "./config-error";

/** The fields of a Google service-account key file that sending through FCM needs. */
export interface FcmServiceAccount {
  projectId: string;
  clientEmail: string;
  /** PEM (PKCS#8) RSA key the OAuth2 assertion is signed with. */
  privateKey: string;
  /** Where the signed assertion is exchanged for an access token (https://oauth2.googleapis.com/token). */
  tokenUri: string;
}

export interface FcmConfig {
  account: FcmServiceAccount;
  /** FCM_API_URL: the HTTP v1 API's origin (https://fcm.googleapis.com; tests point it at a local stand-in). */
  apiUrl: string;
}

export const DEFAULT_FCM_API_URL = "https://fcm.googleapis.com";

/**
 * FCM_SERVICE_ACCOUNT: the service-account JSON itself (it starts with `{`), or the path of its file
 * (Firebase console → Project settings → Service accounts → Generate new private key). Null when unset:
 * then only Web Push is used.
 */
export function parseFcm(serviceAccount: string | undefined, apiUrl: string | undefined): FcmConfig | null {
  if (serviceAccount === undefined) {
    if (apiUrl !== undefined) throw new ConfigError("FCM_API_URL: set FCM_SERVICE_ACCOUNT too (native push needs the operator's credentials)");
    return null;
  }
  const base = (apiUrl ?? DEFAULT_FCM_API_URL).replace(/\/+$/, "");
  if (!/^https?:\/\/[^/]+$/.test(base)) throw new ConfigError(`FCM_API_URL: "${apiUrl}" is not an origin like https://fcm.googleapis.com`);
  return { account: serviceAccountOf(readJson(serviceAccount.trim())), apiUrl: base };
}

function readJson(value: string): unknown {
  let text = value;
  if (!value.startsWith("{")) {
    try {
      text = fs.readFileSync(value, "utf8");
    } catch (error) {
      throw new ConfigError(
        `FCM_SERVICE_ACCOUNT: cannot read ${value} (${(error as NodeJS.ErrnoException).code ?? "error"}); give the JSON or its path`,
      );
    }
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new ConfigError("FCM_SERVICE_ACCOUNT: not JSON; give the service-account key file (or its path) as Firebase downloads it");
  }
}

function serviceAccountOf(parsed: unknown): FcmServiceAccount {
  const fields = (typeof parsed === "object" && parsed !== null ? parsed : {}) as Record<string, unknown>;
  const text = (name: string): string => {
    const value = fields[name];
    if (typeof value !== "string" || value.trim() === "") throw new ConfigError(`FCM_SERVICE_ACCOUNT: "${name}" is missing`);
    return value;
  };
  const privateKey = text("private_key");
  try {
    if (createPrivateKey(privateKey).asymmetricKeyType !== "rsa") throw new Error("not RSA");
  } catch {
    throw new ConfigError('FCM_SERVICE_ACCOUNT: "private_key" is not a PEM RSA private key');
  }
  const tokenUri = text("token_uri");
  if (!/^https?:\/\/\S+$/.test(tokenUri)) throw new ConfigError('FCM_SERVICE_ACCOUNT: "token_uri" must be an https:// URL');
  return { projectId: text("project_id"), clientEmail: text("client_email"), privateKey, tokenUri };
}
