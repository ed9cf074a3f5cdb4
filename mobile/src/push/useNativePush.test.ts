/** @jest-environment jsdom */
import type { Session } from "@chat-app/client";
import { act, renderHook, waitFor } from "@testing-library/react";
import { createElement, type ReactNode } from "react";
import { MemoryRouter, useLocation } from "react-router-dom";
import { saveSession } from "../../../app/src/state/session";
import { SessionProvider, useSession } from "../state/session";
import { NativePushController } from "./native-push-controller";
import { useNativePushOf } from "./useNativePushOf";
import { useNativePushWiring } from "./useNativePushWiring";
import { FakePushPlugin, FakeTokenServer, memoryStorage } from "./fake-plugin.test-helpers";

const session: Session = { token: "jwt-alice", user: { id: 7, username: "alice" } };

function setUp(platform = "android") {
  const plugin = new FakePushPlugin();
  const server = new FakeTokenServer();
  const controller = new NativePushController({ plugin, platform, server, storage: memoryStorage(), registrationTimeoutMs: 200 });
  const wrapper = ({ children }: { children: ReactNode }) =>
    createElement(SessionProvider, null, createElement(MemoryRouter, { initialEntries: ["/chats"] }, children));
  const render = () =>
    renderHook(
      () => {
        useNativePushWiring(controller, plugin);
        return { push: useNativePushOf(controller), session: useSession(), path: useLocation().pathname };
      },
      { wrapper },
    );
  return { plugin, server, render };
}

beforeEach(() => {
  window.localStorage.clear();
  saveSession(window.localStorage, session);
});

describe("useNativePush and the wiring", () => {
  it("signed in on a phone: registers, shows enabled; the switch turns it off and on", async () => {
    const { server, render } = setUp();
    const { result } = render();
    expect(result.current.push.available).toBe(true);
    await waitFor(() => expect(result.current.push).toMatchObject({ enabled: true, busy: false, problem: null }));
    expect(server.held.get("fcm-token-1")).toEqual({ auth: session.token, platform: "android" });

    await act(() => result.current.push.disable());
    expect(result.current.push.enabled).toBe(false);
    expect(server.held.size).toBe(0);
    await act(() => result.current.push.enable());
    expect(result.current.push.enabled).toBe(true);
  });

  it("log-out takes the token back from the server", async () => {
    const { server, plugin, render } = setUp();
    const { result } = render();
    await waitFor(() => expect(result.current.push.enabled).toBe(true));
    act(() => result.current.session.logout());
    await waitFor(() => expect(server.held.size).toBe(0));
    expect(plugin.calls).toContain("unregister");
    expect(result.current.push.enabled).toBe(false);
  });

  it("a tap on a notification opens its conversation; a notification with no conversation path goes nowhere", async () => {
    const { plugin, render } = setUp();
    const { result } = render();
    await waitFor(() => expect(plugin.listenerCount("pushNotificationActionPerformed")).toBe(1));
    act(() => plugin.emit("pushNotificationActionPerformed", { actionId: "tap", notification: { id: "1", data: { url: "https://x.example/" } } }));
    expect(result.current.path).toBe("/chats");
    act(() => plugin.emit("pushNotificationActionPerformed", { actionId: "tap", notification: { id: "2", data: { url: "/chat/12" } } }));
    expect(result.current.path).toBe("/chat/12");
  });

  it("the browser build: not available, nothing registered, no listener", async () => {
    const { plugin, server, render } = setUp("web");
    const { result } = render();
    expect(result.current.push).toMatchObject({ available: false, enabled: false });
    await act(() => Promise.resolve());
    expect(plugin.calls).toEqual([]);
    expect(plugin.listenerCount("pushNotificationActionPerformed")).toBe(0);
    expect(server.held.size).toBe(0);
  });
});
