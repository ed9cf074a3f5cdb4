import type { NativePushTarget, PushNotification, PushOutcome, PushSender, PushTarget, WebPushTarget } from "./push-sender";

/** One `PushSender` for every kind of target: browsers through Web Push, app installs through FCM when it is configured. */
export class RoutingPushSender implements PushSender {
  constructor(
    private readonly web: PushSender<WebPushTarget>,
    private readonly native: PushSender<NativePushTarget> | null,
  ) {}

  send(target: PushTarget, notification: PushNotification, signal: AbortSignal): Promise<PushOutcome> {
    if (target.kind === "web") return this.web.send(target, notification, signal);
    if (this.native) return this.native.send(target, notification, signal);
    return Promise.resolve({ kind: "failed", retryable: false, reason: "FCM is not configured (FCM_SERVICE_ACCOUNT)" });
  }
}
