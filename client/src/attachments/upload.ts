import type { AttachmentJson } from "@chat-app/protocol";
import { CANCELLED, UploadError, uploadFailureOf } from "./upload-failure";
import type { UploadTransport } from "./upload-transport";

export interface UploadOptions {
  baseUrl: string;
  token: string;
  file: Blob;
  /** The file name to tell the server (a Blob has none). */
  name: string;
  transport: UploadTransport;
  /** 0–1 of the request sent. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

/** Uploads one file (`POST /api/attachments`); every failure is an UploadError with its reason read. */
export async function uploadAttachment(options: UploadOptions): Promise<AttachmentJson> {
  let response;
  try {
    response = await options.transport.send({
      url: `${options.baseUrl}/api/attachments`,
      token: options.token,
      field: "file",
      file: options.file,
      name: options.name,
      signal: options.signal,
      onProgress: (sent, total) => options.onProgress?.(total > 0 ? Math.min(1, sent / total) : 0),
    });
  } catch (error) {
    if (options.signal?.aborted || (error instanceof DOMException && error.name === "AbortError")) throw new UploadError(CANCELLED);
    throw new UploadError(uploadFailureOf(undefined, error instanceof Error ? error.message : "Network error"));
  }
  const body = (response.body ?? {}) as { attachment?: AttachmentJson; error?: string };
  if (response.status === 201 && body.attachment) return body.attachment;
  throw new UploadError(uploadFailureOf(response.status, body.error ?? `HTTP ${response.status}`));
}
