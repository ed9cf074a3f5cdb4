import { createHash } from "node:crypto";
import { type CapturedMail, SmtpCapture } from "../helpers/smtp-capture";
import { TestServer, type TestUser, useTestServer } from "../helpers/test-server";

const STRONG = "plum lantern orbit cactus";
const PUBLIC_URL = "https://chat.example.test";
const SAME_BODY = { status: "If an account has this address, a reset link is on its way to it." };

let smtp: SmtpCapture;
beforeAll(async () => {
  smtp = await SmtpCapture.start();
});

const { server } = useTestServer([], () => ({
  SMTP_URL: smtp.url,
  MAIL_FROM: "Chat <no-reply@chat.example.test>",
  PUBLIC_URL,
  REQUESTS_PER_USER_PER_SECOND: "1000",
}));
// After the server's own afterAll (hooks run in the order declared): its mailer has hung up by then.
afterAll(() => smtp.close());

const tokenOf = (mail: CapturedMail): string => new URL(mail.link ?? "").searchParams.get("token") ?? "";
const hashOf = (token: string) => createHash("sha256").update(token).digest("hex");
const logIn = (username: string, password: string) => server.request("POST", "/api/login", { body: { username, password } });
const requestReset = (email: string) => server.request("POST", "/api/password-reset", { body: { email } });
const confirm = (token: string, newPassword: string) =>
  server.request("POST", "/api/password-reset/confirm", { body: { token, new_password: newPassword } });

/** A fresh account whose sign-up verification mail has been taken out of the capture. */
async function freshUser(prefix = "reset"): Promise<TestUser> {
  const user = await server.register(prefix);
  await smtp.next(user.email);
  return user;
}

/** Asks for a reset and returns the token from the mail that comes. */
async function resetToken(user: TestUser): Promise<string> {
  expect((await requestReset(user.email)).status).toBe(202);
  const mail = await smtp.next(user.email);
  return tokenOf(mail);
}

describe("GET /api/config with SMTP_URL", () => {
  it("tells the app to offer password reset", async () => {
    const response = await server.request("GET", "/api/config");
    expect([response.status, response.body]).toEqual([200, { password_reset: true, email_verification: true, username_hold_days: 30 }]);
  });
});

describe("POST /api/password-reset", () => {
  it("answers 202 with the same body for a known and an unknown address, and mails only the known one", async () => {
    const user = await freshUser();
    const known = await requestReset(user.email.toUpperCase());
    const unknown = await requestReset("nobody-here@example.test");
    expect([known.status, known.body]).toEqual([202, SAME_BODY]);
    expect([unknown.status, unknown.body]).toEqual([202, SAME_BODY]);
    expect(Object.fromEntries(known.headers)).toMatchObject({ "content-length": unknown.headers.get("content-length") });

    const mail = await smtp.next(user.email);
    await server.server.outbox.idle();
    expect(smtp.sentTo("nobody-here@example.test")).toEqual([]);
    expect(mail.from).toBe('"Chat" <no-reply@chat.example.test>');
    expect(mail.subject).toBe("Reset your password");
    expect(mail.text).toMatch(/within 30 minutes/);
    expect(mail.link).toMatch(new RegExp(`^${PUBLIC_URL}/reset-password\\?token=[A-Za-z0-9_-]{43}$`));
  });

  it("answers before the mail is sent: a stalled SMTP server does not hold the answer", async () => {
    const user = await freshUser();
    smtp.pause();
    try {
      const response = await requestReset(user.email);
      expect([response.status, response.body]).toEqual([202, SAME_BODY]);
      expect(smtp.sentTo(user.email)).toEqual([]);
    } finally {
      smtp.resume();
    }
    expect(tokenOf(await smtp.next(user.email))).toHaveLength(43);
  });

  it("stores only the SHA-256 of the token, expiring 30 minutes after it was made", async () => {
    const user = await freshUser();
    const token = await resetToken(user);
    const rows = await server.server.dataSource.query(
      `SELECT "purpose", "token_hash", "email", "created_at", "expires_at", "used_at" FROM "email_tokens" WHERE "user_id" = ${user.id} AND "purpose" = 'reset'`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ purpose: "reset", token_hash: hashOf(token), email: user.email, used_at: null });
    expect(Number(rows[0].expires_at) - Number(rows[0].created_at)).toBe(30 * 60 * 1000);
    const everything = JSON.stringify(await server.server.dataSource.query(`SELECT * FROM "email_tokens"`));
    expect(everything).not.toContain(token);
  });

  it("limits the mails to one address: the sixth request within the hour is 429, for known and unknown addresses alike", async () => {
    const user = await freshUser();
    for (const email of [user.email, "never-registered@example.test"]) {
      const statuses: number[] = [];
      for (let i = 0; i < 6; i += 1) statuses.push((await requestReset(email)).status);
      expect(statuses).toEqual([202, 202, 202, 202, 202, 429]);
    }
    await server.server.outbox.idle();
    expect(smtp.sentTo(user.email)).toHaveLength(5);
    smtp.mails.splice(0);
  });

  it("refuses a malformed address with 400", async () => {
    const response = await requestReset("not an address");
    expect([response.status, response.body]).toEqual([400, { error: expect.stringMatching(/^email must be a valid email address/) }]);
  });
});

describe("POST /api/password-reset/confirm", () => {
  it("sets the new password and signs out every session of the account", async () => {
    const user = await freshUser();
    const second = (await logIn(user.username, user.password)).body.token as string;
    const socket = await server.connect(second);
    const token = await resetToken(user);

    const response = await confirm(token, STRONG);
    expect([response.status, response.body]).toEqual([204, ""]);
    expect((await logIn(user.username, user.password)).status).toBe(401);
    expect((await logIn(user.username, STRONG)).status).toBe(200);
    expect((await server.request("GET", "/api/me", { token: user.token })).status).toBe(401);
    expect((await server.request("GET", "/api/me", { token: second })).status).toBe(401);
    await new Promise<void>((resolve) => (socket.disconnected ? resolve() : socket.once("disconnect", () => resolve())));
  });

  it("takes each token once: the second use is 410", async () => {
    const user = await freshUser();
    const token = await resetToken(user);
    expect((await confirm(token, STRONG)).status).toBe(204);
    const again = await confirm(token, "another fine long passphrase");
    expect([again.status, again.body]).toEqual([410, { error: "This reset link was already used; ask for a new one" }]);
    expect((await logIn(user.username, STRONG)).status).toBe(200);
  });

  it("refuses an expired token with 410 and changes nothing", async () => {
    const user = await freshUser();
    const token = await resetToken(user);
    await server.server.dataSource.query(`UPDATE "email_tokens" SET "expires_at" = "created_at" - 1 WHERE "token_hash" = '${hashOf(token)}'`);
    const response = await confirm(token, STRONG);
    expect([response.status, response.body]).toEqual([410, { error: "This reset link has expired; ask for a new one" }]);
    expect((await logIn(user.username, user.password)).status).toBe(200);
    expect((await server.request("GET", "/api/me", { token: user.token })).status).toBe(200);
  });

  it("refuses a weak password with 400 saying why, and the same link still works after", async () => {
    const user = await freshUser();
    const token = await resetToken(user);
    const weak = await confirm(token, "password123");
    expect([weak.status, weak.body]).toEqual([400, { error: expect.stringMatching(/^new_password is too easy to guess: /) }]);
    const own = await confirm(token, `${user.username}1`);
    expect(own.body.error).toMatch(/it contains your username or email/);
    expect((await logIn(user.username, user.password)).status).toBe(200);
    expect((await confirm(token, STRONG)).status).toBe(204);
  });

  it("keeps only the newest link working", async () => {
    const user = await freshUser();
    const first = await resetToken(user);
    const second = await resetToken(user);
    expect((await confirm(first, STRONG)).status).toBe(410);
    expect((await confirm(second, STRONG)).status).toBe(204);
  });

  it("refuses a token it never issued with 400, and a malformed one with 400", async () => {
    const unknown = await confirm("A".repeat(43), STRONG);
    expect([unknown.status, unknown.body]).toEqual([400, { error: "token is not a valid reset link; ask for a new one" }]);
    const malformed = await confirm("short", STRONG);
    expect([malformed.status, malformed.body]).toEqual([400, { error: expect.stringMatching(/^token must be the token from the link/) }]);
  });

  it("does not accept a verification token as a reset token", async () => {
    const user = await server.register("reset");
    const verification = tokenOf(await smtp.next(user.email));
    expect((await confirm(verification, STRONG)).status).toBe(400);
  });
});

describe("email verification", () => {
  it("mails a link on sign-up; following it makes email_verified true, once", async () => {
    const user = await server.register("verify");
    const me = await server.request("GET", "/api/me", { token: user.token });
    expect(me.body.user.email_verified).toBe(false);
    const mail = await smtp.next(user.email);
    expect(mail.subject).toBe("Confirm your email address");
    expect(mail.link).toMatch(new RegExp(`^${PUBLIC_URL}/verify-email\\?token=[A-Za-z0-9_-]{43}$`));

    const verified = await server.request("POST", "/api/email/verify", { body: { token: tokenOf(mail) } });
    expect([verified.status, verified.body]).toEqual([204, ""]);
    expect((await server.request("GET", "/api/me", { token: user.token })).body.user.email_verified).toBe(true);
    expect((await logIn(user.username, user.password)).body.user.email_verified).toBe(true);
    const again = await server.request("POST", "/api/email/verify", { body: { token: tokenOf(mail) } });
    expect([again.status, again.body]).toEqual([410, { error: "This verification link was already used; ask for a new one" }]);
  });

  it("refuses an expired verification link with 410", async () => {
    const user = await server.register("verify");
    const token = tokenOf(await smtp.next(user.email));
    await server.server.dataSource.query(`UPDATE "email_tokens" SET "expires_at" = 1 WHERE "token_hash" = '${hashOf(token)}'`);
    const response = await server.request("POST", "/api/email/verify", { body: { token } });
    expect([response.status, response.body]).toEqual([410, { error: "This verification link has expired; ask for a new one" }]);
    expect((await server.request("GET", "/api/me", { token: user.token })).body.user.email_verified).toBe(false);
  });

  it("mails another link on request, and refuses once verified (409)", async () => {
    const user = await server.register("verify");
    const first = tokenOf(await smtp.next(user.email));
    const resend = await server.request("POST", "/api/me/email/verification", { token: user.token });
    expect(resend.status).toBe(202);
    const second = tokenOf(await smtp.next(user.email));
    expect((await server.request("POST", "/api/email/verify", { body: { token: first } })).status).toBe(410);
    expect((await server.request("POST", "/api/email/verify", { body: { token: second } })).status).toBe(204);
    const done = await server.request("POST", "/api/me/email/verification", { token: user.token });
    expect([done.status, done.body]).toEqual([409, { error: "email is already verified" }]);
  });

  it("PATCH /api/me/email: the new address takes effect unverified and gets its own link; the old link stops working", async () => {
    const user = await server.register("change");
    const signUpLink = tokenOf(await smtp.next(user.email));
    const newEmail = `new-${user.username}@example.test`;

    const wrong = await server.request("PATCH", "/api/me/email", { token: user.token, body: { email: newEmail, password: "not it" } });
    expect([wrong.status, wrong.body]).toEqual([403, { error: "password is wrong" }]);

    const changed = await server.request("PATCH", "/api/me/email", {
      token: user.token,
      body: { email: newEmail.toUpperCase(), password: user.password },
    });
    expect(changed.status).toBe(200);
    expect(changed.body.user).toMatchObject({ id: user.id, email: newEmail, email_verified: false });

    const mail = await smtp.next(newEmail);
    expect(mail.subject).toBe("Confirm your email address");
    expect((await server.request("POST", "/api/email/verify", { body: { token: signUpLink } })).status).toBe(410);
    expect((await server.request("POST", "/api/email/verify", { body: { token: tokenOf(mail) } })).status).toBe(204);
    expect((await server.request("GET", "/api/me", { token: user.token })).body.user).toMatchObject({ email: newEmail, email_verified: true });
    expect((await logIn(newEmail, user.password)).status).toBe(200);
    expect((await logIn(user.email, user.password)).status).toBe(401);
  });

  it("PATCH /api/me/email refuses an address another account has (409) and the current one (400)", async () => {
    const [user, other] = [await server.register("change"), await server.register("change")];
    const taken = await server.request("PATCH", "/api/me/email", { token: user.token, body: { email: other.email, password: user.password } });
    expect([taken.status, taken.body]).toEqual([409, { error: "email is already registered" }]);
    const same = await server.request("PATCH", "/api/me/email", { token: user.token, body: { email: user.email, password: user.password } });
    expect([same.status, same.body]).toEqual([400, { error: "email is already the account's address" }]);
    await server.server.outbox.idle();
    smtp.mails.splice(0);
  });

  it("a reset mails the account's current address, not an old one", async () => {
    const user = await freshUser();
    const newEmail = `moved-${user.username}@example.test`;
    expect((await server.request("PATCH", "/api/me/email", { token: user.token, body: { email: newEmail, password: user.password } })).status).toBe(
      200,
    );
    await smtp.next(newEmail);
    expect((await requestReset(user.email)).status).toBe(202);
    expect((await requestReset(newEmail)).status).toBe(202);
    const mail = await smtp.next(newEmail);
    expect(mail.subject).toBe("Reset your password");
    await server.server.outbox.idle();
    expect(smtp.sentTo(user.email)).toEqual([]);
  });
});

describe("without SMTP_URL", () => {
  let plain: TestServer;
  beforeAll(async () => {
    plain = await TestServer.start({ USERNAME_HOLD_DAYS: "7" });
  });
  afterAll(() => plain.close());

  const NO_SMTP = "Email is not set up on this server (no SMTP_URL): password reset and email verification are unavailable";

  it('GET /api/config tells the app to hide "Forgot password?", and how long a deleted name is held', async () => {
    const response = await plain.request("GET", "/api/config");
    expect([response.status, response.body]).toEqual([200, { password_reset: false, email_verification: false, username_hold_days: 7 }]);
  });

  it("answers 501 with a clear error on the reset and verification routes", async () => {
    const user = await plain.register("plain");
    const token = "A".repeat(43);
    const answers = await Promise.all([
      plain.request("POST", "/api/password-reset", { body: { email: user.email } }),
      plain.request("POST", "/api/password-reset/confirm", { body: { token, new_password: STRONG } }),
      plain.request("POST", "/api/email/verify", { body: { token } }),
      plain.request("POST", "/api/me/email/verification", { token: user.token }),
    ]);
    expect(answers.map((answer) => [answer.status, answer.body])).toEqual(Array(4).fill([501, { error: NO_SMTP }]));
  });

  it("still registers, logs in and changes the address, unverified", async () => {
    const user = await plain.register("plain");
    expect((await plain.request("POST", "/api/login", { body: { username: user.username, password: user.password } })).body.user).toMatchObject({
      email_verified: false,
    });
    const newEmail = `other-${user.username}@example.test`;
    const changed = await plain.request("PATCH", "/api/me/email", { token: user.token, body: { email: newEmail, password: user.password } });
    expect([changed.status, changed.body.user.email, changed.body.user.email_verified]).toEqual([200, newEmail, false]);
    expect(plain.serverErrors).toEqual([]);
  });
});
