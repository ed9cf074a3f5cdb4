import type { ApiError } from "./api";

/** Why the server (or the client, for a group it left) refused a message, in terms a view can word. */
export type SendFailureReason =
  | "no_such_person"
  | "not_a_member"
  | "too_long"
  | "empty"
  | "rate_limited"
  | "server_error"
  | "unknown"
  /** One of its files: larger than the server takes (`limitMb`), over the person's quota, refused (type, empty), gone from the device. */
  | "file_too_large"
  | "over_quota"
  | "file_refused"
  | "file_missing";

export interface SendFailure {
  reason: SendFailureReason;
  /** Whether sending the same message again can succeed; a permanent failure only offers discarding. */
  retryable: boolean;
  /** For `too_long`: the most characters the server takes, when it said so. */
  limit?: number;
  /** For the file reasons: the file's name, and the server's limit in MB when it said so. */
  file?: string;
  limitMb?: number;
  /** The server's own `{error}` text, for logs and for reasons without a wording. */
  message: string;
  /** The HTTP status (REST) or the ack's `status`, when known. */
  status?: number;
}

const TOO_LONG = /at most (\d+) characters/;

/** Reads the server's `{error, status}` refusal of a send as a failure reason. */
export function sendFailureOf(status: number | undefined, message: string): SendFailure {
  const base = { message, status };
  if (status === 429 || /^Too many requests/.test(message)) return { ...base, reason: "rate_limited", retryable: true };
  if (status === undefined || status >= 500) return { ...base, reason: "server_error", retryable: true };
  if (status === 404) return { ...base, reason: "no_such_person", retryable: false };
  if (status === 403 && /not a member/i.test(message)) return { ...base, reason: "not_a_member", retryable: false };
  if (status === 413) return { ...base, reason: "too_long", retryable: false };
  const tooLong = TOO_LONG.exec(message);
  if (status === 400 && tooLong) return { ...base, reason: "too_long", retryable: false, limit: Number(tooLong[1]) };
  if (status === 400 && /must not be empty/.test(message)) return { ...base, reason: "empty", retryable: false };
  return { ...base, reason: "unknown", retryable: false };
}

export function sendFailureFromError(error: ApiError): SendFailure {
  return sendFailureOf(error.status, error.message);
}
