import type { NativePushTokenJson } from "@chat-app/protocol";
import type { NativePushQueries, NativeTokenRow } from "../db/native-push-queries";
import { notFound, serviceUnavailable } from "../errors";
import type { NativeTokenInput } from "../schemas";
import { MAX_SUBSCRIPTIONS_PER_USER } from "./push.service";

/** Without FCM_SERVICE_ACCOUNT the server cannot reach an app, so it does not collect tokens it would never use. */
export const FCM_NOT_CONFIGURED = "Native push is not configured on this server (FCM_SERVICE_ACCOUNT); Web Push still works";

/** App installs' registration tokens: the rules behind `/api/push/native-tokens`. */
export class NativePushService {
  constructor(
    /** Null when FCM is not configured. */
    private readonly queries: NativePushQueries | null,
    private readonly clock: () => number = Date.now,
  ) {}

  /** `created`: the token was new; one already stored (from anyone: the device changed hands) moves to this user. */
  async register(userId: number, input: NativeTokenInput): Promise<{ nativeToken: NativePushTokenJson; created: boolean }> {
    const { row, created } = await this.configured().save(
      { userId, token: input.token, platform: input.platform, createdAt: this.clock() },
      // The same cap as browsers: old installs that never unregistered lose out to new ones.
      MAX_SUBSCRIPTIONS_PER_USER,
    );
    return { nativeToken: tokenJson(row), created };
  }

  /** Only the caller's own: someone else's token is answered like one that does not exist. */
  async unregister(userId: number, token: string): Promise<void> {
    if (!(await this.configured().remove(userId, token))) throw notFound("No such native push token");
  }

  private configured(): NativePushQueries {
    if (!this.queries) throw serviceUnavailable(FCM_NOT_CONFIGURED);
    return this.queries;
  }
}

function tokenJson(row: NativeTokenRow): NativePushTokenJson {
  return { token: row.token, platform: row.platform, created_at: new Date(Number(row.created_at)).toISOString() };
}
