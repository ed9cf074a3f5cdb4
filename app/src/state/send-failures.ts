import type { SendFailure, UploadFailure } from "@chat-app/client";
import { t } from "../i18n/i18n";

/** Why a message was not sent, as a sentence under it. */
export function failureSentence(failure: SendFailure | undefined): string {
  switch (failure?.reason) {
    case "no_such_person":
      return t("failure.noSuchPerson");
    case "not_a_member":
      return t("failure.notAMember");
    case "too_long":
      return failure.limit ? t("failure.tooLongMax", { limit: failure.limit }) : t("failure.tooLong");
    case "empty":
      return t("failure.empty");
    case "rate_limited":
      return t("failure.rateLimited");
    case "server_error":
      return t("failure.serverError");
    case "file_too_large":
    case "over_quota":
    case "file_refused":
    case "file_missing":
      return fileSentence(failure.reason, failure.file ?? "", failure.limitMb);
    default:
      // A refusal the app has no wording for (a block, say): the server's own sentence.
      return failure?.status === 403 && failure.message ? failure.message : t("failure.notSent");
  }
}

function fileSentence(reason: "file_too_large" | "over_quota" | "file_refused" | "file_missing", file: string, limit: number | undefined): string {
  switch (reason) {
    case "file_too_large":
      return limit ? t("failure.fileTooLarge", { file, limit }) : t("failure.fileTooLargeNoLimit", { file });
    case "over_quota":
      return t("failure.overQuota", { file });
    case "file_refused":
      return t("failure.fileRefused", { file });
    case "file_missing":
      return t("failure.fileMissing", { file });
  }
}

/** Why a file in the composer did not upload, as a sentence on its chip. */
export function uploadFailureSentence(failure: UploadFailure | undefined, file: string): string {
  switch (failure?.reason) {
    case "file_too_large":
    case "over_quota":
    case "file_refused":
    case "file_missing":
      return fileSentence(failure.reason, file, failure.limitMb);
    case "rate_limited":
      return t("failure.rateLimited");
    case "network":
      return t("failure.uploadNetwork");
    default:
      return t("failure.uploadFailed");
  }
}
