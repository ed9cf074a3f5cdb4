import { MetadataExtractor } from "./extract-metadata";

const read = (html: string, chunkSize = 7) => {
  const extractor = new MetadataExtractor(new URL("https://site.example/dir/page"));
  const bytes = Buffer.from(html);
  let stopped = false;
  for (let at = 0; at < bytes.length && !stopped; at += chunkSize) stopped = extractor.write(bytes.subarray(at, at + chunkSize));
  return { stopped, metadata: extractor.result() };
};

describe("MetadataExtractor", () => {
  it("prefers Open Graph, resolves the image against the page, decodes entities, across chunk boundaries", () => {
    const { metadata } = read(
      `<html><head><title>Plain</title><meta name="description" content="plain desc">` +
        `<meta property="og:title" content="OG &amp; title"><meta property="og:description" content="  spaced \n out  ">` +
        `<meta property="og:site_name" content="Site"><meta property="og:image" content="../img/é.png"></head></html>`,
    );
    expect(metadata).toEqual({ title: "OG & title", description: "spaced out", site_name: "Site", image: "https://site.example/img/%C3%A9.png" });
  });

  it("falls back to <title> and meta description; no site name or image", () => {
    expect(read(`<head><TITLE>Just a title</TITLE><META NAME="Description" CONTENT="d"></head>`).metadata).toEqual({
      title: "Just a title",
      description: "d",
      site_name: null,
      image: null,
    });
  });

  it("stops at the end of the head: later tags are never read", () => {
    const { stopped, metadata } = read(`<head><title>Head</title></head><body><meta property="og:title" content="late"></body>`);
    expect(stopped).toBe(true);
    expect(metadata.title).toBe("Head");
  });

  it("ignores images that are not http(s) and cuts long text", () => {
    const { metadata } = read(`<meta property="og:image" content="javascript:alert(1)"><meta property="og:title" content="${"t".repeat(400)}">`);
    expect(metadata.image).toBeNull();
    expect(metadata.title).toHaveLength(300);
  });
});
