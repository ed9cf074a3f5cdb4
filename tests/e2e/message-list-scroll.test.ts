/**
 * ui-kit's MessageList scrolling in real Chromium (issue 13), without the app or a server: the kit's
 * source is bundled with a small page (fixtures/message-list-page.jsx) by esbuild and loaded into
 * Debian's Chromium. jsdom has no layout, ResizeObserver or frame timing, which is where these bugs
 * live. Positions are asserted, never durations.
 *
 * - A script writing scrollTop on 50 consecutive frames (an animated scroll) ends where it aimed,
 *   both ways, over 10,000 messages; "Jump to latest" then reaches the bottom.
 * - In ChatPage, a composer that grows (Shift+Enter) keeps the list at the bottom when it was there,
 *   and a message the reader sends is brought into view, also when the list was scrolled up.
 */
import fs from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { CHROMIUM, launchChromium, ROOT } from "./browser";

jest.setTimeout(120_000);

/** Only Chromium is needed (not the app build): skipped loudly without it, unless REQUIRE_E2E=1. */
function chromiumAvailable(): boolean {
  if (fs.existsSync(CHROMIUM)) return true;
  const missing = `Chromium not found at ${CHROMIUM} (apt-get install -y chromium)`;
  if (process.env.REQUIRE_E2E === "1") throw new Error(`REQUIRE_E2E=1 but the browser tests cannot run: ${missing}`);
  console.warn(`\n${"!".repeat(78)}\n!! BROWSER TESTS SKIPPED: ${missing}\n!! Set REQUIRE_E2E=1 to make this a failure.\n${"!".repeat(78)}\n`);
  return false;
}

const describeE2E = chromiumAvailable() ? describe : describe.skip;

interface Geometry {
  scrollTop: number;
  max: number;
  fromBottom: number;
  top: number;
  bottom: number;
}
interface KitPage {
  mountList(n: number): Promise<void>;
  mountChatPage(n: number): Promise<void>;
  scriptedScroll(target: number, steps: number): Promise<{ top: number; grewInLastFrame: number }>;
  frames(n: number): Promise<void>;
  geometry(): Geometry;
}
declare global {
  interface Window {
    kit: KitPage;
    kitReady?: boolean;
  }
}

async function bundlePage(): Promise<string> {
  const esbuild = await import("esbuild");
  const result = await esbuild.build({
    entryPoints: [path.join(__dirname, "fixtures", "message-list-page.jsx")],
    bundle: true,
    write: false,
    format: "esm",
    jsx: "automatic",
    alias: { "ui-kit-src": path.join(ROOT, "ui-kit", "src", "index.ts") },
    nodePaths: [path.join(ROOT, "ui-kit", "node_modules"), path.join(ROOT, "node_modules")],
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "silent",
  });
  return result.outputFiles[0]!.text;
}

describeE2E("MessageList scrolling in Chromium", () => {
  let browser: Browser;
  let script: string;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    script = await bundlePage();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    problems = [];
    page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(`console: ${message.text()}`);
    });
    await page.setContent('<!doctype html><html><body style="margin:0"><div id="root"></div></body></html>');
    await page.addScriptTag({ content: script, type: "module" });
    await page.waitForFunction(() => window.kitReady === true);
  });
  afterEach(async () => {
    await page.close();
    expect(problems).toEqual([]);
  });

  const geometry = () => page.evaluate(() => window.kit.geometry());
  const frames = (n: number) => page.evaluate((count) => window.kit.frames(count), n);
  const log = () => page.getByRole("log");
  const jump = () => page.getByRole("button", { name: /Jump to latest|new messages?$/ });

  it("a scrollTop written on 50 consecutive frames lands on its target, both ways, over 10,000 messages", async () => {
    await page.evaluate(() => window.kit.mountList(10_000));
    const start = await geometry();
    expect(start.fromBottom).toBeLessThanOrEqual(2);
    expect(start.max).toBeGreaterThan(100_000);

    const up = Math.round(start.max / 2);
    const landedUp = await page.evaluate(([target]) => window.kit.scriptedScroll(target!, 50), [up]);
    expect(Math.abs(landedUp.top - up)).toBeLessThanOrEqual(2);

    // Going down, the rows rendered for the previous step are above the viewport when they are measured
    // (the frame after the last write), so the list keeps what the reader sees by moving scrollTop by
    // exactly their change in size, which is all the content grows in that frame.
    const down = Math.round(start.max * 0.75);
    const landedDown = await page.evaluate(([target]) => window.kit.scriptedScroll(target!, 50), [down]);
    expect(Math.abs(landedDown.top - (down + landedDown.grewInLastFrame))).toBeLessThanOrEqual(2);

    // Far from the bottom, "Jump to latest" goes straight there.
    await frames(5);
    await jump().click();
    await frames(30);
    const end = await geometry();
    expect(end.fromBottom).toBeLessThanOrEqual(2);
    expect(await jump().count()).toBe(0);
    expect(await page.locator("[data-at-bottom]").getAttribute("data-at-bottom")).toBe("true");
  });

  /** The row of the newest message: fully inside the log's box, and not under the jump button. */
  async function expectLastMessageInView(text: string) {
    const row = log().locator("[data-row-key]").filter({ hasText: text }).last();
    const box = (await row.boundingBox())!;
    const g = await geometry();
    expect(box).not.toBeNull();
    expect(box.y).toBeGreaterThanOrEqual(g.top - 1);
    expect(box.y + box.height).toBeLessThanOrEqual(g.bottom + 1);
    expect(await jump().count()).toBe(0);
  }

  it("a composer that grows keeps the list at the bottom, and the sent message is in view", async () => {
    await page.evaluate(() => window.kit.mountChatPage(300));
    expect((await geometry()).fromBottom).toBeLessThanOrEqual(2);
    const before = await geometry();

    const composer = page.getByRole("textbox", { name: "Message" });
    await composer.click();
    for (let i = 1; i <= 5; i++) {
      await composer.pressSequentially(`line ${i}`);
      if (i < 5) await composer.press("Shift+Enter");
    }
    await frames(10);
    const grown = await geometry();
    expect(grown.bottom).toBeLessThan(before.bottom - 40); // the composer grew, the list's viewport shrank
    expect(grown.fromBottom).toBeLessThanOrEqual(2);
    expect(await jump().count()).toBe(0);
    expect(await page.locator("[data-at-bottom]").getAttribute("data-at-bottom")).toBe("true");

    await composer.press("Enter");
    await frames(10);
    expect((await geometry()).fromBottom).toBeLessThanOrEqual(2);
    await expectLastMessageInView("line 5");
  });

  it("a message sent while the list is scrolled up is scrolled into view", async () => {
    await page.evaluate(() => window.kit.mountChatPage(300));
    const { max } = await geometry();
    await log().evaluate((el, top) => el.scrollTo({ top }), Math.round(max / 3));
    await frames(10);
    await jump().waitFor();

    const composer = page.getByRole("textbox", { name: "Message" });
    await composer.fill("sent from far up");
    await composer.press("Enter");
    await frames(20);
    expect((await geometry()).fromBottom).toBeLessThanOrEqual(2);
    await expectLastMessageInView("sent from far up");
  });
});
