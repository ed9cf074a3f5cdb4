/**
 * What phones do to a chat screen, on the mobile app's web build (390×844, touch, iOS and Material
 * mode): the on-screen keyboard takes the bottom of the screen (Android's browser and the
 * Capacitor shell resize the page for it: `interactive-widget=resizes-content`, Keyboard
 * `resize: native`), and notches and home indicators take safe-area insets (emulated over CDP).
 * The composer must stay in sight above both, and the conversation must stay on its newest message.
 */
import type { Locator, Page } from "playwright-core";
import { E2E_PASSWORD, e2eAvailability, type E2eStack, openPage, restCall, startE2eStack, stopE2eStack, until } from "./browser";
import { mobileEntry, MOBILE_DIST, PHONE, registerOnMobile, requireMobileBuild } from "./mobile-app";
import { serveStatic } from "./static-server";

jest.setTimeout(120_000);

const availability = e2eAvailability();
if (availability.run) requireMobileBuild();
const describeE2E = availability.run ? describe : describe.skip;

/** What an iPhone's keyboard takes of its 844 px. */
const KEYBOARD_PX = 336;

interface Box {
  top: number;
  bottom: number;
}
async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error("not laid out");
  return { top: box.y, bottom: box.y + box.height };
}

/** Whether `inner` is wholly inside `outer`'s box (to the pixel, as layout rounds). */
const within = (inner: Box, outer: Box) => inner.top >= outer.top - 1 && inner.bottom <= outer.bottom + 1;

describeE2E("the mobile app on a phone's screen", () => {
  let stack: E2eStack;
  let mobile: Awaited<ReturnType<typeof serveStatic>>;
  const problems: string[][] = [];

  beforeAll(async () => {
    mobile = await serveStatic(MOBILE_DIST);
    stack = await startE2eStack("e2e-mobile-phone", { CORS_ORIGINS: mobile.url, REQUESTS_PER_USER_PER_SECOND: "1000" });
  });
  afterAll(async () => {
    await stopE2eStack(stack);
    await mobile?.close();
  });
  afterEach(() => expect(problems.flat()).toEqual([]));

  const rest = <T>(method: string, route: string, body?: unknown, token?: string) => restCall<T>(stack.baseURL, method, route, body, token);

  /** A phone person in a conversation of `count` messages from someone else, open at its newest. */
  let people = 0;
  async function openLongConversation(mode: "ios" | "md", count: number) {
    people += 1;
    const reader = `pia${people}_${mode}`;
    const writerName = `kai${people}_${mode}`;
    const phone = await openPage(stack.browser, mobile.url, PHONE);
    problems.push(phone.problems);
    const page: Page = phone.page;
    await page.goto(mobileEntry("/register", mode, stack.baseURL));
    await registerOnMobile(page, reader);
    const phoneId = await page.evaluate(() => (JSON.parse(localStorage.getItem("chat.session")!) as { user: { id: number } }).user.id);
    const writer = await rest<{ token: string }>("POST", "/api/register", {
      username: writerName,
      email: `${writerName}@example.com`,
      password: E2E_PASSWORD,
    });
    for (let i = 1; i <= count; i += 1) {
      await rest("POST", "/api/messages/send", { receiver_id: phoneId, message_content: `line ${i} of ${count}` }, writer.token);
    }
    const row = page.getByRole("option").filter({ hasText: writerName });
    await row.waitFor();
    await row.click();
    const log = page.getByRole("log", { name: writerName });
    await log.getByText(`line ${count} of ${count}`).waitFor();
    return { phone, page, log, writerName, newest: log.getByText(`line ${count} of ${count}`) };
  }

  it.each(["ios", "md"] as const)("%s mode: the keyboard opening keeps the composer above it and the newest message in view", async (mode) => {
    const { phone, page, log, newest } = await openLongConversation(mode, 40);
    const composer = page.getByLabel("Message", { exact: true });
    expect(within(await boxOf(newest), await boxOf(log))).toBe(true);

    await composer.focus();
    await page.setViewportSize({ width: PHONE.viewport.width, height: PHONE.viewport.height - KEYBOARD_PX });
    const screen = { top: 0, bottom: PHONE.viewport.height - KEYBOARD_PX };
    // The composer is above the keyboard, the list shrank from the top, its newest message still in sight.
    expect(
      within(
        await until(
          () => boxOf(composer),
          (box) => within(box, screen),
        ),
        screen,
      ),
    ).toBe(true);
    const kept = await until(
      async () => ({ message: await boxOf(newest), list: await boxOf(log) }),
      ({ message, list }) => within(message, list) && within(list, screen),
    );
    expect(within(kept.message, kept.list)).toBe(true);
    expect(within(kept.list, screen)).toBe(true);

    // Typing and sending with the keyboard up: the new message lands in view above the composer.
    await composer.fill("sent with the keyboard up");
    await page.getByRole("button", { name: "Send", exact: true }).click();
    const sent = log.getByText("sent with the keyboard up");
    await sent.waitFor();
    const shown = await until(
      async () => ({ message: await boxOf(sent), list: await boxOf(log) }),
      ({ message, list }) => within(message, list),
    );
    expect(within(shown.message, shown.list)).toBe(true);

    // The keyboard goes away: the list takes the room back and stays on its newest message.
    await page.setViewportSize(PHONE.viewport);
    const back = await until(
      async () => ({ message: await boxOf(sent), list: await boxOf(log) }),
      ({ message, list }) => within(message, list) && list.bottom > screen.bottom,
    );
    expect(within(back.message, back.list)).toBe(true);
    expect(back.list.bottom).toBeGreaterThan(screen.bottom);
    await phone.context.close();
  });

  it.each(["ios", "md"] as const)("%s mode: a notch and a home indicator push the header and the composer in", async (mode) => {
    const { phone, page, writerName } = await openLongConversation(mode, 3);
    const insets = { top: 47, bottom: 34, left: 0, right: 0 };
    const cdp = await phone.context.newCDPSession(page);
    await cdp.send("Emulation.setSafeAreaInsetsOverride", { insets });
    const title = page.locator("ion-title", { hasText: writerName });
    const composer = page.getByLabel("Message", { exact: true });
    const send = page.getByRole("button", { name: "Send", exact: true });
    // Nothing under the status bar or the notch, nothing under the home indicator.
    const header = await until(
      () => boxOf(title),
      (box) => box.top >= insets.top,
    );
    expect(header.top).toBeGreaterThanOrEqual(insets.top);
    for (const control of [composer, send]) {
      const box = await until(
        () => boxOf(control),
        (found) => found.bottom <= PHONE.viewport.height - insets.bottom,
      );
      expect(box.bottom).toBeLessThanOrEqual(PHONE.viewport.height - insets.bottom);
    }
    await cdp.detach();
    await phone.context.close();
  });
});
