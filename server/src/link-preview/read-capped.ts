import type { Readable } from "node:stream";
import { PreviewRefused } from "./refusal";

/**
 * Reads a body into memory, destroying the connection as soon as it passes `maxBytes` (and
 * whenever `stop` says enough was read: the rest is never downloaded).
 */
export async function readCapped(body: Readable, maxBytes: number, onChunk?: (chunk: Buffer) => boolean): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of body as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > maxBytes) throw new PreviewRefused(`body larger than ${maxBytes} bytes`);
      chunks.push(chunk);
      if (onChunk?.(chunk)) break;
    }
  } finally {
    body.destroy();
  }
  return Buffer.concat(chunks);
}
