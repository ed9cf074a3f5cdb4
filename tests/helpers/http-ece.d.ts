/** The part of http_ece (web-push's own encryption library) the push tests use to decrypt as a browser would. */
declare module "http_ece" {
  import type { ECDH } from "node:crypto";

  export function decrypt(buffer: Buffer, params: { version: "aes128gcm"; privateKey: ECDH; authSecret: string }): Buffer;
}
