import { createHash, randomBytes } from "node:crypto";

/** 32 random bytes, base64url: 43 characters, the form the link and the schemas carry. */
export const EMAIL_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** Only the SHA-256 is stored: a read of the database does not give anyone a working link. */
export const hashEmailToken = (token: string): string => createHash("sha256").update(token).digest("hex");

export function newEmailToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashEmailToken(token) };
}
