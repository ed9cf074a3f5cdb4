import jwt from "jsonwebtoken";
import type { FcmServiceAccount } from "../config/fcm-config";

/** What sending through FCM's HTTP v1 API is allowed to do, and nothing more. */
export const FCM_SCOPE = "https://www.googleapis.com/auth/firebase.messaging";

/** A token is renewed this long before Google says it expires (clocks drift; a push takes a while). */
const RENEW_BEFORE_MS = 5 * 60 * 1000;

const ASSERTION_LIFETIME_S = 3600;

/**
 * OAuth2 access tokens for the service account, by the JWT-bearer grant (RFC 7523): an RS256 assertion
 * signed with the account's key, POSTed to its `token_uri`. google-auth-library does this too, but its
 * current major needs Node >= 22 (this server runs on 20) and firebase-admin brings far more than one
 * POST; jsonwebtoken is already here. One token serves every push until shortly before it expires, and
 * concurrent pushes share one exchange.
 */
export class FcmAccessToken {
  private cached: { token: string; renewAt: number } | null = null;
  private pending: Promise<string> | null = null;

  constructor(
    private readonly account: FcmServiceAccount,
    private readonly timeoutMs: number,
    private readonly clock: () => number = Date.now,
  ) {}

  async get(signal: AbortSignal): Promise<string> {
    if (this.cached && this.clock() < this.cached.renewAt) return this.cached.token;
    this.pending ??= this.exchange(signal).finally(() => {
      this.pending = null;
    });
    return this.pending;
  }

  /** FCM refused the token (401): the next push gets a fresh one. */
  invalidate(token: string): void {
    if (this.cached?.token === token) this.cached = null;
  }

  private async exchange(signal: AbortSignal): Promise<string> {
    const issuedAt = Math.floor(this.clock() / 1000);
    const assertion = jwt.sign(
      { iss: this.account.clientEmail, scope: FCM_SCOPE, aud: this.account.tokenUri, iat: issuedAt, exp: issuedAt + ASSERTION_LIFETIME_S },
      this.account.privateKey,
      { algorithm: "RS256" },
    );
    const response = await fetch(this.account.tokenUri, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ grant_type: "urn:ietf:params:oauth:grant-type:jwt-bearer", assertion }).toString(),
      signal: AbortSignal.any([signal, AbortSignal.timeout(this.timeoutMs)]),
      redirect: "error",
    });
    const text = await response.text();
    if (!response.ok) throw new AccessTokenError(response.status, text.slice(0, 200));
    const answer = JSON.parse(text) as { access_token?: unknown; expires_in?: unknown };
    if (typeof answer.access_token !== "string") throw new AccessTokenError(response.status, "no access_token in the answer");
    const lifetimeMs = (typeof answer.expires_in === "number" ? answer.expires_in : ASSERTION_LIFETIME_S) * 1000;
    this.cached = { token: answer.access_token, renewAt: this.clock() + Math.max(0, lifetimeMs - RENEW_BEFORE_MS) };
    return answer.access_token;
  }
}

/** The token endpoint refused the assertion: 4xx is the operator's credentials, 5xx Google's trouble. */
export class AccessTokenError extends Error {
  constructor(
    readonly status: number,
    detail: string,
  ) {
    super(`OAuth2 token endpoint answered ${status}${detail ? `: ${detail}` : ""}`);
    this.name = "AccessTokenError";
  }
}
