/**
 * The web app as an installable, offline-capable PWA (issue 18): Chromium with a persistent profile
 * (an incognito context always reports itself as not installable), against the compiled server
 * serving a copy of app/dist, so the update test can ship a "new version" of the service worker.
 * Every process runs inside a private network namespace holding only loopback (tests/helpers/private-network.ts).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { BrowserContext, CDPSession, Page } from "playwright-core";
import { io as connectSocket } from "socket.io-client";
import { IN_PRIVATE_NETWORK, privateNetworkAvailable, reportFromPrivateNetwork, VETH_PAIR } from "../helpers/private-network";
import { FakeBrowser, FakePushService } from "../helpers/push-service";
import {
  APP_DIST,
  CHROMIUM,
  CHROMIUM_BASE_ARGS,
  E2E_PASSWORD,
  e2eAvailability,
  type E2eStack,
  registerThroughUi,
  restCall,
  sendThroughUi,
  startE2eStack,
  stopE2eStack,
} from "./browser";

jest.setTimeout(120_000);

const PWA = {
  install: "has a manifest with its icons and a service worker, and Chromium finds nothing stopping an install",
  offlineOpen: "opens without a network: the app, the person still logged in, and an Offline banner",
  offlineReload: "offline, a reload shows the chat list and the conversation last seen, queues what is sent, and resyncs once back",
  notification: "a push shows a notification worded for its conversation, and a click on it opens that conversation",
  update: "a new version waits, says so, and takes over when the person reloads",
  pushed: "a message to someone whose app is closed is pushed to their browser, named and worded, and shown",
  noPreviews: "with previews turned off in Settings, a push names neither who wrote nor what",
} as const;

const availability = e2eAvailability();

/** The value `read` settles on: read again every 100 ms until it equals `expected`, or the last one after `timeoutMs`. */
async function settled<T>(read: () => Promise<T>, expected: T, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  // A read that throws (the page navigating under it) is one more "not yet".
  const attempt = () => read().catch((error: unknown) => ({ error: String(error) }) as T);
  let value = await attempt();
  while (!equal(value, expected) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await attempt();
  }
  return value;
}
const equal = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

interface Account {
  token: string;
  user: { id: number };
}

/** A REST call from the test (the other person, who is not in the browser). */
const api = <T>(stack: E2eStack, method: string, route: string, body?: unknown, token?: string) =>
  restCall<T>(stack.baseURL, method, route, body, token);

/**
 * Push messages handed to the page's service worker over CDP, as a push service would (headless
 * Chromium has none of its own here).
 */
async function pushDelivery(context: BrowserContext, page: Page, origin: string) {
  const cdp: CDPSession = await context.newCDPSession(page);
  // The page's registration, once a version of it is activated: a push delivered to a registration
  // whose worker is still installing or activating (a busy machine) may never reach a handler.
  const scoped = new Set<string>();
  const activated = new Set<string>();
  let found: (id: string) => void = () => undefined;
  const registrationId = new Promise<string>((resolve) => {
    found = resolve;
  });
  const check = () => {
    for (const id of scoped) if (activated.has(id)) found(id);
  };
  cdp.on(
    "ServiceWorker.workerRegistrationUpdated",
    ({ registrations }: { registrations: Array<{ registrationId: string; scopeURL: string; isDeleted: boolean }> }) => {
      for (const registration of registrations) {
        if (registration.scopeURL === `${origin}/` && !registration.isDeleted) scoped.add(registration.registrationId);
        else scoped.delete(registration.registrationId);
      }
      check();
    },
  );
  cdp.on("ServiceWorker.workerVersionUpdated", ({ versions }: { versions: Array<{ registrationId: string; status: string }> }) => {
    for (const version of versions) if (version.status === "activated") activated.add(version.registrationId);
    check();
  });
  await cdp.send("ServiceWorker.enable");
  const id = await registrationId;
  const deliver = (data: string) => cdp.send("ServiceWorker.deliverPushMessage", { origin, registrationId: id, data });
  return {
    /**
     * Delivers `data` until `read` gives `expected`, at most 5 times: a delivery through DevTools is
     * now and then never dispatched on a busy machine (seen in CI; cause not found), as a push
     * service would retry. The same tag each time, so a repeat replaces rather than adds.
     */
    async deliverUntil<T>(data: string, read: () => Promise<T>, expected: T): Promise<T> {
      let value!: T;
      for (let attempt = 0; attempt < 5; attempt += 1) {
        await deliver(data);
        value = await settled(read, expected, 4_000);
        if (equal(value, expected)) break;
      }
      return value;
    },
    close: () => cdp.detach(),
  };
}

/** The texts of a conversation's page in the page's offline cache (IndexedDB), none while not kept. */
const cachedTexts = (page: Page, userId: number, key: string) =>
  page.evaluate(
    ([database, entry]) =>
      new Promise<string[]>((resolve, reject) => {
        const request = indexedDB.open(database);
        request.onerror = () => reject(new Error(`IndexedDB: ${String(request.error)}`));
        request.onsuccess = () => {
          const db = request.result;
          if (!db.objectStoreNames.contains("cache")) return resolve([]);
          const read = db.transaction("cache").objectStore("cache").get(entry);
          read.onsuccess = () => {
            db.close();
            const kept = read.result as { messages: Array<{ message_content: string }> } | undefined;
            resolve(kept?.messages.map((m) => m.message_content) ?? []);
          };
        };
      }),
    [`chat-offline-${userId}`, `page:${key}`] as const,
  );

if (!IN_PRIVATE_NETWORK) {
  // Chromium's service worker and push machinery would reach for Google's push service: here it can reach nothing but loopback.
  const run = availability.run && privateNetworkAvailable("the PWA tests");
  (run ? describe : describe.skip)("the installable, offline-capable web app, inside a private network", () => {
    // With loopback alone Chromium believes it is offline: the veth pair is its "network".
    reportFromPrivateNetwork({ file: __filename, names: Object.values(PWA), setup: VETH_PAIR, timeoutMs: 300_000 });
  });
} else
  describe("the installable, offline-capable web app (inside the private network)", () => {
    let stack: E2eStack;
    let dist: string;
    let profile: string;
    let context: BrowserContext;
    let page: Page;
    const problems: string[] = [];
    // Chromium here has no push service to subscribe with (it would be Google's): the page's
    // PushManager hands out this browser's subscription to a local push service instead, and what
    // the server pushes there is decrypted and delivered into the service worker over CDP.
    let pushService: FakePushService;
    const pushBrowser = new FakeBrowser();
    let pushEndpoint: string;
    /** The last tests' pair: the person whose app is closed, and who writes to them. */
    let pusheeId: number;
    let sender: Account;

    beforeAll(async () => {
      dist = fs.mkdtempSync(path.join(os.tmpdir(), "e2e-pwa-dist-"));
      fs.cpSync(APP_DIST, dist, { recursive: true });
      pushService = await FakePushService.start();
      pushEndpoint = pushService.endpoint("this-browser");
      stack = await startE2eStack("e2e-pwa", { APP_DIST_DIR: dist, PUSH_ALLOW_INSECURE_ENDPOINTS: "1" });
      profile = fs.mkdtempSync(path.join(os.tmpdir(), "e2e-pwa-profile-"));
      const { chromium } = await import("playwright-core");
      context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        baseURL: stack.baseURL,
        viewport: { width: 1280, height: 800 },
        args: [...CHROMIUM_BASE_ARGS],
      });
      await context.addInitScript((json) => {
        const subscription = { endpoint: json.endpoint, toJSON: () => json, unsubscribe: () => Promise.resolve(true) };
        let subscribed = false;
        PushManager.prototype.subscribe = function () {
          subscribed = true;
          return Promise.resolve(subscription as unknown as PushSubscription);
        };
        PushManager.prototype.getSubscription = function () {
          return Promise.resolve(subscribed ? (subscription as unknown as PushSubscription) : null);
        };
      }, pushBrowser.subscription(pushEndpoint));
      page = context.pages()[0] ?? (await context.newPage());
      page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
    });
    afterAll(async () => {
      await context?.close();
      await stopE2eStack(stack);
      await pushService?.close();
      for (const dir of [dist, profile]) if (dir) fs.rmSync(dir, { recursive: true, force: true });
    });
    afterEach(() => expect(problems).toEqual([]));

    /** Waits until the service worker is active and controls this page (a first visit needs a reload). */
    async function controlled(): Promise<void> {
      if (!page.url().startsWith(stack.baseURL)) await page.goto("/");
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
      if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload();
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    }

    it(PWA.install, async () => {
      await page.goto("/");
      await page.getByRole("button", { name: "Log in" }).waitFor();
      await controlled();
      const manifest = (await page.evaluate(async () => {
        const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
        return link ? ((await fetch(link.href)).json() as Promise<unknown>) : null;
      })) as { display: string; start_url: string; icons: Array<{ src: string; sizes: string; purpose: string }> } | null;
      expect(manifest).toMatchObject({ display: "standalone", start_url: "/" });
      expect(manifest!.icons.map((icon) => `${icon.sizes} ${icon.purpose}`).sort()).toEqual(["192x192 any", "512x512 any", "512x512 maskable"]);
      for (const icon of manifest!.icons) {
        const response = await page.request.get(icon.src);
        expect(response.headers()["content-type"]).toBe("image/png");
      }
      const cdp = await context.newCDPSession(page);
      const { installabilityErrors } = (await cdp.send("Page.getInstallabilityErrors")) as { installabilityErrors: Array<{ errorId: string }> };
      expect(installabilityErrors).toEqual([]);
      await cdp.detach();
    });

    it(PWA.offlineOpen, async () => {
      await registerThroughUi(page, "offline");
      await controlled();
      await context.setOffline(true);
      try {
        await page.reload();
        await page.getByRole("button", { name: "Log out" }).waitFor();
        // Chromium's network emulation does not reach navigator.onLine of a document loaded while it
        // is on (a real loss of network does): told again, the page hears "offline" as it would.
        if (await page.evaluate(() => navigator.onLine)) {
          await context.setOffline(false);
          await context.setOffline(true);
        }
        await page.getByRole("status").filter({ hasText: "Offline" }).waitFor();
      } finally {
        await context.setOffline(false);
      }
      await page.getByRole("status").filter({ hasText: "Offline" }).waitFor({ state: "detached" });
    });

    it(PWA.offlineReload, async () => {
      // The person logged in by the test before: someone writes to them.
      await controlled();
      const me = await page.evaluate(() => JSON.parse(localStorage.getItem("chat.session")!) as Account);
      const writer = await api<Account>(stack, "POST", "/api/register", {
        username: "writer",
        email: "writer@example.com",
        password: E2E_PASSWORD,
      });
      const write = (text: string) => api(stack, "POST", "/api/messages/send", { receiver_id: me.user.id, message_content: text }, writer.token);
      for (const text of ["first from the writer", "second from the writer"]) await write(text);
      const row = page.getByRole("listbox", { name: "Chats" }).getByRole("option", { name: /writer/ });
      await row.click();
      const log = page.getByRole("log", { name: "writer" });
      await log.getByText("second from the writer").waitFor();
      const key = `u:${writer.user.id}`;
      const kept = ["first from the writer", "second from the writer"];
      expect(await settled(() => cachedTexts(page, me.user.id, key), kept)).toEqual(kept);

      await context.setOffline(true);
      try {
        await page.reload();
        await page.getByRole("button", { name: "Log out" }).waitFor();
        if (await page.evaluate(() => navigator.onLine)) {
          await context.setOffline(false);
          await context.setOffline(true);
        }
        await page.getByRole("status").filter({ hasText: "Offline" }).waitFor();
        // What was last known: the list's row and the conversation's messages.
        await row.waitFor();
        await log.getByText("first from the writer").waitFor();
        await log.getByText("second from the writer").waitFor();
        await sendThroughUi(page, "sent while offline");
        await log.getByRole("img", { name: "Sending" }).waitFor();
        await write("written while you were away");
      } finally {
        await context.setOffline(false);
      }
      await page.getByRole("status").filter({ hasText: "Offline" }).waitFor({ state: "detached" });
      await log.getByText("written while you were away").waitFor({ timeout: 30_000 });
      await log.getByRole("img", { name: "Sending" }).waitFor({ state: "detached", timeout: 30_000 });
      const delivered = async () => {
        const { messages } = await api<{ messages: Array<{ message_content: string }> }>(
          stack,
          "GET",
          `/api/messages/conversation/${me.user.id}`,
          undefined,
          writer.token,
        );
        return messages.map((m) => m.message_content);
      };
      const all = ["first from the writer", "second from the writer", "written while you were away", "sent while offline"];
      expect(await settled(delivered, all)).toEqual(all);
      // The list resynced too: its row shows the newest message.
      await page
        .getByRole("listbox", { name: "Chats" })
        .getByRole("option", { name: /sent while offline/ })
        .waitFor();
      expect(await settled(() => cachedTexts(page, me.user.id, key), all)).toEqual(all);
    });

    it(PWA.notification, async () => {
      await controlled();
      await context.grantPermissions(["notifications"], { origin: stack.baseURL });
      const delivery = await pushDelivery(context, page, stack.baseURL);
      const payload = { title: "ada", body: "are you there?", tag: "conversation:user:77", url: "/chat/77" };
      const shown = async () =>
        page.evaluate(async () =>
          (await (await navigator.serviceWorker.ready).getNotifications()).map((n) => ({
            title: n.title,
            body: n.body,
            tag: n.tag,
            data: n.data as unknown,
          })),
        );
      const first = [{ title: "ada", body: "are you there?", tag: "conversation:user:77", data: { url: "/chat/77" } }];
      expect(await delivery.deliverUntil(JSON.stringify(payload), shown, first)).toEqual(first);
      // A second message of that conversation replaces the first (its tag), never piles up.
      const bodies = async () => (await shown()).map((n) => n.body);
      expect(await delivery.deliverUntil(JSON.stringify({ ...payload, body: "hello?" }), bodies, ["hello?"])).toEqual(["hello?"]);
      await delivery.close();

      // A headless browser has no notification to click: the worker gets the click event its
      // notification would send (script-made, so its waitUntil is refused; the handler still runs).
      const worker = context.serviceWorkers().find((candidate) => candidate.url().startsWith(stack.baseURL));
      expect(worker).toBeDefined();
      await worker!.evaluate(async () => {
        // This runs in the worker, whose types (WebWorker) this project's DOM lib has not got.
        const scope = self as unknown as { registration: ServiceWorkerRegistration; dispatchEvent(event: Event): boolean };
        const ClickEvent = (self as unknown as { NotificationEvent: new (type: string, init: { notification: Notification }) => Event })
          .NotificationEvent;
        const [notification] = await scope.registration.getNotifications();
        scope.dispatchEvent(new ClickEvent("notificationclick", { notification: notification! }));
      });
      await page.waitForURL(`${stack.baseURL}/chat/77`);
      expect(await settled(shown, [])).toEqual([]);
    });

    it(PWA.update, async () => {
      await controlled();
      const version = () =>
        page.evaluate(
          () =>
            new Promise<string>((resolve) => {
              const channel = new MessageChannel();
              channel.port1.onmessage = (event) => resolve(String(event.data));
              navigator.serviceWorker.controller!.postMessage("version", [channel.port2]);
              setTimeout(() => resolve("no answer"), 2000);
            }),
        );
      expect(await version()).toBe("no answer");
      // The next build's worker: the same app, and it can say which it is.
      fs.appendFileSync(
        path.join(dist, "sw.js"),
        '\nself.addEventListener("message", (event) => { if (event.data === "version") event.ports[0].postMessage("next"); });\n',
      );
      await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
      const updated = page.getByRole("status").filter({ hasText: "Updated" });
      await updated.waitFor();
      await updated.getByRole("button", { name: "Reload" }).click();
      await page.waitForFunction(() => performance.getEntriesByType("navigation").length > 0 && document.readyState === "complete");
      expect(await settled(version, "next", 15_000)).toBe("next");
      await page.getByRole("status").filter({ hasText: "Updated" }).waitFor({ state: "detached" });
    });
    it(PWA.pushed, async () => {
      await context.grantPermissions(["notifications"], { origin: stack.baseURL });
      await page.goto("/");
      // Whoever an earlier test left logged in here logs out first.
      await page.getByRole("button", { name: /^Log (in|out)$/ }).waitFor();
      if (await page.getByRole("button", { name: "Log out" }).isVisible()) {
        await page.getByRole("button", { name: "Log out" }).click();
        await page.getByRole("button", { name: "Log in" }).waitFor();
      }
      // Notifications are allowed in this browser, so "Notify me" is on and the app subscribes at once.
      const subscribed = page.waitForResponse(
        (response) => response.url().endsWith("/api/push/subscriptions") && response.request().method() === "POST",
      );
      await registerThroughUi(page, "pushee");
      pusheeId = await page.evaluate(() => (JSON.parse(localStorage.getItem("chat.session")!) as { user: { id: number } }).user.id);
      await page.getByRole("button", { name: "Notifications on" }).waitFor();
      expect((await subscribed).status()).toBe(201);

      // The app closes (its socket with it); only the service worker is left.
      await page.goto("about:blank");
      sender = await api<Account>(stack, "POST", "/api/register", { username: "pusher", email: "pusher@example.com", password: E2E_PASSWORD });
      await offline(pusheeId, sender.token);
      await api(
        stack,
        "POST",
        "/api/messages/send",
        { receiver_id: pusheeId, message_content: "the app is closed, but this gets through" },
        sender.token,
      );
      const [push] = await pushService.waitFor(pushEndpoint, 1, 10_000);
      const payload = JSON.parse(pushBrowser.decrypt(push!)) as { title: string; body: string; tag: string; url: string };
      expect(payload).toMatchObject({
        title: "pusher",
        body: "the app is closed, but this gets through",
        tag: `conversation:user:${sender.user.id}`,
        url: `/chat/${sender.user.id}`,
      });

      const worker = context.serviceWorkers().find((candidate) => candidate.url().startsWith(stack.baseURL))!;
      const delivery = await pushDelivery(context, page, stack.baseURL);
      const shown = () =>
        worker.evaluate(async () =>
          (await (self as unknown as { registration: ServiceWorkerRegistration }).registration.getNotifications()).map(
            (n) => `${n.title}: ${n.body}`,
          ),
        );
      expect(await delivery.deliverUntil(pushBrowser.decrypt(push!), shown, ["pusher: the app is closed, but this gets through"])).toEqual([
        "pusher: the app is closed, but this gets through",
      ]);
      await delivery.close();
    });

    it(PWA.noPreviews, async () => {
      expect(sender).toBeDefined();
      await page.goto("/");
      await page.getByRole("button", { name: "Settings" }).click();
      const previews = page.getByLabel("Show who wrote and what in notifications");
      await previews.waitFor();
      expect(await previews.isChecked()).toBe(true);
      const saved = page.waitForResponse((response) => response.url().endsWith("/api/push/preferences") && response.request().method() === "PUT");
      await previews.uncheck();
      expect((await saved).status()).toBe(200);
      await page.getByRole("button", { name: "Close" }).click();

      await page.goto("about:blank");
      await offline(pusheeId, sender.token);
      await api(stack, "POST", "/api/messages/send", { receiver_id: pusheeId, message_content: "a secret the lock screen keeps" }, sender.token);
      const pushes = await pushService.waitFor(pushEndpoint, 2, 10_000);
      const payload = JSON.parse(pushBrowser.decrypt(pushes[1]!)) as { title: string; body: string; tag: string };
      expect(payload).toMatchObject({ title: "Chat", body: "New message", tag: `conversation:user:${sender.user.id}` });
      expect(JSON.stringify(payload)).not.toContain("secret");
      expect(JSON.stringify(payload)).not.toContain("pusher");

      const worker = context.serviceWorkers().find((candidate) => candidate.url().startsWith(stack.baseURL))!;
      const delivery = await pushDelivery(context, page, stack.baseURL);
      const shown = () =>
        worker.evaluate(async () =>
          (await (self as unknown as { registration: ServiceWorkerRegistration }).registration.getNotifications()).map(
            (n) => `${n.title}: ${n.body}`,
          ),
        );
      // The same conversation's tag: it replaces the named one rather than sitting beside it.
      expect(await delivery.deliverUntil(pushBrowser.decrypt(pushes[1]!), shown, ["Chat: New message"])).toEqual(["Chat: New message"]);
      await delivery.close();
    });

    /** Waits until the server has no socket of `userId` left (its presence says offline). */
    async function offline(userId: number, token: string): Promise<void> {
      const socket = connectSocket(stack.baseURL, { auth: { token }, transports: ["websocket"] });
      try {
        const deadline = Date.now() + 10_000;
        for (;;) {
          const reply = (await socket.timeout(5000).emitWithAck("presence:subscribe", { user_ids: [userId] })) as {
            presence: Array<{ online: boolean }>;
          };
          if (reply.presence[0]?.online === false) return;
          if (Date.now() > deadline) throw new Error(`user ${userId} still has a socket`);
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      } finally {
        socket.close();
      }
    }
  });
