import { ChatApi } from "@chat-app/client";

export type Reply = { status: number; body?: unknown };

/** A ChatApi over a fetch that answers by "METHOD path" and records what was asked. */
export function apiAnswering(routes: Record<string, Reply | (() => Reply)>) {
  const asked: string[] = [];
  const fetchImpl: typeof fetch = (input, init) => {
    const key = `${init?.method ?? "GET"} ${new URL(typeof input === "string" ? input : input instanceof URL ? input.href : input.url).pathname}`;
    asked.push(key);
    const route = routes[key];
    const reply = (typeof route === "function" ? route() : route) ?? { status: 404, body: { error: "no route" } };
    // jsdom has no Response: what requestJson reads of one.
    const response = {
      ok: reply.status >= 200 && reply.status < 300,
      status: reply.status,
      headers: { get: () => null },
      json: () => (reply.body === undefined ? Promise.reject(new SyntaxError("no body")) : Promise.resolve(reply.body)),
    };
    return Promise.resolve(response as unknown as Response);
  };
  return { api: new ChatApi("http://chat.test", "tok", fetchImpl), asked, fetchImpl };
}
