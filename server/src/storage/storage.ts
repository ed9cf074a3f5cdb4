import type { Readable } from "node:stream";

/** A byte range, both ends included (as HTTP `Range` counts). */
export interface ByteRange {
  start: number;
  end: number;
}

/**
 * Where attachment bytes live, by an opaque key the server makes up (never a user's file name).
 * Every method streams: nothing here holds a whole file in memory.
 */
export interface Storage {
  /** Writes the stream under `key`; resolves with the bytes written once they are durable. Rejects (and keeps nothing) if the stream errors. */
  put(key: string, body: Readable): Promise<number>;
  /** The stored bytes, or one range of them; null when nothing is stored under `key`. */
  get(key: string, range?: ByteRange): Promise<Readable | null>;
  /** Forgets `key`; no error when it is already gone. */
  delete(key: string): Promise<void>;
}
