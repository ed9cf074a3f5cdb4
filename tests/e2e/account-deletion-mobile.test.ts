/**
 * The mobile app's Settings reuses the web app's Delete account page: a wrong password is shown
 * under the field, the right one deletes the account, and the phone is back at its log-in form with
 * no session kept.
 */
import type { Page } from "playwright-core";
import { e2eAvailability, type E2eStack, E2E_PASSWORD, openPage, startE2eStack, stopE2eStack } from "./browser";
import { mobileEntry, MOBILE_DIST, PHONE, registerOnMobile, requireMobileBuild } from "./mobile-app";
import { serveStatic } from "./static-server";

jest.setTimeout(120_000);

const availability = e2eAvailability();
if (availability.run) requireMobileBuild();
const describeE2E = availability.run ? describe : describe.skip;

describeE2E("Delete account in the mobile app's Settings", () => {
  let stack: E2eStack;
  let mobile: Awaited<ReturnType<typeof serveStatic>>;

  beforeAll(async () => {
    mobile = await serveStatic(MOBILE_DIST);
    stack = await startE2eStack("e2e-account-deletion-mobile", { CORS_ORIGINS: mobile.url });
  });
  afterAll(async () => {
    await stopE2eStack(stack);
    await mobile?.close();
  });

  /** The page on top of Ionic's stack (the ones under it stay in the DOM, hidden). */
  const top = (page: Page) => page.locator(".ion-page:not(.ion-page-hidden)").last();

  it("deletes the account with the password and returns to log-in", async () => {
    const phone = await openPage(stack.browser, mobile.url, PHONE);
    await phone.page.goto(mobileEntry("/register", "md", stack.baseURL));
    await registerOnMobile(phone.page, "pocket_leaver");

    await phone.page.getByRole("button", { name: "Settings" }).click();
    await phone.page.waitForURL(/\/settings$/);
    await top(phone.page).getByRole("button", { name: "Export my data", exact: true }).waitFor();
    await top(phone.page).getByRole("button", { name: "Delete account", exact: true }).click();
    const form = top(phone.page).getByRole("region", { name: "Delete account" });
    await form.getByLabel("Password").fill("not my password");
    await form.getByRole("button", { name: "Delete my account" }).click();
    await form.getByText("The password is wrong.").waitFor();
    await form.getByLabel("Password").fill(E2E_PASSWORD);
    await form.getByRole("button", { name: "Delete my account" }).click();

    await phone.page.getByRole("button", { name: "Log in" }).waitFor();
    expect(await phone.page.evaluate(() => localStorage.getItem("chat.session"))).toBeNull();
    const login = await fetch(`${stack.baseURL}/api/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "pocket_leaver", password: E2E_PASSWORD }),
    });
    expect(login.status).toBe(401);
    expect(phone.problems).toEqual([]);
    await phone.context.close();
  });
});
