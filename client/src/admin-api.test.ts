import { ApiError, ChatApi } from "./api";

/** A fetch that records "METHOD url body" and answers the next reply queued. */
function fakeFetch(replies: { status: number; body?: unknown }[]) {
  const calls: string[] = [];
  const fetchImpl: typeof fetch = (input, init) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    calls.push(`${init?.method ?? "GET"} ${url}${typeof init?.body === "string" ? ` ${init.body}` : ""}`);
    const reply = replies.shift() ?? { status: 500 };
    return Promise.resolve(new Response(reply.body === undefined ? null : JSON.stringify(reply.body), { status: reply.status }));
  };
  return { calls, fetchImpl };
}

const page = { reports: [], next_before: null };

describe("ChatApi: reports and the instance admin", () => {
  it("reports a message with its reason and answers the report", async () => {
    const report = { id: 3, message_id: 40, created_at: "2026-12-01T00:00:00.000Z" };
    const { calls, fetchImpl } = fakeFetch([{ status: 201, body: { report } }]);
    await expect(new ChatApi("http://chat.test", "tok", fetchImpl).reportMessage(40, "Phishing")).resolves.toEqual(report);
    expect(calls).toEqual(['POST http://chat.test/api/messages/40/report {"reason":"Phishing"}']);
  });

  it("pages the reports by their keyset cursor", async () => {
    const { calls, fetchImpl } = fakeFetch([
      { status: 200, body: { ...page, next_before: 12 } },
      { status: 200, body: page },
    ]);
    const api = new ChatApi("http://chat.test", "tok", fetchImpl);
    await expect(api.adminReports()).resolves.toEqual({ reports: [], next_before: 12 });
    await expect(api.adminReports(12)).resolves.toEqual(page);
    expect(calls).toEqual(["GET http://chat.test/api/admin/reports", "GET http://chat.test/api/admin/reports?before=12"]);
  });

  it("deactivates and reactivates a user (204s)", async () => {
    const { calls, fetchImpl } = fakeFetch([{ status: 204 }, { status: 204 }]);
    const api = new ChatApi("http://chat.test", "tok", fetchImpl);
    await expect(api.deactivateUser(9)).resolves.toBeUndefined();
    await expect(api.reactivateUser(9)).resolves.toBeUndefined();
    expect(calls).toEqual(["POST http://chat.test/api/admin/users/9/deactivate", "POST http://chat.test/api/admin/users/9/reactivate"]);
  });

  it("says whether I am an admin (GET /api/me)", async () => {
    const user = { id: 1, username: "root", email: "r@x.test", created_at: "2026-01-01T00:00:00.000Z", email_verified: true, is_admin: true };
    const { fetchImpl } = fakeFetch([{ status: 200, body: { user } }]);
    await expect(new ChatApi("http://chat.test", "tok", fetchImpl).me()).resolves.toMatchObject({ user: { is_admin: true } });
  });

  it.each([
    [409, "You already reported this message"],
    [403, "Only the instance's admins may do this"],
    [400, "You cannot deactivate your own account"],
  ])("turns a %i into an ApiError with the server's message", async (status, error) => {
    const { fetchImpl } = fakeFetch([{ status, body: { error } }]);
    const failure = await new ChatApi("http://chat.test", "tok", fetchImpl).deactivateUser(1).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ status, message: error });
  });
});
