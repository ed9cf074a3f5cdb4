import type { Request } from "express";
import busboy from "busboy";
import { PassThrough, type Readable } from "node:stream";
import { badRequest, HttpError } from "../../errors";

export interface IncomingFile {
  stream: Readable;
  name: string | undefined;
}

interface Options<T> {
  /** Bytes the file may have; one more is `tooLarge`. */
  maxBytes: number;
  tooLarge: HttpError;
  /** Consumes the file stream (it errors with `tooLarge` past the limit); resolves with what was made of it. */
  handle: (file: IncomingFile) => Promise<T>;
  /** Undoes `handle` when the rest of the form turns out invalid. */
  discard: (result: T) => Promise<void>;
}

/**
 * Reads a multipart/form-data body that holds exactly one part: a file in the field `file`. The
 * file is streamed to `handle` as it arrives (busboy, with a byte limit), never buffered whole.
 * Anything else — another content type, no file, a second file, other fields, a truncated body — is a 400.
 */
export function receiveFile<T>(req: Request, options: Options<T>): Promise<T> {
  if (!req.is("multipart/form-data")) return Promise.reject(badRequest("expected a multipart/form-data body with a file field"));
  let parser: busboy.Busboy;
  try {
    // busboy reports the limit on reaching it, so one byte more than allowed is what trips it.
    parser = busboy({
      headers: req.headers,
      defParamCharset: "utf8",
      limits: { files: 1, fields: 0, fileSize: options.maxBytes + 1, headerPairs: 20 },
    });
  } catch {
    return Promise.reject(badRequest("expected a multipart/form-data body with a boundary"));
  }

  return new Promise<T>((resolve, reject) => {
    let failure: Error | null = null;
    let handled: Promise<T> | null = null;
    let body: PassThrough | null = null;
    const fail = (error: Error) => {
      if (failure) return;
      failure = error;
      body?.destroy(error);
      // The rest of the body is read and dropped, so the client gets the answer rather than a reset.
      req.unpipe(parser);
      req.resume();
      settle();
    };
    let settled = false;
    const settle = () => {
      if (settled) return;
      if (!handled) {
        if (failure) {
          settled = true;
          reject(failure);
        }
        return;
      }
      settled = true;
      handled.then(
        async (result) => {
          if (!failure) return resolve(result);
          await options.discard(result).catch(() => undefined);
          reject(failure);
        },
        (error: unknown) => reject(failure ?? (error instanceof Error ? error : new Error(String(error)))),
      );
    };

    parser.on("file", (field, stream, info) => {
      if (field !== "file") {
        stream.resume();
        return fail(badRequest(`unexpected field ${JSON.stringify(field.slice(0, 64))}: send one file in the field "file"`));
      }
      body = new PassThrough();
      stream.on("limit", () => fail(options.tooLarge));
      stream.on("error", (error: Error) => body?.destroy(error));
      stream.pipe(body);
      handled = options.handle({ stream: body, name: info.filename });
      // Errors are reported once the form is complete (or failed), by settle().
      handled.catch(() => undefined);
    });
    parser.on("field", (field) => fail(badRequest(`unexpected field ${JSON.stringify(field.slice(0, 64))}: send one file in the field "file"`)));
    parser.on("fieldsLimit", () => fail(badRequest('unexpected field: send one file, in the field "file", and nothing else')));
    parser.on("filesLimit", () => fail(badRequest('send only one file, in the field "file"')));
    parser.on("error", () => fail(badRequest("the multipart body is malformed or incomplete")));
    parser.on("close", () => {
      if (!handled && !failure) return fail(badRequest('file is required (one file in the field "file")'));
      settle();
    });
    req.on("aborted", () => fail(badRequest("Request was aborted")));
    req.pipe(parser);
  });
}
