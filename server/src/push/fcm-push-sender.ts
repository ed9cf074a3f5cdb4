import type { FcmConfig } from "../config/fcm-config";
import { AccessTokenError, FcmAccessToken } from "./fcm-access-token";
import { fcmMessage } from "./fcm-message";
import type { NativePushTarget, PushNotification, PushOutcome, PushSender } from "./push-sender";

export interface FcmSettings extends FcmConfig {
  timeoutMs: number;
}

/**
 * Native push through FCM's HTTP v1 API: Android directly, iOS through the APNs key uploaded to the
 * Firebase project. The URL is the operator's (FCM_API_URL), not a device's, so no SSRF guard is needed.
 */
export class FcmPushSender implements PushSender<NativePushTarget> {
  private readonly accessToken: FcmAccessToken;
  private readonly sendUrl: string;

  constructor(
    private readonly settings: FcmSettings,
    private readonly clock: () => number = Date.now,
  ) {
    this.accessToken = new FcmAccessToken(settings.account, settings.timeoutMs, clock);
    this.sendUrl = `${settings.apiUrl}/v1/projects/${encodeURIComponent(settings.account.projectId)}/messages:send`;
  }

  async send(target: NativePushTarget, notification: PushNotification, signal: AbortSignal): Promise<PushOutcome> {
    const first = await this.attempt(target, notification, signal);
    // An access token revoked or expired early: once more with a fresh one.
    if (first.kind !== "unauthorized") return first;
    this.accessToken.invalidate(first.token);
    const second = await this.attempt(target, notification, signal);
    return second.kind === "unauthorized" ? { kind: "failed", retryable: false, reason: "FCM refused a fresh access token (401)" } : second;
  }

  private async attempt(
    target: NativePushTarget,
    notification: PushNotification,
    signal: AbortSignal,
  ): Promise<PushOutcome | { kind: "unauthorized"; token: string }> {
    let token: string;
    try {
      token = await this.accessToken.get(signal);
    } catch (error) {
      const status = error instanceof AccessTokenError ? error.status : 0;
      return { kind: "failed", retryable: !signal.aborted && (status === 0 || status === 429 || status >= 500), reason: (error as Error).message };
    }
    let status: number;
    let text: string;
    try {
      const response = await fetch(this.sendUrl, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify({ message: fcmMessage(target, notification, this.clock()) }),
        signal: AbortSignal.any([signal, AbortSignal.timeout(this.settings.timeoutMs)]),
        redirect: "error",
      });
      status = response.status;
      text = await response.text();
    } catch (error) {
      return { kind: "failed", retryable: !signal.aborted, reason: (error as Error).message };
    }
    if (status === 401) return { kind: "unauthorized", token };
    return fcmOutcomeOf(status, text);
  }
}

interface FcmErrorBody {
  error?: {
    status?: string;
    message?: string;
    details?: Array<{ "@type"?: string; errorCode?: string; fieldViolations?: Array<{ field?: string; description?: string }> }>;
  };
}

/**
 * FCM's answers (firebase.google.com/docs/reference/fcm/rest/v1/ErrorCode): UNREGISTERED (404), a
 * token of another project (403 SENDER_ID_MISMATCH) or one that is not a token (400 INVALID_ARGUMENT
 * about `message.token`) mean the token is gone; 429 and 5xx are worth another try.
 */
export function fcmOutcomeOf(status: number, text: string): PushOutcome {
  if (status >= 200 && status <= 299) return { kind: "delivered" };
  const error = parseError(text);
  const codes = new Set([error?.status, ...(error?.details ?? []).map((detail) => detail.errorCode)].filter(Boolean));
  const reason = `FCM answered ${status}${codes.size > 0 ? ` ${[...codes].join("/")}` : ""}${error?.message ? `: ${error.message.slice(0, 160)}` : ""}`;
  if (status === 404 || codes.has("UNREGISTERED")) return { kind: "gone" };
  if (status === 403 && codes.has("SENDER_ID_MISMATCH")) return { kind: "gone" };
  if (status === 400 && codes.has("INVALID_ARGUMENT") && aboutTheToken(error)) return { kind: "gone" };
  return { kind: "failed", retryable: status === 429 || status >= 500, reason };
}

function parseError(text: string): FcmErrorBody["error"] | undefined {
  try {
    return (JSON.parse(text) as FcmErrorBody).error;
  } catch {
    return undefined;
  }
}

function aboutTheToken(error: FcmErrorBody["error"]): boolean {
  const fields = (error?.details ?? []).flatMap((detail) => detail.fieldViolations ?? []).map((violation) => violation.field);
  return fields.includes("message.token") || /registration token/i.test(error?.message ?? "");
}
