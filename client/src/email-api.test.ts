import { ApiError } from "./api";
import { AuthApi } from "./auth-api";
import { EmailApi } from "./email-api";

interface Call {
  url: string;
  method: string;
  authorization: string | undefined;
  body: unknown;
}

/** A fetch that records each request and answers the next reply queued. */
function fakeFetch(replies: { status: number; body?: unknown }[]) {
  const calls: Call[] = [];
  const fetchImpl: typeof fetch = (input, init) => {
    const headers = (init?.headers ?? {}) as Record<string, string>;
    calls.push({
      url: typeof input === "string" ? input : input instanceof URL ? input.href : input.url,
      method: init?.method ?? "GET",
      authorization: headers.authorization,
      body: typeof init?.body === "string" ? JSON.parse(init.body) : undefined,
    });
    const reply = replies.shift() ?? { status: 500 };
    return Promise.resolve(new Response(reply.body === undefined ? null : JSON.stringify(reply.body), { status: reply.status }));
  };
  return { calls, fetchImpl };
}

const SAME = { status: "If an account has this address, a reset link is on its way to it." };

describe("AuthApi.config", () => {
  it("reads what the server offers, without a token", async () => {
    const { calls, fetchImpl } = fakeFetch([{ status: 200, body: { password_reset: true, email_verification: true, username_hold_days: 30 } }]);
    await expect(new AuthApi("http://chat.test", fetchImpl).config()).resolves.toEqual({
      password_reset: true,
      email_verification: true,
      username_hold_days: 30,
    });
    expect(calls).toEqual([{ url: "http://chat.test/api/config", method: "GET", authorization: undefined, body: undefined }]);
  });
});

describe("EmailApi", () => {
  it("asks for a reset link, sets the new password with the token, and verifies an address", async () => {
    const { calls, fetchImpl } = fakeFetch([{ status: 202, body: SAME }, { status: 204 }, { status: 204 }]);
    const api = new EmailApi("http://chat.test", fetchImpl);
    await expect(api.requestPasswordReset("ana@example.test")).resolves.toEqual(SAME);
    await expect(api.confirmPasswordReset("tok-1", "plum lantern orbit cactus")).resolves.toBeUndefined();
    await expect(api.verifyEmail("tok-2")).resolves.toBeUndefined();
    expect(calls).toEqual([
      { url: "http://chat.test/api/password-reset", method: "POST", authorization: undefined, body: { email: "ana@example.test" } },
      {
        url: "http://chat.test/api/password-reset/confirm",
        method: "POST",
        authorization: undefined,
        body: { token: "tok-1", new_password: "plum lantern orbit cactus" },
      },
      { url: "http://chat.test/api/email/verify", method: "POST", authorization: undefined, body: { token: "tok-2" } },
    ]);
  });

  it.each([
    [400, "new_password is too easy to guess: a single word is easy to guess"],
    [410, "This reset link has expired; ask for a new one"],
    [501, "Email is not set up on this server (no SMTP_URL): password reset and email verification are unavailable"],
  ])("turns a %i into an ApiError with the server's message", async (status, error) => {
    const { fetchImpl } = fakeFetch([{ status, body: { error } }]);
    const failure = await new EmailApi("http://chat.test", fetchImpl).confirmPasswordReset("t", "p").catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ status, message: error });
  });
});
