import { sendFailureOf } from "./send-failure";

describe("sendFailureOf", () => {
  it.each([
    [404, "Receiver not found", "no_such_person", false],
    [403, "You are not a member of this group", "not_a_member", false],
    [400, "message_content must not be empty", "empty", false],
    [413, "Request body too large", "too_long", false],
    [409, "client_id was already used for a different message", "unknown", false],
    [429, "Too many requests, retry in 1 s", "rate_limited", true],
    [400, "Too many requests, retry in 1 s", "rate_limited", true],
    [500, "Internal server error", "server_error", true],
  ] as const)("%i %s is %s (retryable: %s)", (status, message, reason, retryable) => {
    expect(sendFailureOf(status, message)).toMatchObject({ reason, retryable, message, status });
  });

  it("reads the limit from a too-long refusal", () => {
    expect(sendFailureOf(400, "message_content must be at most 4000 characters")).toEqual({
      reason: "too_long",
      retryable: false,
      limit: 4000,
      message: "message_content must be at most 4000 characters",
      status: 400,
    });
  });
});
