/**
 * Password reset in the browser app, through a real mail: someone registers, logs out, follows
 * "Forgot password?", reads the captured mail, opens its link, is refused a weak password (the
 * server's reason shown) and sets a good one, then logs in with it while the old one is refused.
 * The sign-up's verification link is opened too. A stack without SMTP_URL offers no "Forgot password?".
 */
import type { Page } from "playwright-core";
import { type CapturedMail, SmtpCapture } from "../helpers/smtp-capture";
import { E2E_PASSWORD, e2eAvailability, type E2eStack, openPage, registerThroughUi, startE2eStack, stopE2eStack } from "./browser";

jest.setTimeout(120_000);

const availability = e2eAvailability();
const describeE2E = availability.run ? describe : describe.skip;

const NEW_PASSWORD = "plum lantern orbit cactus";

/**
 * The mail's link on this stack. PUBLIC_URL must be set before the server starts, and its port is
 * known only after (PORT=0), so the mails point at a placeholder origin: the link's path and query
 * are what the server made, opened on the stack's own base URL.
 */
function onStack(stack: E2eStack, mail: CapturedMail): string {
  const link = new URL(mail.link ?? "");
  return `${stack.baseURL}${link.pathname}${link.search}`;
}

async function logIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Log in" }).click();
}

async function setPassword(page: Page, password: string): Promise<void> {
  await page.getByLabel("New password", { exact: true }).fill(password);
  await page.getByLabel("Confirm new password").fill(password);
  await page.getByRole("button", { name: "Set new password" }).click();
}

describeE2E("password reset in Chromium", () => {
  let smtp: SmtpCapture;
  let stack: E2eStack;

  beforeAll(async () => {
    smtp = await SmtpCapture.start();
    stack = await startE2eStack("e2e-reset", {
      SMTP_URL: smtp.url,
      MAIL_FROM: "Chat <no-reply@chat.example.test>",
      PUBLIC_URL: "https://chat.example.test",
    });
  });
  afterAll(async () => {
    await stopE2eStack(stack);
    await smtp?.close();
  });

  it("verifies the address, then resets a forgotten password through the mailed link", async () => {
    const { page } = await openPage(stack.browser, stack.baseURL);
    const username = "forgetful-fay";
    const email = `${username}@example.com`;
    await registerThroughUi(page, username);

    const verification = await smtp.next(email);
    expect(new URL(verification.link ?? "").pathname).toBe("/verify-email");
    await page.goto(onStack(stack, verification));
    await page.getByText("Email verified").waitFor();

    await page.goto("/");
    await page.getByRole("button", { name: "Log out" }).click();
    await page.getByRole("button", { name: "Log in" }).waitFor();
    await page.getByRole("link", { name: "Forgot password?" }).click();
    await page.getByLabel("Email").fill(email);
    await page.getByRole("button", { name: "Send reset link" }).click();
    await page.getByRole("status").getByText("If an account uses that address, we sent a link to reset the password.").waitFor();

    const reset = await smtp.next(email);
    expect(reset.subject).toBe("Reset your password");
    await page.goto(onStack(stack, reset));
    await page.getByRole("heading", { name: "Set a new password" }).waitFor();

    await setPassword(page, "password");
    const field = page.getByLabel("New password", { exact: true });
    await page.getByText(/^The new password is too easy to guess/).waitFor();
    expect(await field.getAttribute("aria-invalid")).toBe("true");

    await setPassword(page, NEW_PASSWORD);
    await page.getByRole("status").getByText("Password changed — log in with the new one").waitFor();
    expect(new URL(page.url()).pathname).toBe("/login");

    await logIn(page, username, E2E_PASSWORD);
    await page.getByRole("alert").getByText("Invalid username or password").waitFor();
    await logIn(page, username, NEW_PASSWORD);
    await page.getByRole("button", { name: "Log out" }).waitFor();
  });

  it("says a used link is spent, with a way to ask for a new one", async () => {
    const { page } = await openPage(stack.browser, stack.baseURL);
    const username = "twice-tim";
    const email = `${username}@example.com`;
    await registerThroughUi(page, username);
    await smtp.next(email);
    await page.getByRole("button", { name: "Log out" }).click();
    await page.getByRole("link", { name: "Forgot password?" }).click();
    await page.getByLabel("Email").fill(email);
    await page.getByRole("button", { name: "Send reset link" }).click();
    const link = onStack(stack, await smtp.next(email));

    await page.goto(link);
    await setPassword(page, NEW_PASSWORD);
    await page.getByRole("button", { name: "Log in" }).waitFor();
    await page.goto(link);
    await setPassword(page, "another quiet harbour melody");
    await page.getByRole("alert").getByText("This reset link was already used; ask for a new one").waitFor();
    await page.getByRole("link", { name: "Ask for a new link" }).click();
    await page.getByRole("button", { name: "Send reset link" }).waitFor();
  });
});

describeE2E("no password reset without SMTP_URL", () => {
  let stack: E2eStack;

  beforeAll(async () => {
    stack = await startE2eStack("e2e-no-smtp");
  });
  afterAll(async () => {
    await stopE2eStack(stack);
  });

  it('offers no "Forgot password?" on the log-in page', async () => {
    const { page } = await openPage(stack.browser, stack.baseURL);
    const config = page.waitForResponse((response) => new URL(response.url()).pathname === "/api/config");
    await page.goto("/login");
    await page.getByRole("button", { name: "Log in" }).waitFor();
    expect(await (await config).json()).toEqual({ password_reset: false, email_verification: false, username_hold_days: 30 });
    // The answer has been rendered once the page is idle again.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    expect(await page.getByText("Forgot password?").count()).toBe(0);
  });
});
