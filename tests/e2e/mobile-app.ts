/** What the mobile app's browser tests share: the phone they emulate, its build, and a person signing up on it. */
import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { E2E_PASSWORD, ROOT } from "./browser";

export const MOBILE_DIST = path.join(ROOT, "mobile", "dist");

/** An iPhone-sized touch screen (390×844 CSS px). */
export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 } as const;

/** Fails the file at once when the mobile build is missing (`npm run build -w mobile`), rather than test by test. */
export function requireMobileBuild(): void {
  if (!fs.existsSync(path.join(MOBILE_DIST, "index.html"))) {
    throw new Error(`the mobile app is not built (${MOBILE_DIST}/index.html missing; npm run build -w mobile)`);
  }
}

/** The mobile app's first page in one Ionic mode, told where the server is (`?server=`, as no VITE_SERVER_URL is built in). */
export function mobileEntry(route: "/login" | "/register", mode: "ios" | "md", serverURL: string): string {
  return `${route}?mode=${mode}&server=${encodeURIComponent(serverURL)}`;
}

/** Registers through the mobile app's form; resolves once the chat list is shown. */
export async function registerOnMobile(page: Page, username: string): Promise<void> {
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Email").fill(`${username}@example.com`);
  await page.getByLabel("Password").fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Register" }).click();
  await page.locator("ion-title", { hasText: "Chats" }).first().waitFor();
}

/** A finger dragged from one point to another (Chromium's touch events, as a phone sends them). */
export async function touchDrag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }, steps = 12): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [from] });
  for (let i = 1; i <= steps; i += 1) {
    const point = { x: from.x + ((to.x - from.x) * i) / steps, y: from.y + ((to.y - from.y) * i) / steps };
    await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: [point] });
    await page.waitForTimeout(16);
  }
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  await cdp.detach();
}
