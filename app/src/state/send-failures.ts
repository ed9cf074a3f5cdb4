import type { SendFailure } from "@chat-app/client";

/** Why a message was not sent, as a sentence under it. */
export function failureSentence(failure: SendFailure | undefined): string {
  switch (failure?.reason) {
    case "no_such_person":
      return "This person doesn't exist";
    case "not_a_member":
      return "You're not a member of this group";
    case "too_long":
      return failure.limit ? `Too long (max ${failure.limit} characters)` : "Too long";
    case "empty":
      return "Empty messages can't be sent";
    case "rate_limited":
      return "Too many messages, try again in a moment";
    case "server_error":
      return "The server had a problem, trying again";
    default:
      return "Not sent";
  }
}
