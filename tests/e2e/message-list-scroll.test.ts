/**
 * ui-kit's MessageList scrolling in real Chromium (issue 13), without the app or a server: the kit's
 * source is bundled with a small page (fixtures/message-list-page.jsx) by esbuild and loaded into
 * Debian's Chromium. jsdom has no layout, ResizeObserver or frame timing, which is where these bugs
 * live. Positions are asserted, never durations.
 *
 * - A script writing scrollTop on 50 consecutive frames (an animated scroll) ends where it aimed,
 *   both ways, over 10,000 messages; "Jump to latest" then reaches the bottom.
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
});
