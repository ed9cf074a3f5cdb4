import type { AllowList } from "./allow-list";
import { MetadataExtractor, type PageMetadata } from "./extract-metadata";
import { deadline, FETCH_LIMITS, guardedGet } from "./guarded-fetch";
import { readCapped } from "./read-capped";
import { PreviewRefused } from "./refusal";

export const PAGE_TYPES = ["text/html", "application/xhtml+xml"] as const;

/**
 * The page's metadata, read through the guard: at most 1 MB of it, within 5 s in all, and no
 * further than the end of its head. A page that says nothing worth showing is refused.
 */
export async function fetchPageMetadata(url: string, allow: AllowList): Promise<{ url: URL; metadata: PageMetadata }> {
  const timer = deadline();
  try {
    const page = await guardedGet(url, { allow, accept: PAGE_TYPES, signal: timer.signal });
    const extractor = new MetadataExtractor(page.url);
    await readCapped(page.body, FETCH_LIMITS.maxBytes, (chunk) => extractor.write(chunk));
    const metadata = extractor.result();
    if (!metadata.title && !metadata.description) throw new PreviewRefused("the page has no title or description");
    return { url: page.url, metadata };
  } finally {
    timer.done();
  }
}
