import { ConfigError } from "./config-error";

export interface MailConfig {
  /** SMTP_URL: smtp://user:pass@host:587 (STARTTLS when offered) or smtps://user:pass@host:465 (TLS from the start). */
  smtpUrl: string;
  /** MAIL_FROM: the From of every mail; defaults to no-reply@ the host of PUBLIC_URL. */
  from: string;
  /** PUBLIC_URL: where people open the app; the links in the mails point here. No trailing slash. */
  publicUrl: string;
}

function parsePublicUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`PUBLIC_URL: "${raw}" is not a URL like https://chat.example.com`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new ConfigError("PUBLIC_URL: must be an http:// or https:// URL");
  if (url.search || url.hash || url.username || url.password) throw new ConfigError("PUBLIC_URL: must have no query, fragment or credentials");
  return url.toString().replace(/\/+$/, "");
}

/** Null without SMTP_URL: then password reset and email verification answer 501. */
export function parseMail(smtpUrl: string | undefined, from: string | undefined, publicUrl: string | undefined): MailConfig | null {
  if (publicUrl !== undefined) parsePublicUrl(publicUrl);
  if (smtpUrl === undefined) {
    if (from !== undefined) throw new ConfigError("MAIL_FROM: set SMTP_URL too (mail is sent only through an SMTP server)");
    return null;
  }
  if (!/^smtps?:\/\/[^\s/]+/.test(smtpUrl))
    throw new ConfigError("SMTP_URL: must be an smtp:// or smtps:// URL, e.g. smtp://user:pass@mail.example.com:587");
  if (publicUrl === undefined)
    throw new ConfigError("PUBLIC_URL: required with SMTP_URL (the links in the mails point there), e.g. https://chat.example.com");
  const base = parsePublicUrl(publicUrl);
  const sender = from ?? `no-reply@${new URL(base).hostname}`;
  if (!/^([^<>\r\n]*<)?[^\s@<>]+@[^\s@<>]+>?$/.test(sender))
    throw new ConfigError(`MAIL_FROM: "${sender}" is not an address like Chat <no-reply@example.com>`);
  return { smtpUrl, from: sender, publicUrl: base };
}
