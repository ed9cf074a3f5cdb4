/**
 * Sessions and password from Settings, in two browsers logged in as the same person: signing the
 * other browser out from Settings › Sessions sends it back to log-in within seconds; changing the
 * password (a wrong current one and a weak new one refused with their reasons shown) signs the
 * other browser out too, and the new password is the one that logs in.
 */
import type { Page } from "playwright-core";
import { E2E_PASSWORD, e2eAvailability, type E2eStack, openPage, registerThroughUi, screenshot, startE2eStack, stopE2eStack } from "./browser";

jest.setTimeout(120_000);

const availability = e2eAvailability();
const describeE2E = availability.run ? describe : describe.skip;

/** The contract: a revoked session's sockets go within a second; the client then finds its token refused. */
const BACK_TO_LOG_IN_MS = 5000;
const NEW_PASSWORD = "velvet quarry lantern obliquely";

async function logInThroughUi(page: Page, username: string, password: string): Promise<void> {
  await page.goto("/");
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Log in" }).click();
  await page.getByRole("button", { name: "Log out" }).waitFor();
}

/** Opens Settings and one of its account pages; answers the dialog. */
async function openSettingsPage(page: Page, name: "Sessions" | "Password") {
  await page.getByRole("button", { name: "Settings" }).click();
  const dialog = page.getByRole("dialog", { name: "Settings" });
  await dialog.getByRole("button", { name, exact: true }).click();
  return dialog;
}

/** Waits for the page to be on the log-in form with its session gone from storage. */
async function backAtLogIn(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Log in" }).waitFor({ timeout: BACK_TO_LOG_IN_MS });
  expect(await page.getByRole("button", { name: "Log out" }).count()).toBe(0);
  expect(await page.evaluate(() => localStorage.getItem("chat.session"))).toBeNull();
}

describeE2E("sessions and password in Settings", () => {
  let stack: E2eStack;

  beforeAll(async () => {
    stack = await startE2eStack("e2e-account-sessions");
  });
  afterAll(async () => {
    await stopE2eStack(stack);
  });

  it("signs another browser out from Sessions, and a password change signs it out too", async () => {
    const here = await openPage(stack.browser, stack.baseURL);
    await registerThroughUi(here.page, "sessions-owner");
    const there = await openPage(stack.browser, stack.baseURL);
    await logInThroughUi(there.page, "sessions-owner", E2E_PASSWORD);

    // Settings › Sessions: this browser and the other one; "Sign out" only on the other.
    const dialog = await openSettingsPage(here.page, "Sessions");
    const list = dialog.getByRole("list", { name: "Sessions" });
    await list.waitFor();
    const rows = list.getByRole("listitem");
    expect(await rows.count()).toBe(2);
    expect(await rows.first().textContent()).toContain("This device");
    // Two Chromiums on this machine: the same device, told apart by a number.
    expect(await rows.allTextContents()).toEqual([expect.stringContaining("Chrome on Linux (1)"), expect.stringContaining("Chrome on Linux (2)")]);
    const signOuts = list.getByRole("button", { name: /^Sign out Chrome on Linux/ });
    expect(await signOuts.count()).toBe(1);
    expect((await signOuts.first().textContent())?.trim()).toMatch(/^Sign out/);
    expect(await screenshot(here.page, "settings-sessions")).toBeGreaterThan(0);
    await signOuts.first().click();

    // The other browser is back at log-in within seconds; this one keeps working.
    await backAtLogIn(there.page);
    await dialog.getByText("No other sessions are signed in.").waitFor();
    expect(await rows.count()).toBe(1);

    // The other browser logs in again; the password page refuses a wrong current password and a weak new one.
    await logInThroughUi(there.page, "sessions-owner", E2E_PASSWORD);
    await dialog.getByRole("button", { name: "Back to settings" }).click();
    await dialog.getByRole("button", { name: "Password", exact: true }).click();
    const current = dialog.getByLabel("Current password", { exact: true });
    const fresh = dialog.getByLabel("New password", { exact: true });
    const confirm = dialog.getByLabel("Confirm new password");
    const change = async (currentPassword: string, newPassword: string) => {
      await current.fill(currentPassword);
      await fresh.fill(newPassword);
      await confirm.fill(newPassword);
      await dialog.getByRole("button", { name: "Change password" }).click();
    };
    await change("not my password", NEW_PASSWORD);
    await dialog.getByText("The current password is wrong.").waitFor();
    expect(await screenshot(here.page, "settings-password")).toBeGreaterThan(0);
    expect(await current.getAttribute("aria-invalid")).toBe("true");

    await change(E2E_PASSWORD, "password");
    await dialog.getByText(/The new password is too easy to guess/).waitFor();
    expect(await fresh.getAttribute("aria-invalid")).toBe("true");
    expect(await there.page.getByRole("button", { name: "Log out" }).count()).toBe(1);

    await change(E2E_PASSWORD, NEW_PASSWORD);
    await dialog.getByRole("status").filter({ hasText: "Password changed. Your other sessions were signed out." }).waitFor();
    expect(await current.inputValue()).toBe("");
    await backAtLogIn(there.page);

    // This browser still works; the old password no longer logs in, the new one does.
    await dialog.getByRole("button", { name: "Back to settings" }).click();
    await dialog.getByRole("button", { name: "Sessions", exact: true }).click();
    await dialog.getByText("No other sessions are signed in.").waitFor();
    await there.page.getByLabel("Username").fill("sessions-owner");
    await there.page.getByLabel("Password").fill(E2E_PASSWORD);
    await there.page.getByRole("button", { name: "Log in" }).click();
    await there.page.getByRole("alert").waitFor();
    expect(await there.page.getByRole("button", { name: "Log out" }).count()).toBe(0);
    await logInThroughUi(there.page, "sessions-owner", NEW_PASSWORD);

    expect(here.problems).toEqual([]);
    expect(there.problems).toEqual([]);
    await here.context.close();
    await there.context.close();
  });
});
