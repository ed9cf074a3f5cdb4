import { Transform, type TransformCallback } from "node:stream";

/** Passes bytes through unchanged and keeps a copy of the first `limit` of them (to tell the type). */
export class HeadCollector extends Transform {
  private readonly chunks: Buffer[] = [];
  private kept = 0;

  constructor(private readonly limit: number) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    if (this.kept < this.limit) {
      const part = chunk.subarray(0, this.limit - this.kept);
      this.chunks.push(part);
      this.kept += part.length;
    }
    done(null, chunk);
  }

  get head(): Uint8Array {
    return Buffer.concat(this.chunks);
  }
}
