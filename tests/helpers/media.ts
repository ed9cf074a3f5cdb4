import { randomBytes } from "node:crypto";
import zlib from "node:zlib";
import sharp from "sharp";

/** Test files made on the spot (sharp for images): no binary fixtures in the repository. */

const solid = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: { r: 200, g: 40, b: 40 } } });

/** A 64×32 JPEG whose EXIF says "rotate 90°" (orientation 6), names an artist and holds a GPS position. */
export function jpegWithGps(): Promise<Buffer> {
  return solid(64, 32)
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExif({
      IFD0: { Artist: "alice-the-photographer" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "51/1 30/1 0/1", GPSLongitudeRef: "W", GPSLongitude: "0/1 7/1 0/1" },
    })
    .toBuffer();
}

export const png = (width = 40, height = 20) => solid(width, height).png().toBuffer();
export const webp = () => solid(30, 30).webp().toBuffer();
export const gif = () => solid(20, 10).gif().toBuffer();

/** A PNG header claiming 100,000 × 100,000 pixels over a few bytes of data: a decompression bomb. */
export function pngBomb(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(100_000, 0);
  header.writeUInt32BE(100_000, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(Buffer.alloc(1024))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** `seconds` of mono PCM silence at `rate` Hz as WAV (by default one second, 8 kHz, 8-bit). */
export function wav({ seconds = 1, rate = 8000, bits = 8 }: { seconds?: number; rate?: number; bits?: 8 | 16 } = {}): Buffer {
  const bytesPerSample = bits / 8;
  // Silence is the midpoint for 8-bit (unsigned) samples, zero for 16-bit (signed) ones.
  const samples = Buffer.alloc(Math.round(seconds * rate) * bytesPerSample, bits === 8 ? 128 : 0);
  const header = Buffer.alloc(44);
  header.write("RIFF", 0, "latin1");
  header.writeUInt32LE(36 + samples.length, 4);
  header.write("WAVEfmt ", 8, "latin1");
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate * bytesPerSample, 28); // byte rate
  header.writeUInt16LE(bytesPerSample, 32); // block align
  header.writeUInt16LE(bits, 34);
  header.write("data", 36, "latin1");
  header.writeUInt32LE(samples.length, 40);
  return Buffer.concat([header, samples]);
}

export const pdf = () => Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n", "latin1");
export const svg = () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>', "utf8");
export const html = () => Buffer.from("<!doctype html><html><body><script>alert(document.cookie)</script></body></html>", "utf8");

export interface Part {
  field: string;
  /** A file part when set (raw bytes of the header value, so tests can put anything in it). */
  filename?: string;
  type?: string;
  data: Buffer | string;
}

/** A multipart/form-data body built by hand, so a test controls every byte (names, truncation). */
export function multipart(parts: Part[], options: { truncate?: boolean } = {}): { body: Buffer; contentType: string } {
  const boundary = `----chat-test-${randomBytes(8).toString("hex")}`;
  const pieces: Buffer[] = [];
  for (const part of parts) {
    const disposition = `form-data; name="${part.field}"${part.filename === undefined ? "" : `; filename="${part.filename}"`}`;
    const head = `--${boundary}\r\nContent-Disposition: ${disposition}\r\n${part.type ? `Content-Type: ${part.type}\r\n` : ""}\r\n`;
    pieces.push(Buffer.from(head, "utf8"), Buffer.isBuffer(part.data) ? part.data : Buffer.from(part.data, "utf8"), Buffer.from("\r\n"));
  }
  if (!options.truncate) pieces.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(pieces), contentType: `multipart/form-data; boundary=${boundary}` };
}
