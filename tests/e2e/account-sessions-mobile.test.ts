/**
 * The mobile app's Settings reuses the web app's Sessions page: a phone signs the person's other
 * session (here a second phone) out, and that phone is back at its log-in form within seconds.
 */
import type { Page } from "playwright-core";
import { e2eAvailability, type E2eStack, E2E_PASSWORD, openPage, startE2eStack, stopE2eStack } from "./browser";
import { mobileEntry, MOBILE_DIST, PHONE, registerOnMobile, requireMobileBuild } from "./mobile-app";
import { serveStatic } from "./static-server";

jest.setTimeout(120_000);

const availability = e2eAvailability();
if (availability.run) requireMobileBuild();
const describeE2E = availability.run ? describe : describe.skip;

describeE2E("Sessions in the mobile app's Settings", () => {
  let stack: E2eStack;
  let mobile: Awaited<ReturnType<typeof serveStatic>>;

  beforeAll(async () => {
    mobile = await serveStatic(MOBILE_DIST);
    stack = await startE2eStack("e2e-account-sessions-mobile", { CORS_ORIGINS: mobile.url });
  });
  afterAll(async () => {
    await stopE2eStack(stack);
    await mobile?.close();
  });

  /** The page on top of Ionic's stack (the ones under it stay in the DOM, hidden). */
  const top = (page: Page) => page.locator(".ion-page:not(.ion-page-hidden)").last();

  it("signs the other phone out from Settings › Sessions", async () => {
    const here = await openPage(stack.browser, mobile.url, PHONE);
    await here.page.goto(mobileEntry("/register", "md", stack.baseURL));
    await registerOnMobile(here.page, "pocket_owner");
    const there = await openPage(stack.browser, mobile.url, PHONE);
    await there.page.goto(mobileEntry("/login", "md", stack.baseURL));
    await there.page.getByLabel("Username").fill("pocket_owner");
    await there.page.getByLabel("Password").fill(E2E_PASSWORD);
    await there.page.getByRole("button", { name: "Log in" }).click();
    await there.page.locator("ion-title", { hasText: "Chats" }).first().waitFor();

    await here.page.getByRole("button", { name: "Settings" }).click();
    await here.page.waitForURL(/\/settings$/);
    await top(here.page).getByRole("button", { name: "Sessions", exact: true }).click();
    const list = top(here.page).getByRole("list", { name: "Sessions" });
    await list.waitFor();
    expect(await list.getByRole("listitem").count()).toBe(2);
    await list.getByRole("button", { name: /^Sign out / }).click();

    await there.page.getByRole("button", { name: "Log in" }).waitFor({ timeout: 5000 });
    expect(await there.page.evaluate(() => localStorage.getItem("chat.session"))).toBeNull();
    await top(here.page).getByText("No other sessions are signed in.").waitFor();

    expect(here.problems).toEqual([]);
    expect(there.problems).toEqual([]);
    await here.context.close();
    await there.context.close();
  });
});
