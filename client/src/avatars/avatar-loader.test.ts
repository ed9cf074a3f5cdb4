import { AvatarLoader, avatarRequestUrl } from "./avatar-loader";

function setup(status = 200) {
  let resolve: () => void = () => undefined;
  const gate = new Promise<void>((r) => (resolve = r));
  const fetchImpl = jest.fn(async (_url: string, _init?: RequestInit) => {
    await gate;
    return new Response(status === 200 ? new Blob(["png"]) : null, { status });
  });
  let made = 0;
  const revoked: string[] = [];
  const loader = new AvatarLoader({
    baseUrl: "http://server",
    token: "secret",
    fetch: fetchImpl as unknown as typeof fetch,
    createObjectUrl: () => `blob:${++made}`,
    revokeObjectUrl: (url) => revoked.push(url),
  });
  return { loader, fetchImpl, revoked, open: resolve };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe("AvatarLoader", () => {
  it("adds the size to the server's URL", () => {
    expect(avatarRequestUrl("/api/users/2/avatar?v=ab", "small")).toBe("/api/users/2/avatar?v=ab&size=small");
    expect(avatarRequestUrl("/api/users/2/avatar", "large")).toBe("/api/users/2/avatar?size=large");
  });

  it("fetches a URL once with the token, shares the blob URL and revokes it when the last user lets go", async () => {
    const { loader, fetchImpl, revoked, open } = setup();
    const first = jest.fn();
    const second = jest.fn();
    const releaseFirst = loader.retain("/a", first);
    const releaseSecond = loader.retain("/a", second);
    expect(loader.peek("/a")).toBeUndefined();
    open();
    await settle();
    expect(fetchImpl).toHaveBeenCalledTimes(1);
    expect(fetchImpl.mock.calls[0]?.[0]).toBe("http://server/a");
    expect(fetchImpl.mock.calls[0]?.[1]?.headers).toEqual({ Authorization: "Bearer secret" });
    expect(first).toHaveBeenCalledWith("blob:1");
    expect(second).toHaveBeenCalledWith("blob:1");
    const third = jest.fn();
    const releaseThird = loader.retain("/a", third);
    expect(third).toHaveBeenCalledWith("blob:1");
    releaseFirst();
    releaseFirst();
    releaseSecond();
    expect(revoked).toEqual([]);
    releaseThird();
    expect(revoked).toEqual(["blob:1"]);
    expect(loader.peek("/a")).toBeUndefined();
  });

  it("answers null for a missing picture, and revokes a load let go of midway", async () => {
    const missing = setup(404);
    const onReady = jest.fn();
    missing.loader.retain("/none", onReady);
    missing.open();
    await settle();
    expect(onReady).toHaveBeenCalledWith(null);

    const { loader, revoked, open } = setup();
    const late = jest.fn();
    loader.retain("/b", late)();
    open();
    await settle();
    expect(late).not.toHaveBeenCalled();
    expect(revoked.length).toBeLessThanOrEqual(1);
  });

  it("revokes everything on close", async () => {
    const { loader, revoked, open } = setup();
    loader.retain("/a", () => undefined);
    loader.retain("/b", () => undefined);
    open();
    await settle();
    loader.close();
    expect(revoked.sort()).toEqual(["blob:1", "blob:2"]);
  });
});
