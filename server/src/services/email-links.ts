import type { EmailTokenPurpose, EmailTokenQueries, EmailTokenRow } from "../db/email-token-queries";
import { badRequest, gone, notImplemented } from "../errors";
import type { Mailer } from "../mail/mailer";
import { hashEmailToken, newEmailToken } from "../security/email-tokens";

/** Reset links last 30 minutes; verification links two days (people sign up and read mail later). */
export const TOKEN_TTL_MS: Record<EmailTokenPurpose, number> = { reset: 30 * 60 * 1000, verify: 48 * 3600 * 1000 };

export const NO_SMTP = "Email is not set up on this server (no SMTP_URL): password reset and email verification are unavailable";

const PAGES: Record<EmailTokenPurpose, string> = { reset: "/reset-password", verify: "/verify-email" };

const WHAT: Record<EmailTokenPurpose, string> = { reset: "reset link", verify: "verification link" };

/** Single-use tokens mailed as links: issued, checked and consumed the same way for both purposes. */
export class EmailLinks {
  constructor(
    private readonly tokens: EmailTokenQueries,
    /** Null without SMTP_URL. */
    readonly mailer: Mailer | null,
    private readonly publicUrl: string,
    private readonly clock: () => number,
  ) {}

  get enabled(): boolean {
    return this.mailer !== null;
  }

  /** 501 without SMTP. */
  assertEnabled(): Mailer {
    if (!this.mailer) throw notImplemented(NO_SMTP);
    return this.mailer;
  }

  /** A new token for the user (any earlier one for the same purpose stops working) and the link that carries it. */
  async issue(userId: number, email: string, purpose: EmailTokenPurpose): Promise<string> {
    const now = this.clock();
    const { token, hash } = newEmailToken();
    await this.tokens.retire(userId, purpose, now);
    await this.tokens.insert({ userId, purpose, hash, email, createdAt: now, expiresAt: now + TOKEN_TTL_MS[purpose] });
    return `${this.publicUrl}${PAGES[purpose]}?token=${token}`;
  }

  /** The token's row if it can still be used: 400 unknown, 410 used or expired. */
  async check(token: string, purpose: EmailTokenPurpose): Promise<EmailTokenRow> {
    const row = await this.tokens.find(hashEmailToken(token), purpose);
    if (!row) throw badRequest(`token is not a valid ${WHAT[purpose]}; ask for a new one`);
    if (row.used_at !== null) throw gone(`This ${WHAT[purpose]} was already used; ask for a new one`);
    if (row.expires_at <= this.clock()) throw gone(`This ${WHAT[purpose]} has expired; ask for a new one`);
    return row;
  }

  /** Uses the token up; 410 if another request used it (or it expired) since `check`. */
  async consume(token: string, purpose: EmailTokenPurpose): Promise<EmailTokenRow> {
    const row = await this.tokens.use(hashEmailToken(token), purpose, this.clock());
    if (!row) throw gone(`This ${WHAT[purpose]} was already used; ask for a new one`);
    return row;
  }

  retire(userId: number, purpose: EmailTokenPurpose): Promise<void> {
    return this.tokens.retire(userId, purpose, this.clock());
  }

  /** Forgets tokens that expired more than a day ago. */
  sweep(): Promise<void> {
    return this.tokens.deleteExpiredBefore(this.clock() - 24 * 3600 * 1000);
  }
}
