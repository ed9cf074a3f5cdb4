import { UrlSigner } from "./url-signer";

const SECRET = "s".repeat(32);

const parts = (url: string) => {
  const parsed = new URL(url, "http://x");
  return { exp: Number(parsed.searchParams.get("exp")), sig: parsed.searchParams.get("sig")! };
};

describe("UrlSigner", () => {
  let now = 1_800_000_000_000;
  const signer = new UrlSigner(SECRET, 60, () => now);

  it("signs a link that verifies for that id and variant until it expires", () => {
    const url = signer.url(7, "content");
    expect(url).toMatch(/^\/api\/attachments\/7\/content\?exp=\d+&sig=[\w-]+$/);
    const { exp, sig } = parts(url);
    expect(signer.verify(7, "content", exp, sig)).toBe(true);
    expect(signer.verify(8, "content", exp, sig)).toBe(false);
    expect(signer.verify(7, "thumbnail", exp, sig)).toBe(false);
    expect(signer.verify(7, "content", exp + 1, sig)).toBe(false);
    expect(signer.verify(7, "content", exp, sig.slice(1))).toBe(false);
    now += 61_000;
    expect(signer.verify(7, "content", exp, sig)).toBe(false);
  });

  it("does not accept another secret's signature", () => {
    const other = new UrlSigner("t".repeat(32), 60, () => now);
    const { exp, sig } = parts(other.url(7, "content"));
    expect(signer.verify(7, "content", exp, sig)).toBe(false);
  });
});

describe("UrlSigner.query", () => {
  const now = 1_800_000_000_000;
  const signer = new UrlSigner(SECRET, 60, () => now);
  const exp = now / 1000 + 3600;

  it("signs a link-preview image for that message id only, never valid as an attachment link", () => {
    const { sig } = parts(`/x?${signer.query(7, "link-preview-image", exp)}`);
    expect(signer.verify(7, "link-preview-image", exp, sig)).toBe(true);
    expect(signer.verify(8, "link-preview-image", exp, sig)).toBe(false);
    expect(signer.verify(7, "content", exp, sig)).toBe(false);
    expect(signer.verify(7, "thumbnail", exp, sig)).toBe(false);
  });
});
