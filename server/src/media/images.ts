import type { Readable } from "node:stream";
import sharp from "sharp";
import { badRequest } from "../errors";
import type { DetectedType } from "./detect-type";

/** Longest side of a thumbnail, in pixels. */
export const THUMBNAIL_SIZE = 480;

/** Whether the libvips sharp brought reads HEIC (the prebuilt one reads only AVIF from the HEIF family). */
export const HEIC_READABLE = sharp.format.heif.input.fileSuffix?.includes(".heic") ?? false;

export interface ImageOutput {
  /** The re-encoded bytes, for storage. */
  stream: Readable;
  /** Resolves with the output's size in pixels once encoding is done. */
  info: Promise<{ width: number; height: number }>;
  contentType: string;
}

type Format = NonNullable<DetectedType["imageFormat"]>;

/**
 * What is stored and served for an uploaded image: decoded and encoded again by sharp, which keeps
 * no metadata (EXIF, GPS, XMP, comments) unless asked; orientation applied to the pixels first
 * (`rotate()`), so nothing is lost with the EXIF tag. sharp works in libuv's threadpool, not on the
 * event loop. More pixels than `maxPixels` are refused before decoding (decompression bombs).
 */
export function normalizedImage(source: Readable, format: Format, maxPixels: number): ImageOutput {
  const animated = format === "gif" || format === "webp";
  let encoder = sharp({ limitInputPixels: maxPixels, animated, failOn: "error" }).rotate();
  // Browsers do not show HEIC: it is stored as JPEG.
  encoder = format === "heif" ? encoder.jpeg({ quality: 90 }) : encoder.toFormat(format);
  return run(source, encoder, format === "heif" ? "image/jpeg" : `image/${format}`);
}

/** A WebP preview whose longest side is at most THUMBNAIL_SIZE (never enlarged); the first frame of an animation. */
export function thumbnail(source: Readable, maxPixels: number): ImageOutput {
  const encoder = sharp({ limitInputPixels: maxPixels, failOn: "error" })
    .rotate()
    .resize(THUMBNAIL_SIZE, THUMBNAIL_SIZE, { fit: "inside", withoutEnlargement: true })
    .webp({ quality: 80 });
  return run(source, encoder, "image/webp");
}

/** Sides of an avatar's square renditions, in pixels. */
export const AVATAR_SIZES = { small: 64, large: 256 } as const;
export type AvatarSize = keyof typeof AVATAR_SIZES;

/**
 * An avatar rendition: cropped square around what sharp's attention strategy finds most salient
 * (faces, skin, saturated detail) rather than blindly the centre, then scaled to `side` (enlarged
 * when the upload is smaller, so every rendition is exactly side × side); a WebP of the first frame.
 */
export function avatarRendition(source: Readable, side: number, maxPixels: number): ImageOutput {
  const encoder = sharp({ limitInputPixels: maxPixels, failOn: "error" })
    .rotate()
    .resize(side, side, { fit: "cover", position: sharp.strategy.attention })
    .webp({ quality: 85 });
  return run(source, encoder, "image/webp");
}

function run(source: Readable, encoder: sharp.Sharp, contentType: string): ImageOutput {
  const info = new Promise<{ width: number; height: number }>((resolve, reject) => {
    encoder.once("info", (output: sharp.OutputInfo) => resolve({ width: output.width, height: output.pageHeight ?? output.height }));
    encoder.once("error", reject);
  });
  // Failures surface through `info` and through the stream; the stream's consumer reports them.
  info.catch(() => undefined);
  source.once("error", (error) => encoder.destroy(error));
  source.pipe(encoder);
  return { stream: encoder, info, contentType };
}

/** sharp's refusals as the client's fault: too many pixels, or bytes that do not decode. */
export function imageError(error: unknown): Error {
  const message = error instanceof Error ? error.message : "";
  if (/pixel limit/i.test(message)) return badRequest("file: the image has too many pixels");
  return badRequest("file: the image could not be read");
}
