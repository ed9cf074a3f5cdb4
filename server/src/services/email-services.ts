import type { DataSource } from "typeorm";
import type { MailConfig } from "../config/mail-config";
import { EmailTokenQueries } from "../db/email-token-queries";
import { UserEmailQueries } from "../db/user-email-queries";
import type { UserQueries } from "../db/user-queries";
import { SmtpMailer } from "../mail/mailer";
import { Outbox } from "../mail/outbox";
import type { PasswordHasher } from "../security/passwords";
import { FixedWindowLimit, type LimiterFactory, type LoginBackoff } from "../security/rate-limits";
import { EmailLinks } from "./email-links";
import { EmailVerificationService } from "./email-verification.service";
import { PasswordResetService } from "./password-reset.service";
import type { SessionService } from "./session.service";

/** Mails to one address (resets and repeated verifications) per hour, whoever asks. */
export const MAILS_PER_ADDRESS_PER_HOUR = 5;

/** How often tokens that expired a day ago are deleted. */
const SWEEP_INTERVAL_MS = 10 * 60 * 1000;

export interface EmailServices {
  reset: PasswordResetService;
  verification: EmailVerificationService;
  outbox: Outbox;
  close(): Promise<void>;
}

/** Password reset and email verification, with SMTP or (config null) answering 501. */
export function createEmailServices(deps: {
  dataSource: DataSource;
  config: MailConfig | null;
  users: UserQueries;
  passwords: PasswordHasher;
  sessions: SessionService;
  backoff: LoginBackoff;
  limiters: LimiterFactory;
  log: (error: unknown) => void;
}): EmailServices {
  const mailer = deps.config ? new SmtpMailer(deps.config.smtpUrl, deps.config.from) : null;
  const links = new EmailLinks(new EmailTokenQueries(deps.dataSource), mailer, deps.config?.publicUrl ?? "", Date.now);
  const outbox = new Outbox(deps.log);
  const perAddress = new FixedWindowLimit("mail-address", MAILS_PER_ADDRESS_PER_HOUR, 3600, deps.limiters);
  const sweep = setInterval(() => {
    links.sweep().catch(deps.log);
  }, SWEEP_INTERVAL_MS);
  sweep.unref();
  return {
    reset: new PasswordResetService(deps.users, links, outbox, deps.passwords, deps.sessions, deps.backoff, perAddress),
    verification: new EmailVerificationService(
      deps.users,
      new UserEmailQueries(deps.dataSource),
      links,
      outbox,
      deps.passwords,
      deps.backoff,
      perAddress,
    ),
    outbox,
    async close() {
      clearInterval(sweep);
      await outbox.idle();
      mailer?.close();
    },
  };
}
