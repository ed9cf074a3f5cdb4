import type { PushPreferencesJson, PushSubscriptionJson, VapidKeyJson } from "@chat-app/protocol";
import type { PushQueries, PushSubscriptionRow } from "../db/push-queries";
import { notFound } from "../errors";
import type { PushSubscriptionInput } from "../schemas";
import { cleanUserAgent } from "./user-agent";

/** One per browser; a person with more (old browsers never unsubscribed) loses the oldest. */
export const MAX_SUBSCRIPTIONS_PER_USER = 20;

/** Subscriptions and preferences: the rules behind `/api/push/*`. */
export class PushService {
  constructor(
    private readonly queries: PushQueries,
    private readonly vapidPublicKey: string,
    private readonly clock: () => number = Date.now,
  ) {}

  vapidKey(): VapidKeyJson {
    return { public_key: this.vapidPublicKey };
  }

  /** `created`: the endpoint was new; the same endpoint again (from anyone) is moved to this user. */
  async subscribe(
    userId: number,
    input: PushSubscriptionInput,
    userAgent: string | undefined,
  ): Promise<{ subscription: PushSubscriptionJson; created: boolean }> {
    const { row, created } = await this.queries.save(
      {
        userId,
        endpoint: input.endpoint,
        p256dh: input.keys.p256dh,
        auth: input.keys.auth,
        expirationTime: input.expirationTime ?? null,
        userAgent: cleanUserAgent(userAgent),
        createdAt: this.clock(),
      },
      MAX_SUBSCRIPTIONS_PER_USER,
    );
    return { subscription: subscriptionJson(row), created };
  }

  /** Only the caller's own: someone else's endpoint is answered like one that does not exist. */
  async unsubscribe(userId: number, endpoint: string): Promise<void> {
    if (!(await this.queries.remove(userId, endpoint))) throw notFound("No such subscription");
  }

  async preferences(userId: number): Promise<PushPreferencesJson> {
    return { previews: await this.queries.previews(userId) };
  }

  async setPreferences(userId: number, input: PushPreferencesJson): Promise<PushPreferencesJson> {
    await this.queries.setPreviews(userId, input.previews);
    return { previews: input.previews };
  }
}

function subscriptionJson(row: PushSubscriptionRow): PushSubscriptionJson {
  return {
    endpoint: row.endpoint,
    created_at: new Date(Number(row.created_at)).toISOString(),
    expiration_time: row.expiration_time === null ? null : new Date(Number(row.expiration_time)).toISOString(),
  };
}
