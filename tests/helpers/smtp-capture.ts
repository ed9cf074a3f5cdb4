import type { AddressInfo } from "node:net";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface CapturedMail {
  from: string;
  to: string[];
  subject: string;
  text: string;
  /** The first link in the text, if any. */
  link: string | null;
}

const USER = "mailer";
const PASSWORD = "mailer-secret";

/**
 * A real SMTP server (the smtp-server package) on a free loopback port that asks for a log-in and
 * keeps every mail it is given, parsed with mailparser: what SMTP_URL points at in the tests.
 */
export class SmtpCapture {
  readonly mails: CapturedMail[] = [];
  private held: Promise<void> | null = null;
  private release: (() => void) | null = null;
  private waiters: Array<{ match: (mail: CapturedMail) => boolean; resolve: (mail: CapturedMail) => void }> = [];

  private constructor(
    private readonly server: SMTPServer,
    readonly port: number,
  ) {}

  static async start(): Promise<SmtpCapture> {
    let capture: SmtpCapture | undefined;
    const server = new SMTPServer({
      // Plain SMTP with AUTH on loopback: no certificate to trust, the log-in still checked.
      disabledCommands: ["STARTTLS"],
      allowInsecureAuth: true,
      logger: false,
      // Closing waits at most this long for a client (a sender's pooled connection) to say QUIT.
      closeTimeout: 1000,
      onAuth(auth, _session, callback) {
        if (auth.username === USER && auth.password === PASSWORD) callback(null, { user: USER });
        else callback(new Error("Invalid username or password"));
      },
      onData(stream, _session, callback) {
        (capture?.held ?? Promise.resolve())
          .then(() => simpleParser(stream))
          .then((parsed) => {
            capture?.received(parsed);
            callback();
          })
          .catch((error: Error) => callback(error));
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(0, "127.0.0.1", () => resolve());
    });
    const { port } = server.server.address() as AddressInfo;
    capture = new SmtpCapture(server, port);
    return capture;
  }

  /** Holds every mail in the middle of its DATA until `resume`: the sender waits on the SMTP server. */
  pause(): void {
    this.held ??= new Promise((resolve) => (this.release = resolve));
  }

  resume(): void {
    this.release?.();
    this.held = null;
    this.release = null;
  }

  /** SMTP_URL for the server under test, with the log-in this capture asks for. */
  get url(): string {
    return `smtp://${USER}:${PASSWORD}@127.0.0.1:${this.port}`;
  }

  /** The next mail to that address (or one already received and not yet taken). */
  next(to: string, timeoutMs = 10_000): Promise<CapturedMail> {
    const match = (mail: CapturedMail) => mail.to.includes(to.toLowerCase());
    const index = this.mails.findIndex(match);
    if (index >= 0) return Promise.resolve(this.mails.splice(index, 1)[0]!);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((waiter) => waiter.resolve !== done);
        reject(new Error(`no mail to ${to} within ${timeoutMs} ms`));
      }, timeoutMs);
      const done = (mail: CapturedMail) => {
        clearTimeout(timer);
        resolve(mail);
      };
      this.waiters.push({ match, resolve: done });
    });
  }

  /** Mails received for that address and not taken by `next`. */
  sentTo(to: string): CapturedMail[] {
    return this.mails.filter((mail) => mail.to.includes(to.toLowerCase()));
  }

  close(): Promise<void> {
    this.resume();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private received(parsed: ParsedMail): void {
    const addresses = (Array.isArray(parsed.to) ? parsed.to : parsed.to ? [parsed.to] : []).flatMap((to) => to.value);
    const text = parsed.text ?? "";
    const mail: CapturedMail = {
      from: parsed.from?.text ?? "",
      to: addresses.map((address) => (address.address ?? "").toLowerCase()),
      subject: parsed.subject ?? "",
      text,
      link: /https?:\/\/\S+/.exec(text)?.[0] ?? null,
    };
    const waiter = this.waiters.find((candidate) => candidate.match(mail));
    if (waiter) {
      this.waiters = this.waiters.filter((candidate) => candidate !== waiter);
      waiter.resolve(mail);
    } else {
      this.mails.push(mail);
    }
  }
}
