import { NativePushController, type NativePushEnvironment } from "./native-push-controller";
import { pushStrings } from "./push-strings";
import { FakePushPlugin, FakeTokenServer, memoryStorage } from "./fake-plugin.test-helpers";

const alice = { token: "jwt-alice", user: { id: 1 } };
const bob = { token: "jwt-bob", user: { id: 2 } };

function setUp(platform = "android", storage = memoryStorage()) {
  const plugin = new FakePushPlugin();
  const server = new FakeTokenServer();
  const env: NativePushEnvironment = { plugin, platform, server, storage, registrationTimeoutMs: 200 };
  return { plugin, server, storage, env, controller: new NativePushController(env) };
}

describe("NativePushController", () => {
  it("the browser build: not available, and neither the plugin nor the server is asked", async () => {
    const { controller, plugin, server } = setUp("web");
    expect(controller.available).toBe(false);
    await controller.sessionChanged(alice);
    await controller.enable(alice);
    expect(controller.getState()).toEqual({ enabled: false, busy: false, problem: pushStrings.unavailable });
    expect(plugin.calls).toEqual([]);
    expect(server.held.size).toBe(0);
  });

  it("sign-in asks for permission, registers, and hands the token to the server with the platform", async () => {
    const { controller, plugin, server } = setUp("ios");
    const seen: boolean[] = [];
    controller.subscribe(() => seen.push(controller.getState().busy));
    await controller.sessionChanged(alice);
    expect(plugin.calls).toEqual(["checkPermissions", "requestPermissions", "register"]);
    expect(server.held.get("fcm-token-1")).toEqual({ auth: alice.token, platform: "ios" });
    expect(controller.getState()).toEqual({ enabled: true, busy: false, problem: null });
    expect(seen[0]).toBe(true);
    // The registration listeners are gone once the token came.
    expect([plugin.listenerCount("registration"), plugin.listenerCount("registrationError")]).toEqual([0, 0]);
  });

  it("log-out takes the token back with the ending session and unregisters at FCM; the next person gets the phone", async () => {
    const { controller, plugin, server } = setUp();
    await controller.sessionChanged(alice);
    await controller.sessionChanged(null);
    expect(server.held.size).toBe(0);
    expect(plugin.calls).toContain("unregister");
    expect(controller.getState().enabled).toBe(false);

    plugin.nextToken = "fcm-token-2";
    await controller.sessionChanged(bob);
    expect([...server.held]).toEqual([["fcm-token-2", { auth: bob.token, platform: "android" }]]);
  });

  it("a start signed out with a token left behind (the session ended while the app was closed) unregisters it at FCM", async () => {
    const storage = memoryStorage();
    const first = setUp("android", storage);
    await first.controller.sessionChanged(alice);
    const later = setUp("android", storage);
    expect(later.controller.getState().enabled).toBe(true);
    await later.controller.sessionChanged(null);
    expect(later.plugin.calls).toEqual(["unregister"]);
    expect(later.controller.getState().enabled).toBe(false);
  });

  it("turned off in Settings: the token is taken back and the next sign-in leaves it off, until turned on again", async () => {
    const { controller, plugin, server } = setUp();
    await controller.sessionChanged(alice);
    await controller.disable(alice);
    expect(server.held.size).toBe(0);
    await controller.sessionChanged(null);
    plugin.calls.splice(0);
    await controller.sessionChanged(alice);
    expect(plugin.calls).not.toContain("register");
    await controller.enable(alice);
    expect(controller.getState().enabled).toBe(true);
    expect(server.held.has("fcm-token-1")).toBe(true);
  });

  it("a rotated token replaces the old one at the server", async () => {
    const { controller, plugin, server } = setUp();
    await controller.sessionChanged(alice);
    plugin.nextToken = "fcm-token-rotated";
    await controller.enable(alice);
    expect([...server.held.keys()]).toEqual(["fcm-token-rotated"]);
  });

  it.each([
    ["permission denied", (t: ReturnType<typeof setUp>) => (t.plugin.answer = "denied"), pushStrings.denied],
    ["a server without FCM", (t: ReturnType<typeof setUp>) => (t.server.configured = false), pushStrings.notOnServer],
    [
      "a registration error",
      (t: ReturnType<typeof setUp>) => (t.plugin.nextToken = { error: "no Google Play services" }),
      pushStrings.registrationFailed,
    ],
    ["an unreachable server", (t: ReturnType<typeof setUp>) => (t.server.reachable = false), pushStrings.unreachable],
  ])("%s: not enabled, with the problem in words", async (_label, arrange, problem) => {
    const setup = setUp();
    arrange(setup);
    await setup.controller.enable(alice);
    expect(setup.controller.getState()).toEqual({ enabled: false, busy: false, problem });
    expect(setup.server.held.size).toBe(0);
  });

  it("a server without FCM is asked before the plugin registers (Android without Firebase set up would fail hard)", async () => {
    const { controller, plugin, server } = setUp();
    server.configured = false;
    await controller.sessionChanged(alice);
    expect(plugin.calls).toEqual([]);
  });

  it("a registration that never answers gives up after the timeout", async () => {
    const { controller, plugin } = setUp();
    plugin.register = () => {
      plugin.calls.push("register");
      return Promise.resolve();
    };
    await controller.enable(alice);
    expect(controller.getState().problem).toBe(pushStrings.registrationFailed);
    expect(plugin.listenerCount("registration")).toBe(0);
  });
});
