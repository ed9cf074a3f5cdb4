import { uploadFailureOf } from "./upload-failure";
import { sendFailureOfUpload } from "./upload-send-failure";

describe("uploadFailureOf", () => {
  it.each([
    [413, "file: larger than the limit of 25 MB", "file_too_large", false, 25],
    [413, "file: over your storage quota of 500 MB", "over_quota", false, 500],
    [400, "file: is empty", "file_refused", false, undefined],
    [401, "Unauthorized", "unauthorized", false, undefined],
    [429, "Too many requests, retry in 1 s", "rate_limited", true, undefined],
    [503, "Service unavailable", "server_error", true, undefined],
    [undefined, "Failed to fetch", "network", true, undefined],
  ] as const)("%s %s is %s (retryable: %s)", (status, message, reason, retryable, limitMb) => {
    const failure = uploadFailureOf(status, message);
    expect(failure).toMatchObject({ reason, retryable, message, status });
    expect(failure.limitMb).toBe(limitMb);
  });

  it("words a message's failure after the file that did not upload", () => {
    expect(sendFailureOfUpload(uploadFailureOf(413, "file: larger than the limit of 25 MB"), "big.mov")).toEqual({
      reason: "file_too_large",
      retryable: false,
      message: "file: larger than the limit of 25 MB",
      status: 413,
      file: "big.mov",
      limitMb: 25,
    });
    // An expired session is not the message's fault: it waits for a new one.
    expect(sendFailureOfUpload(uploadFailureOf(401, "Unauthorized"), "a.png")).toMatchObject({ retryable: true });
  });
});
