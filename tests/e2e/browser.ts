import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import { ServerProcess } from "../helpers/server-process";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const ROOT = path.resolve(__dirname, "..", "..");
export const APP_DIST = path.join(ROOT, "app", "dist");
/**
 * The README's screenshots are refreshed only on request (`UPDATE_SCREENSHOTS=1 npx jest tests/e2e`),
 * so an ordinary `npm test` leaves the working tree clean; otherwise they go to a temp folder.
 */
export const SCREENSHOTS =
  process.env.UPDATE_SCREENSHOTS === "1" ? path.join(ROOT, "docs", "screenshots") : path.join(os.tmpdir(), "chat-e2e-screenshots");

/**
 * Whether the browser tests can run here. Without Chromium they are skipped with a loud warning,
 * unless REQUIRE_E2E=1 (CI), where a missing browser or app build is a failure.
 */
export function e2eAvailability(): { run: boolean; reason?: string } {
  const missing = !fs.existsSync(CHROMIUM)
    ? `Chromium not found at ${CHROMIUM} (apt-get install -y chromium)`
    : !fs.existsSync(path.join(APP_DIST, "index.html"))
      ? `the app is not built (${APP_DIST}/index.html missing; npm run build)`
      : null;
  if (!missing) return { run: true };
  if (process.env.REQUIRE_E2E === "1") {
    throw new Error(`REQUIRE_E2E=1 but the browser tests cannot run: ${missing}`);
  }
  console.warn(`\n${"!".repeat(78)}\n!! BROWSER TESTS SKIPPED: ${missing}\n!! Set REQUIRE_E2E=1 to make this a failure.\n${"!".repeat(78)}\n`);
  return { run: false, reason: missing };
}

/** What the browser is started with beyond the defaults. */
export interface ChromiumOptions {
  /** Chromium's fake camera and microphone (a test pattern and a beep), granted without a prompt. */
  fakeMedia?: boolean;
  /**
   * With `fakeMedia`: false leaves the prompt out, so only what a context was granted
   * (`permissions`) is allowed and the rest is refused (NotAllowedError), as a person saying no.
   */
  fakeMediaPrompt?: boolean;
  /** WebRTC between pages of this machine: loopback candidates allowed (run inside a private network). */
  loopbackPeers?: boolean;
}

/**
 * Every Chromium here: headless as root, and none of its own connections out (this machine's closed
 * network refuses them, many at a time, and nothing of a test should depend on Google's hosts).
 */
export const CHROMIUM_BASE_ARGS: readonly string[] = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** Playwright gives every context a fresh, empty profile of its own (no --user-data-dir needed). */
export async function launchChromium({ fakeMedia = false, fakeMediaPrompt = true, loopbackPeers = false }: ChromiumOptions = {}): Promise<Browser> {
  const { chromium } = await import("playwright-core");
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      ...(fakeMedia ? ["--use-fake-device-for-media-stream", ...(fakeMediaPrompt ? ["--use-fake-ui-for-media-stream"] : [])] : []),
      ...(loopbackPeers ? ["--allow-loopback-in-peer-connection"] : []),
      ...CHROMIUM_BASE_ARGS,
    ],
  });
}

/** A context whose page fails the test on any dialog (an alert from injected markup) or page error. */
export async function openPage(browser: Browser, baseURL: string, options: BrowserContextOptions = {}) {
  const context: BrowserContext = await browser.newContext({ baseURL, viewport: { width: 1280, height: 800 }, ...options });
  const page: Page = await context.newPage();
  const problems: string[] = [];
  page.on("dialog", (dialog) => {
    problems.push(`dialog: ${dialog.type()} ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error" && !/Failed to load resource|WebSocket/.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  return { context, page, problems };
}

/** PNG screenshot into docs/screenshots, at device scale 1 so the files stay small. */
export async function screenshot(page: Page, name: string): Promise<number> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, animations: "disabled", caret: "hide" });
  return fs.statSync(file).size;
}

export const E2E_PASSWORD = "correct horse battery";

/** What a browser test runs against: the compiled server (replaceable, e.g. after a kill) and Chromium. */
export interface E2eStack {
  server: ServerProcess;
  /** The server's environment, to start it again on the same data. */
  env: Record<string, string>;
  baseURL: string;
  browser: Browser;
  dataDir: string;
}

/** The compiled server on a free port with an empty SQLite file, serving app/dist, and Chromium. */
export async function startE2eStack(name: string, extraEnv: Record<string, string> = {}, chromium: ChromiumOptions = {}): Promise<E2eStack> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `${name}-`));
  const env: Record<string, string> = {
    DATA_DIR: dataDir,
    DATABASE_URL: `sqlite:${path.join(dataDir, "chat.sqlite")}`,
    // Port 0: the OS picks a port at listen time, so parallel stacks cannot race for one.
    PORT: "0",
    HOST: "127.0.0.1",
    APP_DIST_DIR: APP_DIST,
    JWT_SECRET: randomBytes(32).toString("hex"),
    ...extraEnv,
  };
  const server = await ServerProcess.start(env);
  const port = server.listeningPort;
  // A restart (after a kill) must come back where the browsers are pointed.
  env.PORT = String(port);
  return { server, env, baseURL: `http://127.0.0.1:${port}`, browser: await launchChromium(chromium), dataDir };
}

export async function stopE2eStack(stack: E2eStack | undefined): Promise<void> {
  if (!stack) return;
  if (process.env.E2E_DEBUG) console.log(stack.server.log);
  await stack.browser.close();
  await stack.server.kill();
  fs.rmSync(stack.dataDir, { recursive: true, force: true });
}

/** Registers through the UI and waits for the chat screen. */
export async function registerThroughUi(page: Page, username: string): Promise<void> {
  await page.goto("/");
  await page.getByRole("button", { name: "Log in" }).waitFor();
  await page.getByRole("link", { name: "Create an account" }).click();
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Email").fill(`${username}@example.com`);
  await page.getByLabel("Password").fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Register" }).click();
  await page.getByRole("button", { name: "Log out" }).waitFor();
}

/** Types a message into the open conversation's composer and sends it. */
export async function sendThroughUi(page: Page, text: string): Promise<void> {
  await page.getByLabel("Message", { exact: true }).fill(text);
  await page.getByRole("button", { name: "Send", exact: true }).click();
}

/**
 * A REST call from the test itself (set-up over the API: people, groups, messages). Fails the test on
 * a non-2xx answer; returns the JSON (undefined for an empty body).
 */
export async function restCall<T = unknown>(baseURL: string, method: string, route: string, body?: unknown, token?: string): Promise<T> {
  const response = await fetch(`${baseURL}${route}`, {
    method,
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${route}: ${response.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Someone registered over REST (with the tests' password): their token and user. */
export interface RegisteredPerson {
  token: string;
  user: { id: number; username: string };
}

export const registerByRest = (baseURL: string, username: string): Promise<RegisteredPerson> =>
  restCall<RegisteredPerson>(baseURL, "POST", "/api/register", { username, email: `${username}@example.com`, password: E2E_PASSWORD });

/** Reads until `ok` holds, up to `timeoutMs`; the last reading otherwise (a wait, not a timed assertion). */
export async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!ok(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

/**
 * A REST call from the page, with the session it is logged in as (set-up a test does not click
 * through: seeding messages, making a group). Fails the test on a non-2xx answer; returns the JSON.
 */
export async function restFromPage<T = unknown>(page: Page, method: string, route: string, body?: unknown): Promise<T> {
  return page.evaluate(
    async ([verb, path, payload]) => {
      const { token } = JSON.parse(localStorage.getItem("chat.session")!) as { token: string };
      const response = await fetch(path, {
        method: verb,
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: payload === undefined ? undefined : JSON.stringify(payload),
      });
      if (!response.ok) throw new Error(`${verb} ${path}: ${response.status}`);
      return (await response.json()) as T;
    },
    [method, route, body] as const,
  );
}
