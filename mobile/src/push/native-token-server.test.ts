import { httpNativeTokenServer } from "./native-token-server";

function fakeFetch(statuses: number[]) {
  const requests: Array<{ url: string; method: string; headers: Record<string, string>; body: unknown }> = [];
  const fetchImpl = ((url: string, init: RequestInit) => {
    requests.push({ url, method: init.method!, headers: init.headers as Record<string, string>, body: JSON.parse(init.body as string) });
    return Promise.resolve(new Response(null, { status: statuses.shift() ?? 500 }));
  }) as unknown as typeof fetch;
  return { requests, server: httpNativeTokenServer("https://chat.example", fetchImpl) };
}

describe("httpNativeTokenServer", () => {
  it("adds and removes tokens at /api/push/native-tokens with the person's bearer token", async () => {
    const { requests, server } = fakeFetch([201, 204]);
    await server.add("jwt", "tok", "android");
    await server.remove("jwt", "tok");
    expect(requests).toEqual([
      {
        url: "https://chat.example/api/push/native-tokens",
        method: "POST",
        headers: { authorization: "Bearer jwt", "content-type": "application/json" },
        body: { token: "tok", platform: "android" },
      },
      expect.objectContaining({ method: "DELETE", body: { token: "tok" } }),
    ]);
  });

  it("a server without FCM answers 503 to the probe; one with it, 404", async () => {
    expect(await fakeFetch([503]).server.takesTokens("jwt")).toBe(false);
    expect(await fakeFetch([404]).server.takesTokens("jwt")).toBe(true);
  });

  it("a refused add throws; a removal of a token already gone, or with an expired session, does not", async () => {
    await expect(fakeFetch([503]).server.add("jwt", "tok", "ios")).rejects.toThrow("503");
    await expect(fakeFetch([404]).server.remove("jwt", "tok")).resolves.toBeUndefined();
    await expect(fakeFetch([401]).server.remove("jwt", "tok")).resolves.toBeUndefined();
    await expect(fakeFetch([500]).server.remove("jwt", "tok")).rejects.toThrow("500");
  });
});
