import type { UserQueries } from "../db/user-queries";
import { badRequest } from "../errors";
import { passwordResetMail } from "../mail/mail-texts";
import type { Outbox } from "../mail/outbox";
import type { PasswordResetConfirmInput } from "../schemas";
import { PasswordStrength } from "../security/password-strength";
import type { PasswordHasher } from "../security/passwords";
import type { FixedWindowLimit, LoginBackoff } from "../security/rate-limits";
import type { EmailLinks } from "./email-links";
import { TOKEN_TTL_MS } from "./email-links";
import type { SessionService } from "./session.service";

/** "Forgot password?": a mailed single-use link, then a new password and every session signed out. */
export class PasswordResetService {
  constructor(
    private readonly users: UserQueries,
    private readonly links: EmailLinks,
    private readonly outbox: Outbox,
    private readonly passwords: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly backoff: LoginBackoff,
    /** Mails to one address, whoever asks: nobody can flood a mailbox from many addresses. */
    private readonly perAddress: FixedWindowLimit,
    private readonly strength = new PasswordStrength(),
  ) {}

  /**
   * What happens before the answer is the same for every address: the budget of the address typed
   * is counted, nothing is looked up. The lookup, the token and the mail happen in the outbox, after.
   */
  async request(email: string): Promise<void> {
    const mailer = this.links.assertEnabled();
    await this.perAddress.consume(email);
    this.outbox.post(async () => {
      const user = await this.users.findForLogin("email", email);
      if (!user) return;
      const link = await this.links.issue(user.id, user.email, "reset");
      await mailer.send(passwordResetMail(user.email, link, TOKEN_TTL_MS.reset / 60_000));
    });
  }

  /** A weak password is refused (400) before the token is used up, so the same link can be tried again. */
  async confirm(input: PasswordResetConfirmInput): Promise<void> {
    this.links.assertEnabled();
    const row = await this.links.check(input.token, "reset");
    const user = await this.users.findById(row.user_id);
    if (!user) throw badRequest("token is not a valid reset link; ask for a new one");
    const weakness = this.strength.weakness(input.new_password, [user.username, user.email, user.email.split("@")[0] ?? ""]);
    if (weakness) throw badRequest(`new_password is too easy to guess: ${weakness}`);
    const passwordHash = await this.passwords.hash(input.new_password);
    await this.links.consume(input.token, "reset");
    await this.users.setPasswordHash(user.id, passwordHash);
    await this.links.retire(user.id, "reset");
    await this.sessions.revokeAllExcept(user.id, 0);
    // Whoever was locked out of log-in by guesses can log in with the new password at once.
    await this.backoff.recordSuccess(user.username.toLowerCase());
    await this.backoff.recordSuccess(user.email);
  }
}
