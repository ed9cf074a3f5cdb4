import { generateRequestDetails } from "web-push";
import type { VapidKeys } from "../config/vapid-keys";
import { guardedPost } from "./guarded-post";
import type { PushNotification, PushOutcome, PushSender, WebPushTarget } from "./push-sender";

export interface WebPushSettings {
  vapid: VapidKeys;
  subject: string;
  allowLoopback: boolean;
  timeoutMs: number;
}

/**
 * Web Push (RFC 8030) with VAPID (RFC 8292) and the payload encrypted to the browser's keys
 * (RFC 8291, aes128gcm). The `web-push` package builds the request (JWT, ECDH, HKDF, AES-GCM);
 * sending it is ours, so it goes through the SSRF guard rather than a plain https.request.
 */
export class WebPushSender implements PushSender<WebPushTarget> {
  constructor(private readonly settings: WebPushSettings) {}

  async send(target: WebPushTarget, notification: PushNotification, signal: AbortSignal): Promise<PushOutcome> {
    const { vapid, subject, allowLoopback, timeoutMs } = this.settings;
    let details: ReturnType<typeof generateRequestDetails>;
    try {
      details = generateRequestDetails({ endpoint: target.endpoint, keys: target.keys }, JSON.stringify(notification.payload), {
        vapidDetails: { subject, publicKey: vapid.publicKey, privateKey: vapid.privateKey },
        TTL: notification.ttlSeconds,
        urgency: notification.urgency,
        topic: notification.topic,
        contentEncoding: "aes128gcm",
      });
    } catch (error) {
      // Keys the browser never could have made (validated at the edge, so only stored rows from elsewhere).
      return { kind: "failed", retryable: false, reason: `cannot encrypt: ${(error as Error).message}` };
    }
    let answer: { status: number; text: string };
    try {
      answer = await guardedPost(details.endpoint, stringHeaders(details.headers), details.body, { allowLoopback, timeoutMs, signal });
    } catch (error) {
      const refused = (error as Error).name === "EndpointRefused" || (error as Error).name === "PreviewRefused";
      return { kind: "failed", retryable: !refused && !signal.aborted, reason: (error as Error).message };
    }
    return outcomeOf(answer.status, answer.text);
  }
}

function stringHeaders(headers: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, String(value)]));
}

/** RFC 8030 answers: 201 accepted; 404/410 the subscription is gone; 429 and 5xx are worth another try. */
export function outcomeOf(status: number, text: string): PushOutcome {
  if (status >= 200 && status <= 299) return { kind: "delivered" };
  if (status === 404 || status === 410) return { kind: "gone" };
  return { kind: "failed", retryable: status === 429 || status >= 500, reason: `status ${status}${text ? `: ${text}` : ""}` };
}
