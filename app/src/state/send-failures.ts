import type { SendFailure } from "@chat-app/client";
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
    default:
      return t("failure.notSent");
  }
}
