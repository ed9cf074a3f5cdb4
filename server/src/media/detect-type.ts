import type { AttachmentKind } from "@chat-app/protocol";

export interface DetectedType {
  kind: AttachmentKind;
  /** What the bytes are, as served: never a type a browser would run (HTML, SVG, XML, script). */
  contentType: string;
  /** For images: the format sharp writes back. */
  imageFormat?: "jpeg" | "png" | "webp" | "gif" | "heif";
}

/** How many leading bytes are enough to recognise every format file-type knows (ID3-tagged MP3 needs the most). */
export const SNIFF_BYTES = 64 * 1024;

const IMAGES: Record<string, DetectedType["imageFormat"]> = { jpg: "jpeg", png: "png", webp: "webp", gif: "gif", heic: "heif" };
const AUDIO: Record<string, string> = {
  webm: "audio/webm",
  opus: "audio/ogg",
  ogg: "audio/ogg",
  oga: "audio/ogg",
  mp3: "audio/mpeg",
  m4a: "audio/mp4",
  wav: "audio/wav",
};
/** Types a browser may render as a document or run as code, even behind nosniff. */
const SCRIPTABLE = /html|xml|svg|javascript|ecmascript|^text\/|x-shockwave|pdf-script/;
const OPAQUE = "application/octet-stream";

/** The part of file-type used here. */
interface FileTypeModule {
  fileTypeFromBuffer: (buffer: Uint8Array) => Promise<{ ext: string; mime: string } | undefined>;
}
let fileType: Promise<FileTypeModule> | undefined;
// file-type is an ES module; the server is CommonJS, so it is imported once, lazily.
const loadFileType = () => (fileType ??= import("file-type") as Promise<FileTypeModule>);

/**
 * The kind of an upload from its first bytes, never from its name or declared type. Images are
 * only the formats sharp decodes here (HEIC only when the installed libvips reads it); anything else
 * is a file, served as a download.
 */
export async function detectType(head: Uint8Array, heicReadable: boolean): Promise<DetectedType> {
  const { fileTypeFromBuffer } = await loadFileType();
  const found = await fileTypeFromBuffer(head);
  if (!found) return { kind: "file", contentType: OPAQUE };
  const imageFormat = IMAGES[found.ext];
  if (imageFormat && (imageFormat !== "heif" || heicReadable)) return { kind: "image", contentType: found.mime, imageFormat };
  const audio = AUDIO[found.ext];
  if (audio) return { kind: "audio", contentType: audio };
  return { kind: "file", contentType: SCRIPTABLE.test(found.mime) ? OPAQUE : found.mime };
}
