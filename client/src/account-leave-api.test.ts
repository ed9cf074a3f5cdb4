import { ApiError, ChatApi } from "./api";
import { dispositionFileName } from "./download";

interface Reply {
  status: number;
  body?: string;
  headers?: Record<string, string>;
}

function fakeFetch(replies: Reply[]) {
  const calls: { url: string; method: string; authorization: string | undefined; body: unknown }[] = [];
  const fetchImpl: typeof fetch = (input, init) => {
    const headers = (init?.headers ?? {}) as Record<string, string>;
    calls.push({
      url: typeof input === "string" ? input : input instanceof URL ? input.href : input.url,
      method: init?.method ?? "GET",
      authorization: headers.authorization,
      body: typeof init?.body === "string" ? JSON.parse(init.body) : undefined,
    });
    const reply = replies.shift() ?? { status: 500 };
    return Promise.resolve(new Response(reply.body ?? null, { status: reply.status, headers: reply.headers }));
  };
  return { calls, fetchImpl };
}

describe("ChatApi: export and delete", () => {
  it("downloads the export with the bearer token, as a file named by Content-Disposition", async () => {
    const document = JSON.stringify({ format: "chat-export/1", messages: [] });
    const { calls, fetchImpl } = fakeFetch([
      {
        status: 200,
        body: document,
        headers: { "content-type": "application/json", "content-disposition": 'attachment; filename="chat-export-alice-2026-12-03.json"' },
      },
    ]);
    const file = await new ChatApi("http://chat.test", "tok", fetchImpl).exportData();
    expect(file.fileName).toBe("chat-export-alice-2026-12-03.json");
    expect(await file.blob.text()).toBe(document);
    expect(calls).toEqual([{ url: "http://chat.test/api/me/export", method: "GET", authorization: "Bearer tok", body: undefined }]);
  });

  it("turns a refused export into an ApiError with the server's message and Retry-After", async () => {
    const { fetchImpl } = fakeFetch([{ status: 429, body: JSON.stringify({ error: "Too many exports" }), headers: { "retry-after": "42" } }]);
    const failure = await new ChatApi("http://chat.test", "tok", fetchImpl).exportData().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ status: 429, message: "Too many exports", retryAfterSeconds: 42 });
  });

  it("deletes the account with the password (204) and reports a wrong one in the server's words", async () => {
    const { calls, fetchImpl } = fakeFetch([{ status: 204 }, { status: 403, body: JSON.stringify({ error: "password is wrong" }) }]);
    const api = new ChatApi("http://chat.test", "tok", fetchImpl);
    await expect(api.deleteAccount("plum lantern orbit")).resolves.toBeUndefined();
    await expect(api.deleteAccount("nope")).rejects.toMatchObject({ status: 403, message: "password is wrong" });
    expect(calls.map((c) => [c.method, c.url, c.body])).toEqual([
      ["DELETE", "http://chat.test/api/me", { password: "plum lantern orbit" }],
      ["DELETE", "http://chat.test/api/me", { password: "nope" }],
    ]);
  });
});

describe("dispositionFileName", () => {
  it.each([
    ['attachment; filename="chat-export-bob-2026-01-02.json"', "chat-export-bob-2026-01-02.json"],
    ["attachment; filename=plain.json", "plain.json"],
    ["attachment; filename=\"a.json\"; filename*=UTF-8''caf%C3%A9.json", "café.json"],
    ['attachment; filename="../../etc/passwd"', "passwd"],
    ["attachment", null],
    [null, null],
  ])("%s → %s", (header, name) => {
    expect(dispositionFileName(header)).toBe(name);
  });
});
