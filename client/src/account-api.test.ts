import { ApiError, ChatApi } from "./api";

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

const session = { id: 7, user_agent: "Firefox", created_at: "2026-03-01T00:00:00.000Z", last_used_at: "2026-03-02T00:00:00.000Z", current: true };

describe("ChatApi: sessions and password", () => {
  it("lists my sessions", async () => {
    const { calls, fetchImpl } = fakeFetch([{ status: 200, body: { sessions: [session] } }]);
    const api = new ChatApi("http://chat.test", "tok", fetchImpl);
    await expect(api.listSessions()).resolves.toEqual({ sessions: [session] });
    expect(calls).toEqual([{ url: "http://chat.test/api/sessions", method: "GET", authorization: "Bearer tok", body: undefined }]);
  });

  it("signs out one session (204, no body) and all the others", async () => {
    const { calls, fetchImpl } = fakeFetch([{ status: 204 }, { status: 200, body: { revoked: 2 } }]);
    const api = new ChatApi("http://chat.test", "tok", fetchImpl);
    await expect(api.revokeSession(12)).resolves.toBeUndefined();
    await expect(api.revokeOtherSessions()).resolves.toEqual({ revoked: 2 });
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      "DELETE http://chat.test/api/sessions/12",
      "POST http://chat.test/api/sessions/revoke-others",
    ]);
  });

  it("changes my password in the server's words", async () => {
    const { calls, fetchImpl } = fakeFetch([{ status: 204 }]);
    const api = new ChatApi("http://chat.test", "tok", fetchImpl);
    await expect(api.changePassword("old one", "new long phrase")).resolves.toBeUndefined();
    expect(calls).toEqual([
      {
        url: "http://chat.test/api/me/password",
        method: "POST",
        authorization: "Bearer tok",
        body: { current_password: "old one", new_password: "new long phrase" },
      },
    ]);
  });

  it.each([
    [403, "current_password is wrong"],
    [400, "new_password is too easy to guess: a single word is easy to guess"],
    [401, "Missing, invalid or expired token"],
    [404, "No such session"],
  ])("turns a %i into an ApiError with the server's message", async (status, error) => {
    const { fetchImpl } = fakeFetch([{ status, body: { error } }]);
    const api = new ChatApi("http://chat.test", "tok", fetchImpl);
    const failure = await api.changePassword("a", "b").catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ status, message: error });
  });
});
