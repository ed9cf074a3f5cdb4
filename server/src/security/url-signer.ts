import { createHmac, timingSafeEqual } from "node:crypto";

export type AttachmentVariant = "content" | "thumbnail";
/** What else the same key signs: a message's link-preview image (the id is then a message id). */
export type SignedVariant = AttachmentVariant | "link-preview-image";

/**
 * Short-lived links to attachment bytes: an HMAC-SHA256 over the attachment id, the variant and
 * the expiry, so a link opens exactly that file in that variant until it expires, and cannot be
 * edited into another. The key is derived from the server secret with its own label, so an
 * attachment signature is never valid as anything else (or the reverse).
 */
export class UrlSigner {
  private readonly key: Buffer;

  constructor(
    secret: string,
    private readonly ttlSeconds: number,
    private readonly now: () => number = Date.now,
  ) {
    this.key = createHmac("sha256", secret).update("attachment-url-v1").digest();
  }

  /** `/api/attachments/<id>/<variant>?exp=<unix seconds>&sig=<base64url>`. */
  url(id: number, variant: AttachmentVariant): string {
    return `/api/attachments/${id}/${variant}?${this.query(id, variant, Math.floor(this.now() / 1000) + this.ttlSeconds)}`;
  }

  /** `exp=<exp>&sig=<base64url>` for a link this signer verifies until `exp` (unix seconds). */
  query(id: number, variant: SignedVariant, exp: number): string {
    return `exp=${exp}&sig=${this.sign(id, variant, exp)}`;
  }

  /** True while the signature is this server's for this id, variant and expiry, and the expiry is ahead. */
  verify(id: number, variant: SignedVariant, exp: number, sig: string): boolean {
    if (exp * 1000 <= this.now()) return false;
    const expected = Buffer.from(this.sign(id, variant, exp));
    const given = Buffer.from(sig);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  private sign(id: number, variant: SignedVariant, exp: number): string {
    return createHmac("sha256", this.key).update(`${id}.${variant}.${exp}`).digest("base64url");
  }
}
