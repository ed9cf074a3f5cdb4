import type { AllowList } from "./allow-list";
import { fetchPreviewImage } from "./fetch-image";
import { fetchPageMetadata } from "./fetch-page";

export interface FetchedPreview {
  title: string | null;
  description: string | null;
  site_name: string | null;
  /** The re-encoded WebP, or null when the page names none or it could not be fetched. */
  image: Buffer | null;
}

/** Page, then its image; an image that fails leaves a preview without one. Rejects with PreviewRefused or a network error. */
export async function fetchPreview(url: string, allow: AllowList): Promise<FetchedPreview> {
  const { metadata } = await fetchPageMetadata(url, allow);
  const image = metadata.image ? await fetchPreviewImage(metadata.image, allow).catch(() => null) : null;
  return { title: metadata.title, description: metadata.description, site_name: metadata.site_name, image };
}
