import type { PushSubscriptionInputJson, VapidKeyJson } from "@chat-app/protocol";

/** What subscribing asks of the server (ChatApi has it). */
export interface PushApi {
  pushKey(): Promise<VapidKeyJson>;
  addPushSubscription(subscription: PushSubscriptionInputJson): Promise<unknown>;
  removePushSubscription(endpoint: string): Promise<void>;
}

/** Whether this browser can receive pushes for a page of this origin at all. */
export function pushSupported(): boolean {
  return typeof navigator !== "undefined" && "serviceWorker" in navigator && typeof PushManager !== "undefined";
}

/**
 * Subscribes this browser to pushes (or takes the subscription it has) and hands it to the server,
 * which from then on pushes new messages here while no tab of the person is connected.
 */
export async function subscribeThisBrowser(api: PushApi): Promise<void> {
  const registration = await navigator.serviceWorker.ready;
  const subscription =
    (await registration.pushManager.getSubscription()) ??
    (await registration.pushManager.subscribe({
      userVisibleOnly: true,
      applicationServerKey: fromBase64Url((await api.pushKey()).public_key),
    }));
  await api.addPushSubscription(subscription.toJSON() as PushSubscriptionInputJson);
}

/**
 * Ends this browser's subscription: at the push service first (that needs no network of ours, so a
 * log-out offline still stops them), then tells the server, which forgets it (or learns it at the
 * next push, when the push service answers 410).
 */
export async function unsubscribeThisBrowser(api: PushApi | null): Promise<void> {
  const registration = await navigator.serviceWorker.getRegistration();
  const subscription = await registration?.pushManager.getSubscription();
  if (!subscription) return;
  const { endpoint } = subscription;
  await subscription.unsubscribe();
  await api?.removePushSubscription(endpoint).catch(() => undefined);
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(
    text
      .replace(/-/g, "+")
      .replace(/_/g, "/")
      .padEnd(Math.ceil(text.length / 4) * 4, "="),
  );
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}
