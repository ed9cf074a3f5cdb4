import type { PushPayloadJson } from "@chat-app/protocol";

/** Where one device receives pushes: a browser (Web Push) or an app install (FCM, which reaches iOS through APNs). */
export interface WebPushTarget {
  kind: "web";
  endpoint: string;
  keys: { p256dh: string; auth: string };
}

export interface NativePushTarget {
  kind: "native";
  /** The FCM registration token the app got from `@capacitor/push-notifications`. */
  token: string;
  platform: "android" | "ios";
}

export type PushTarget = WebPushTarget | NativePushTarget;

/** One notification, as any push channel carries it. */
export interface PushNotification {
  payload: PushPayloadJson;
  /** How long the push service may hold it for an offline device. */
  ttlSeconds: number;
  urgency: "normal" | "high";
  /** Collapse key: a newer push with the same topic replaces one still waiting at the push service. */
  topic: string;
}

/**
 * `gone`: the device unsubscribed or the subscription expired (Web Push 404/410, FCM UNREGISTERED): drop it.
 * `failed`: `retryable` for transient trouble (network, timeouts, 429, 5xx).
 */
export type PushOutcome = { kind: "delivered" } | { kind: "gone" } | { kind: "failed"; retryable: boolean; reason: string };

/** Delivers a notification to a device through its push channel; never throws for a refusal. */
export interface PushSender<T extends PushTarget = PushTarget> {
  send(target: T, notification: PushNotification, signal: AbortSignal): Promise<PushOutcome>;
}
