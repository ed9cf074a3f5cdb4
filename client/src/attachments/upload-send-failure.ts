import type { SendFailure, SendFailureReason } from "../send-failure";
import type { UploadFailure, UploadFailureReason } from "./upload-failure";

const REASONS: Record<UploadFailureReason, SendFailureReason> = {
  too_large: "file_too_large",
  over_quota: "over_quota",
  refused: "file_refused",
  missing: "file_missing",
  cancelled: "file_missing",
  rate_limited: "rate_limited",
  server_error: "server_error",
  network: "server_error",
  // The session ended: the entry waits (a new session with the same outbox sends it).
  unauthorized: "server_error",
};

/** Why a message could not go because one of its files did not upload. */
export function sendFailureOfUpload(failure: UploadFailure, fileName: string): SendFailure {
  const retryable = failure.retryable || failure.reason === "unauthorized";
  const limit = failure.limitMb !== undefined ? { limitMb: failure.limitMb } : {};
  return { reason: REASONS[failure.reason], retryable, message: failure.message, status: failure.status, file: fileName, ...limit };
}
