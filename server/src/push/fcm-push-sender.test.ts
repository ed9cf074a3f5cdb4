import { fcmOutcomeOf } from "./fcm-push-sender";

const fcmError = (code: number, status: string, errorCode?: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    error: {
      code,
      status,
      message: "m",
      details: errorCode ? [{ "@type": "type.googleapis.com/google.firebase.fcm.v1.FcmError", errorCode }] : [],
      ...extra,
    },
  });

describe("FCM's answer", () => {
  it.each([
    ["200", 200, "{}", { kind: "delivered" }],
    ["404 UNREGISTERED", 404, fcmError(404, "NOT_FOUND", "UNREGISTERED"), { kind: "gone" }],
    ["404 without a body", 404, "", { kind: "gone" }],
    ["403 SENDER_ID_MISMATCH", 403, fcmError(403, "PERMISSION_DENIED", "SENDER_ID_MISMATCH"), { kind: "gone" }],
    [
      "400 INVALID_ARGUMENT about the token",
      400,
      fcmError(400, "INVALID_ARGUMENT", "INVALID_ARGUMENT", { message: "The registration token is not a valid FCM registration token" }),
      { kind: "gone" },
    ],
    [
      "400 INVALID_ARGUMENT naming message.token",
      400,
      JSON.stringify({
        error: {
          code: 400,
          status: "INVALID_ARGUMENT",
          message: "Invalid value",
          details: [{ "@type": "type.googleapis.com/google.rpc.BadRequest", fieldViolations: [{ field: "message.token", description: "bad" }] }],
        },
      }),
      { kind: "gone" },
    ],
  ])("%s", (_label, status, text, outcome) => {
    expect(fcmOutcomeOf(status, text)).toEqual(outcome);
  });

  it.each([
    ["400 INVALID_ARGUMENT about something else: our bug, kept and not retried", 400, fcmError(400, "INVALID_ARGUMENT", "INVALID_ARGUMENT"), false],
    ["403 PERMISSION_DENIED: the operator's credentials", 403, fcmError(403, "PERMISSION_DENIED"), false],
    ["429 QUOTA_EXCEEDED", 429, fcmError(429, "RESOURCE_EXHAUSTED", "QUOTA_EXCEEDED"), true],
    ["503 UNAVAILABLE", 503, fcmError(503, "UNAVAILABLE", "UNAVAILABLE"), true],
    ["500 INTERNAL", 500, "oops", true],
  ])("%s", (_label, status, text, retryable) => {
    const outcome = fcmOutcomeOf(status, text);
    expect(outcome).toMatchObject({ kind: "failed", retryable });
    expect(outcome.kind === "failed" && outcome.reason.startsWith(`FCM answered ${status}`)).toBe(true);
  });
});
