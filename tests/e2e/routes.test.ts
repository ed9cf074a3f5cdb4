/**
 * Issue 14's router in Chromium: unknown addresses show a not-found page inside the app's layout with
 * a way back to the chats; a link opened while logged out is where logging in (or signing up) lands,
 * but logging out forgets the page; the log-in page loads none of the chat's code.
 */
import type { Page } from "playwright-core";
import { E2E_PASSWORD, e2eAvailability, type E2eStack, openPage, registerThroughUi, startE2eStack, stopE2eStack } from "./browser";

jest.setTimeout(120_000);

const availability = e2eAvailability();
const describeE2E = availability.run ? describe : describe.skip;

const pathOf = (page: Page) => new URL(page.url()).pathname;

describeE2E("routes", () => {
  let stack: E2eStack;

  beforeAll(async () => {
    stack = await startE2eStack("e2e-routes");
  });
  afterAll(async () => {
    await stopE2eStack(stack);
  });

  it("shows a not-found page for unknown addresses, themed, with a link to the chats", async () => {
    const { page, context, problems } = await openPage(stack.browser, stack.baseURL, { colorScheme: "dark" });
    for (const path of ["/nope", "/chat/abc", "/group/1/extra"]) {
      await page.goto(path);
      await page.getByRole("heading", { level: 1, name: "Page not found" }).waitFor();
      expect(pathOf(page)).toBe(path);
    }
    // The layout's dark theme is on (the body is not the browser's white).
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe("rgb(255, 255, 255)");
    await page.getByRole("link", { name: "Go to your chats" }).click();
    // Logged out, the chats send you to log in.
    await page.getByRole("button", { name: "Log in" }).waitFor();
    expect(pathOf(page)).toBe("/login");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("keeps the asked-for page through a switch to sign-up, and forgets it on log-out", async () => {
    const { page, context, problems } = await openPage(stack.browser, stack.baseURL);
    await page.goto("/group/77");
    await page.getByRole("button", { name: "Log in" }).waitFor();
    expect(pathOf(page)).toBe("/login");
    await page.getByRole("link", { name: "Create an account" }).click();
    await page.getByLabel("Email").fill("newcomer@example.com");
    await page.getByLabel("Username").fill("newcomer");
    await page.getByLabel("Password").fill(E2E_PASSWORD);
    await page.getByRole("button", { name: "Register" }).click();
    await page.getByText("Group not found").waitFor();
    expect(pathOf(page)).toBe("/group/77");

    // Back goes to the page before, forward returns.
    await page.goto("/");
    await page.goBack();
    await page.getByText("Group not found").waitFor();
    expect(pathOf(page)).toBe("/group/77");

    // Logged out from a conversation, the next log-in starts at the chat list, not there.
    await page.getByRole("button", { name: "Log out" }).click();
    await page.getByRole("button", { name: "Log in" }).waitFor();
    await page.getByLabel("Username").fill("newcomer");
    await page.getByLabel("Password").fill(E2E_PASSWORD);
    await page.getByRole("button", { name: "Log in" }).click();
    await page.getByRole("button", { name: "Log out" }).waitFor();
    expect(pathOf(page)).toBe("/");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("loads the log-in page without the chat's code, which comes once logged in", async () => {
    const { page, context, problems } = await openPage(stack.browser, stack.baseURL);
    const scripts: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
    });
    await page.goto("/login");
    await page.getByRole("button", { name: "Log in" }).waitFor();
    expect(scripts.some((path) => /\/AuthScreen-[\w-]+\.js$/.test(path))).toBe(true);
    expect(scripts.filter((path) => /\/ChatRoute-/.test(path))).toEqual([]);
    await registerThroughUi(page, "loader");
    expect(scripts.filter((path) => /\/ChatRoute-/.test(path))).toHaveLength(1);
    expect(problems).toEqual([]);
    await context.close();
  });
});
