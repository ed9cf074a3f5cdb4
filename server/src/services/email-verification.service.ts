import { isUniqueViolation } from "../db/errors";
import type { UserEmailQueries } from "../db/user-email-queries";
import type { UserQueries } from "../db/user-queries";
import type { User } from "../entities/User";
import { badRequest, conflict, gone, unauthorized } from "../errors";
import { verificationMail } from "../mail/mail-texts";
import type { Outbox } from "../mail/outbox";
import type { ChangeEmailInput } from "../schemas";
import type { PasswordHasher } from "../security/passwords";
import type { FixedWindowLimit, LoginBackoff } from "../security/rate-limits";
import type { EmailLinks } from "./email-links";
import { confirmPassword } from "./confirm-password";

/** Whether the account's address is the person's: a mailed link on sign-up and on every change of address. */
export class EmailVerificationService {
  constructor(
    private readonly users: UserQueries,
    private readonly emails: UserEmailQueries,
    private readonly links: EmailLinks,
    private readonly outbox: Outbox,
    private readonly passwords: PasswordHasher,
    private readonly backoff: LoginBackoff,
    private readonly perAddress: FixedWindowLimit,
    private readonly clock: () => number = Date.now,
  ) {}

  get enabled(): boolean {
    return this.links.enabled;
  }

  /** Mails a verification link after the answer; nothing without SMTP. */
  send(userId: number, email: string): void {
    const { mailer } = this.links;
    if (!mailer) return;
    this.outbox.post(async () => {
      const link = await this.links.issue(userId, email, "verify");
      await mailer.send(verificationMail(email, link));
    });
  }

  /** Another link to the current address: 501 without SMTP, 409 when already verified. */
  async resend(user: User): Promise<void> {
    this.links.assertEnabled();
    if (user.emailVerifiedAt) throw conflict("email is already verified");
    await this.perAddress.consume(user.email);
    this.send(user.id, user.email);
  }

  /** Marks the address verified: 400 unknown token, 410 used, expired, or for an address the account no longer has. */
  async verify(token: string): Promise<void> {
    this.links.assertEnabled();
    await this.links.check(token, "verify");
    const row = await this.links.consume(token, "verify");
    if (!(await this.emails.markVerified(row.user_id, row.email, this.clock()))) {
      throw gone("This verification link is for an address the account no longer has");
    }
  }

  /**
   * A new address takes effect at once, unverified, and gets a verification link. The password is
   * asked for (403 when wrong, counted like a failed log-in), as the address is where resets go.
   */
  async changeEmail(userId: number, input: ChangeEmailInput): Promise<User> {
    const user = await this.users.findWithHash(userId);
    if (!user) throw unauthorized();
    await confirmPassword({ passwords: this.passwords, backoff: this.backoff }, user, input.password, "password");
    if (input.email === user.email) throw badRequest("email is already the account's address");
    if (await this.users.findForLogin("email", input.email)) throw conflict("email is already registered");
    try {
      await this.emails.setEmail(user.id, input.email);
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict("email is already registered");
      throw error;
    }
    await this.links.retire(user.id, "verify");
    this.send(user.id, input.email);
    const updated = await this.users.findById(user.id);
    if (!updated) throw unauthorized();
    return updated;
  }
}
