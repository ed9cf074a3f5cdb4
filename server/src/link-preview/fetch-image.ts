import sharp from "sharp";
import type { AllowList } from "./allow-list";
import { deadline, FETCH_LIMITS, guardedGet } from "./guarded-fetch";
import { readCapped } from "./read-capped";
import { PreviewRefused } from "./refusal";

/** Longest side of a stored preview image, in pixels. */
export const PREVIEW_IMAGE_SIZE = 600;
/** More pixels than this are refused undecoded (decompression bombs). */
const MAX_INPUT_PIXELS = 40_000_000;

/**
 * A page's image through the same guard (1 MB, 5 s, image/* only), decoded and encoded again as
 * WebP by sharp: whatever the bytes were, what is stored and served is an image sharp made.
 */
export async function fetchPreviewImage(url: string, allow: AllowList): Promise<Buffer> {
  const timer = deadline();
  try {
    const image = await guardedGet(url, { allow, accept: ["image/"], signal: timer.signal });
    const bytes = await readCapped(image.body, FETCH_LIMITS.maxBytes);
    return await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error" })
      .rotate()
      .resize(PREVIEW_IMAGE_SIZE, PREVIEW_IMAGE_SIZE, { fit: "inside", withoutEnlargement: true })
      .webp({ quality: 80 })
      .toBuffer()
      .catch(() => {
        throw new PreviewRefused("the image could not be decoded");
      });
  } finally {
    timer.done();
  }
}
