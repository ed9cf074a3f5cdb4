import type { SendFailure } from "@chat-app/client";
import { i18n } from "../i18n/i18n";

/** Why a message was not sent, as a sentence under it. */
export function failureSentence(failure: SendFailure | undefined): string {
  switch (failure?.reason) {
    case "no_such_person":
      return i18n.t("failure.noSuchPerson");
    case "not_a_member":
      return i18n.t("failure.notAMember");
    case "too_long":
      return failure.limit ? i18n.t("failure.tooLongMax", { limit: failure.limit }) : i18n.t("failure.tooLong");
    case "empty":
      return i18n.t("failure.empty");
    case "rate_limited":
      return i18n.t("failure.rateLimited");
    case "server_error":
      return i18n.t("failure.serverError");
    default:
      return i18n.t("failure.notSent");
  }
}
