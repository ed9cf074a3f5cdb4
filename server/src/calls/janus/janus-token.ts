import { createHmac } from "node:crypto";

export const VIDEOROOM = "janus.plugin.videoroom";

/**
 * A Janus core token in the `token_auth_secret` format (auth.c, janus_auth_check_signature):
 * `<expiry>,janus,<plugin>[,<plugin>…]:<base64 HMAC-SHA1 of what precedes the colon>`, the expiry in
 * Unix seconds. Janus needs no state to check it, so nothing has to be told to Janus per token.
 */
export function signJanusToken(secret: string, expiresAtSeconds: number, plugins: readonly string[] = [VIDEOROOM]): string {
  const data = [String(Math.floor(expiresAtSeconds)), "janus", ...plugins].join(",");
  return `${data}:${createHmac("sha1", secret).update(data).digest("base64")}`;
}
