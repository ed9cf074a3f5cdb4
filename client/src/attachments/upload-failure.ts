/** Why an upload did not give an attachment, in terms a view can word; named as the message's `SendFailureReason` where they mean the same. */
export type UploadFailureReason =
  "file_too_large" | "over_quota" | "file_refused" | "file_missing" | "unauthorized" | "rate_limited" | "server_error" | "network" | "cancelled";

export interface UploadFailure {
  reason: UploadFailureReason;
  /** Whether uploading the same file again can succeed; a permanent failure only offers removing it. */
  retryable: boolean;
  /** For `file_too_large` and `over_quota`: the server's limit in MB, when it said so. */
  limitMb?: number;
  /** The server's own `{error}` text (or the transport's), for logs and reasons without a wording. */
  message: string;
  /** The HTTP status, when there was an answer. */
  status?: number;
}

/** Thrown by an upload: the failure, read. */
export class UploadError extends Error {
  constructor(readonly failure: UploadFailure) {
    super(failure.message);
    this.name = "UploadError";
  }
}

const LIMIT_MB = /(\d+) MB/;

/** Reads the server's refusal of an upload (`status` undefined: no answer at all). */
export function uploadFailureOf(status: number | undefined, message: string): UploadFailure {
  const base = { message, status };
  if (status === undefined) return { ...base, reason: "network", retryable: true };
  if (status === 429) return { ...base, reason: "rate_limited", retryable: true };
  if (status >= 500) return { ...base, reason: "server_error", retryable: true };
  if (status === 401) return { ...base, reason: "unauthorized", retryable: false };
  if (status === 413) {
    const limit = LIMIT_MB.exec(message);
    const reason = /quota/i.test(message) ? "over_quota" : "file_too_large";
    return limit ? { ...base, reason, retryable: false, limitMb: Number(limit[1]) } : { ...base, reason, retryable: false };
  }
  return { ...base, reason: "file_refused", retryable: false };
}

export const CANCELLED: UploadFailure = { reason: "cancelled", retryable: false, message: "Cancelled" };
export const MISSING: UploadFailure = { reason: "file_missing", retryable: false, message: "The file is gone from this device" };
