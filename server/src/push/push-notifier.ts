import type { MessageJson } from "@chat-app/protocol";
import type { NativePushQueries } from "../db/native-push-queries";
import type { PushQueries } from "../db/push-queries";
import { BoundedQueue } from "../link-preview/bounded-queue";
import type { ConnectedUsers } from "./connected-users";
import { notificationFor, type PushNames } from "./push-payload";
import type { PushNotification, PushSender, PushTarget } from "./push-sender";

export interface PushNotifierSettings {
  /** Pushes in flight at once, across all messages. */
  concurrency: number;
  /** Jobs waiting beyond this are dropped (and logged): a burst costs pushes, never memory. */
  maxWaiting: number;
  /** The waits before each retry of a transient failure; then it is dropped. */
  retryDelaysMs: readonly number[];
}

export const DEFAULT_NOTIFIER_SETTINGS: PushNotifierSettings = { concurrency: 16, maxWaiting: 10_000, retryDelaysMs: [1000, 5000] };

/**
 * Pushes a new message to the recipients who have no connected socket. It hears of messages as a
 * `MessageEvents` listener in the process that stored them, so each message is pushed once however
 * many processes run; everything after that (lookups, the connected check across processes,
 * encryption, the push services' answers) runs in a bounded queue, never on the send path.
 */
export class PushNotifier {
  private readonly queue: BoundedQueue;
  private readonly abort = new AbortController();
  private readonly retries = new Set<NodeJS.Timeout>();
  private readonly retryWaiters: Array<() => void> = [];
  private stopped = false;

  constructor(
    private readonly queries: PushQueries,
    /** Null without FCM: app installs are then not looked up (Web Push only). */
    private readonly nativeTokens: NativePushQueries | null,
    private readonly connected: ConnectedUsers,
    private readonly sender: PushSender,
    private readonly log: (error: unknown) => void,
    private readonly settings: PushNotifierSettings = DEFAULT_NOTIFIER_SETTINGS,
  ) {
    this.queue = new BoundedQueue(settings.concurrency, settings.maxWaiting, log);
  }

  /** Returns at once; what people write is pushed, system rows (notices) are not. */
  messageCreated(message: MessageJson, recipients: readonly number[]): void {
    if (this.stopped || message.kind !== "text" || message.deleted_at !== null) return;
    const others = [...new Set(recipients)].filter((id) => id !== message.sender_id);
    if (others.length > 0) this.enqueue(() => this.fanOut(message, others));
  }

  /** Resolves once nothing is queued, running or waiting to be retried (tests, shutdown). */
  async idle(): Promise<void> {
    await this.queue.idle();
    while (this.retries.size > 0) {
      await new Promise<void>((resolve) => this.retryWaiters.push(resolve));
      await this.queue.idle();
    }
  }

  /** Stops taking messages, abandons retries and aborts pushes in flight. */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const timer of this.retries) clearTimeout(timer);
    this.retries.clear();
    this.retryWaiters.splice(0).forEach((resolve) => resolve());
    this.abort.abort();
    await this.queue.idle();
  }

  private async fanOut(message: MessageJson, userIds: number[]): Promise<void> {
    const devices = await this.devicesOf(userIds);
    if (devices.length === 0) return;
    const connected = await this.connected.connectedAmong([...new Set(devices.map((device) => device.userId))]);
    const offline = devices.filter((device) => !connected.has(device.userId));
    if (offline.length === 0) return;
    const previewsOff = await this.queries.previewsOffAmong([...new Set(offline.map((device) => device.userId))]);
    const names: PushNames = await this.queries.names(message.sender_id, message.group_id);
    for (const { userId, target } of offline) {
      const notification = notificationFor(message, names, !previewsOff.has(userId));
      this.enqueue(() => this.deliver(target, notification, 0));
    }
  }

  /** Every browser and app install of these people. */
  private async devicesOf(userIds: number[]): Promise<Array<{ userId: number; target: PushTarget }>> {
    const [subscriptions, tokens] = await Promise.all([
      this.queries.subscriptionsOf(userIds),
      this.nativeTokens ? this.nativeTokens.tokensOf(userIds) : Promise.resolve([]),
    ]);
    return [
      ...subscriptions.map((row) => ({
        userId: Number(row.user_id),
        target: { kind: "web", endpoint: row.endpoint, keys: { p256dh: row.p256dh, auth: row.auth } } as const,
      })),
      ...tokens.map((row) => ({ userId: Number(row.user_id), target: { kind: "native", token: row.token, platform: row.platform } as const })),
    ];
  }

  private async deliver(target: PushTarget, notification: PushNotification, attempt: number): Promise<void> {
    if (this.stopped) return;
    const outcome = await this.sender.send(target, notification, this.abort.signal);
    if (outcome.kind === "delivered" || this.stopped) return;
    if (outcome.kind === "gone") return target.kind === "web" ? this.queries.forget(target.endpoint) : this.nativeTokens?.forget(target.token);
    const delay = this.settings.retryDelaysMs[attempt];
    if (outcome.retryable && delay !== undefined) {
      const timer = setTimeout(() => {
        this.retries.delete(timer);
        this.enqueue(() => this.deliver(target, notification, attempt + 1));
        this.retryWaiters.splice(0).forEach((resolve) => resolve());
      }, delay);
      timer.unref();
      this.retries.add(timer);
      return;
    }
    this.log(new Error(`push to ${describe(target)} dropped after ${attempt + 1} attempt(s): ${outcome.reason}`));
  }

  private enqueue(job: () => Promise<void>): void {
    if (!this.queue.push(job)) this.log(new Error("push queue full: a push was dropped"));
  }
}

/** The endpoint is a capability URL and the token a secret of the device: only the origin, or the platform, is logged. */
const describe = (target: PushTarget): string => (target.kind === "web" ? new URL(target.endpoint).origin : `FCM (${target.platform})`);
