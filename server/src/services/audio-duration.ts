import type { Readable } from "node:stream";

/** The part of music-metadata used here. */
interface MusicMetadataModule {
  parseStream(
    this: void,
    stream: Readable,
    fileInfo: { mimeType: string; size: number },
    options: { duration: boolean; skipCovers: boolean; skipPostHeaders: boolean },
  ): Promise<{ format: { duration?: number } }>;
}
let musicMetadata: Promise<MusicMetadataModule> | undefined;
// music-metadata is an ES module; the server is CommonJS, so it is imported once, lazily (as file-type is).
const loadMusicMetadata = () => (musicMetadata ??= import("music-metadata") as Promise<MusicMetadataModule>);

/**
 * An audio file's length in milliseconds, when its format says it: WAV in its header, M4A in its
 * audio track's media header, MP3 from its Xing/VBRI header or (constant bit rate) its size, Ogg
 * from its last page's granule position (the one format read to its end). Chrome's MediaRecorder
 * writes WebM without a Duration element, and nothing short of decoding every cluster tells it, so
 * such a file gets none: null, as for anything unreadable — a duration is a nicety, never a reason
 * to refuse an upload.
 */
export async function audioDurationMs(stream: Readable, contentType: string, size: number): Promise<number | null> {
  try {
    const { parseStream } = await loadMusicMetadata();
    const { format } = await parseStream(
      stream,
      { mimeType: contentType, size },
      { duration: contentType === "audio/ogg", skipCovers: true, skipPostHeaders: true },
    );
    const duration = format.duration;
    return duration !== undefined && Number.isFinite(duration) && duration > 0 ? Math.round(duration * 1000) : null;
  } catch {
    return null;
  } finally {
    // The parser stops reading once it knows; the rest of the file need not be read.
    stream.destroy();
  }
}
