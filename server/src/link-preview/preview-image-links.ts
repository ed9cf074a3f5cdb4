import type { UrlSigner } from "../security/url-signer";

export const previewImagePath = (messageId: number) => `/api/messages/${messageId}/link-preview/image`;

const DAY_SECONDS = 86_400;

/**
 * Signed links to a message's preview image, so an `<img>` (which sends no token) can show it.
 * They expire at the end of the next UTC day: the same URL all day long, so the browser's cache
 * keeps working, and valid 24 to 48 hours, longer than any page of history stays on screen without
 * a fetch that brings a fresh one (open, catch-up, older pages). Unlike attachments, nothing needs
 * refreshing in the client: the image is the server's own re-encoding of a public page's picture.
 */
export class PreviewImageLinks {
  constructor(
    private readonly signer: UrlSigner,
    private readonly now: () => number = Date.now,
  ) {}

  url(messageId: number): string {
    const exp = (Math.floor(this.now() / 1000 / DAY_SECONDS) + 2) * DAY_SECONDS;
    return `${previewImagePath(messageId)}?${this.signer.query(messageId, "link-preview-image", exp)}`;
  }

  verify(messageId: number, exp: number, sig: string): boolean {
    return this.signer.verify(messageId, "link-preview-image", exp, sig);
  }
}
