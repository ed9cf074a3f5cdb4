import { endpointProblem } from "../schemas/push";
import { outcomeOf } from "./web-push-sender";

describe("a push service's answer", () => {
  it.each([
    [201, { kind: "delivered" }],
    [202, { kind: "delivered" }],
    [404, { kind: "gone" }],
    [410, { kind: "gone" }],
    [429, { kind: "failed", retryable: true, reason: "status 429" }],
    [503, { kind: "failed", retryable: true, reason: "status 503" }],
    [400, { kind: "failed", retryable: false, reason: "status 400" }],
    [403, { kind: "failed", retryable: false, reason: "status 403" }],
    [413, { kind: "failed", retryable: false, reason: "status 413" }],
  ])("%i", (status, outcome) => {
    expect(outcomeOf(status, "")).toEqual(outcome);
  });
});

describe("endpointProblem", () => {
  it.each([
    ["https://fcm.googleapis.com/fcm/send/abc", false, null],
    ["https://updates.push.services.mozilla.com/wpush/v2/abc", false, null],
    ["http://fcm.googleapis.com/fcm/send/abc", false, "must be an https:// URL"],
    ["http://127.0.0.1:9000/push", false, "must be an https:// URL"],
    ["http://127.0.0.1:9000/push", true, null],
    ["http://localhost:9000/push", true, null],
    ["http://[::1]:9000/push", true, null],
    ["http://10.0.0.1/push", true, "must be an https:// URL"],
    ["https://10.0.0.1/push", true, "must not name a private address"],
    ["https://127.0.0.1/push", false, "must not name a private address"],
    ["https://localhost/push", false, "must not name a private address"],
    ["https://localhost/push", true, null],
    ["https://[::ffff:7f00:1]/push", false, "must not name a private address"],
    ["https://a:b@push.example.com/x", false, "must not contain credentials"],
    ["nope", false, "must be a URL"],
  ])("%s (loopback allowed: %s)", (endpoint, allowInsecure, problem) => {
    expect(endpointProblem(endpoint, allowInsecure)).toBe(problem);
  });
});
