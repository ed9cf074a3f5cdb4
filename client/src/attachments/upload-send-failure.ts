import type { SendFailure } from "../send-failure";
import type { UploadFailure } from "./upload-failure";

/** Why a message could not go because one of its files did not upload. */
export function sendFailureOfUpload(failure: UploadFailure, fileName: string): SendFailure {
  const { reason } = failure;
  // No answer, or the session ended: the message waits (a new session with the same outbox sends it).
  const waits = reason === "network" || reason === "unauthorized";
  return {
    ...failure,
    reason: waits ? "server_error" : reason === "cancelled" ? "file_missing" : reason,
    retryable: failure.retryable || waits,
    file: fileName,
  };
}
