/**
 * Reports and the instance admin in the browser app: Bob writes to Ann; Ann reports the message
 * from its menu with a reason and is thanked; the admin (ADMIN_USERNAMES) opens Settings › Admin and
 * sees the report (reason and text); deactivating Bob sends his browser back to log-in and his
 * log-in is refused in the server's words; once reactivated he logs in again. Ann, not an admin,
 * gets "Only admins…" at /admin.
 */
import type { Locator, Page } from "playwright-core";
import {
  e2eAvailability,
  E2E_PASSWORD,
  type E2eStack,
  openPage,
  registerThroughUi,
  restFromPage,
  screenshot,
  sendThroughUi,
  startE2eStack,
  stopE2eStack,
} from "./browser";

jest.setTimeout(120_000);

const availability = e2eAvailability();
const describeE2E = availability.run ? describe : describe.skip;

const ADMIN = "report-root";
const REASON = "Phishing: asks for my password";
const TEXT = "send me your password now";

interface Me {
  user: { id: number };
}

const bubble = (page: Page, text: string) => page.getByRole("log").locator("[data-row-key]").filter({ hasText: text });

async function menuOf(page: Page, row: Locator) {
  await row.hover();
  await row.getByRole("button", { name: "More actions" }).click();
  const menu = page.getByRole("menu", { name: "Message actions" });
  await menu.waitFor();
  return menu;
}

async function logIn(page: Page, username: string): Promise<void> {
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password").fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Log in" }).click();
}

describeE2E("reports and the admin page in Chromium", () => {
  let stack: E2eStack;

  beforeAll(async () => {
    stack = await startE2eStack("e2e-admin", { ADMIN_USERNAMES: ADMIN });
  });
  afterAll(async () => {
    await stopE2eStack(stack);
  });

  it("reports from the message menu, shows it to the admin, and deactivates and reactivates the sender", async () => {
    const ann = (await openPage(stack.browser, stack.baseURL)).page;
    await registerThroughUi(ann, "report-ann");
    const bob = (await openPage(stack.browser, stack.baseURL)).page;
    await registerThroughUi(bob, "report-bob");
    const annId = (await restFromPage<Me>(ann, "GET", "/api/me")).user.id;
    const bobId = (await restFromPage<Me>(bob, "GET", "/api/me")).user.id;

    await bob.goto(`/chat/${annId}`);
    await sendThroughUi(bob, TEXT);
    await ann.goto(`/chat/${bobId}`);
    await bubble(ann, TEXT).waitFor();

    // Ann reports it from the message's menu.
    const menu = await menuOf(ann, bubble(ann, TEXT));
    await menu.getByRole("menuitem", { name: "Report" }).click();
    const dialog = ann.getByRole("dialog", { name: "Report message" });
    await dialog.getByRole("textbox", { name: "Reason" }).fill(REASON);
    await dialog.getByRole("button", { name: "Report", exact: true }).click();
    await dialog.getByRole("status").filter({ hasText: "Reported. Thank you — an admin will look at it." }).waitFor();
    await screenshot(ann, "admin-reported");
    await dialog.getByRole("button", { name: "Close" }).click();
    await dialog.waitFor({ state: "detached" });

    // Bob's own message offers no Report.
    const ownMenu = await menuOf(bob, bubble(bob, TEXT));
    await ownMenu.getByRole("menuitem").first().waitFor();
    expect(await ownMenu.getByRole("menuitem", { name: "Report" }).count()).toBe(0);
    await bob.keyboard.press("Escape");

    // The admin opens Settings › Admin and sees the report.
    const admin = (await openPage(stack.browser, stack.baseURL)).page;
    await registerThroughUi(admin, ADMIN);
    await admin.getByRole("button", { name: "Settings" }).click();
    await admin.getByRole("dialog", { name: "Settings" }).getByRole("button", { name: "Admin", exact: true }).click();
    await admin.waitForURL(/\/admin$/);
    const reports = admin.getByRole("list", { name: "Reports" });
    const row = reports.getByRole("listitem").filter({ hasText: REASON });
    await row.waitFor();
    await expect(row.textContent()).resolves.toMatch(/Reported by report-ann.*send me your password now.*Sent by report-bob/);

    // Deactivating Bob sends his browser back to log-in, and his log-in is refused.
    await row.getByRole("button", { name: "Deactivate report-bob" }).click();
    const confirm = admin.getByRole("alertdialog", { name: "Deactivate report-bob?" });
    await confirm.getByRole("button", { name: "Deactivate", exact: true }).click();
    await row.getByText("Deactivated", { exact: true }).waitFor();
    await screenshot(admin, "admin-deactivated");
    await bob.getByRole("button", { name: "Log in" }).waitFor();
    expect(await bob.getByRole("button", { name: "Log out" }).count()).toBe(0);
    await logIn(bob, "report-bob");
    await bob.getByText("This account has been deactivated").waitFor();
    expect(await bob.getByRole("button", { name: "Log out" }).count()).toBe(0);

    // Reactivated, Bob logs in again.
    await row.getByRole("button", { name: "Reactivate report-bob" }).click();
    await admin.getByRole("alertdialog", { name: "Reactivate report-bob?" }).getByRole("button", { name: "Reactivate", exact: true }).click();
    await row.getByRole("button", { name: "Deactivate report-bob" }).waitFor();
    expect(await row.getByText("Deactivated", { exact: true }).count()).toBe(0);
    await logIn(bob, "report-bob");
    await bob.getByRole("button", { name: "Log out" }).waitFor();

    // Ann is no admin: no Admin entry in Settings, and /admin shows no reports.
    await ann.getByRole("button", { name: "Settings" }).click();
    const settings = ann.getByRole("dialog", { name: "Settings" });
    await settings.getByRole("button", { name: "Blocked people" }).waitFor();
    expect(await settings.getByRole("button", { name: "Admin", exact: true }).count()).toBe(0);
    await ann.goto("/admin");
    await ann.getByText("Only admins can see this page.").waitFor();
    expect(await ann.getByRole("list", { name: "Reports" }).count()).toBe(0);
    expect(await ann.getByText(REASON).count()).toBe(0);
  });
});
