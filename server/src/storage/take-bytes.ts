import { type Readable, Transform } from "node:stream";

/** The first `limit` bytes of a stream; the rest is dropped. */
export function takeBytes(source: Readable, limit: number): Readable {
  let left = limit;
  const limited = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      if (left <= 0) return done();
      this.push(chunk.subarray(0, left));
      left -= chunk.length;
      if (left <= 0) {
        this.push(null);
        source.destroy();
      }
      done();
    },
  });
  source.once("error", (error) => limited.destroy(error));
  return source.pipe(limited);
}
