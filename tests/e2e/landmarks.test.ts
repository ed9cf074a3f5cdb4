/**
 * Issue 13: every view of the app has one `main` landmark, everything inside a landmark and one `h1`
 * (visible or visually hidden), on a desktop and on a phone, where the chat list and the conversation
 * are separate views. axe-core's own rules judge it, in Chromium against the built app.
 */
import type { AxeResults } from "axe-core";
import type { BrowserContextOptions, Page } from "playwright-core";
import { e2eAvailability, type E2eStack, openPage, registerThroughUi, sendThroughUi, startE2eStack, stopE2eStack } from "./browser";

jest.setTimeout(120_000);

const availability = e2eAvailability();
const describeE2E = availability.run ? describe : describe.skip;

const RULES = ["region", "landmark-one-main", "page-has-heading-one", "landmark-no-duplicate-main", "landmark-unique"];
const SIZES = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;
/** The server's CSP forbids inline scripts, which is how axe is put on the page. */
const AXE_ALLOWED = { bypassCSP: true } as const;

/** axe's violations of RULES on the page as it is now, as "rule: selector" lines (empty when clean). */
async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  const results = await page.evaluate(
    (rules) =>
      (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe.run(document, {
        runOnly: { type: "rule", values: rules },
      }),
    RULES,
  );
  return results.violations.flatMap((rule) => rule.nodes.map((node) => `${rule.id}: ${node.target.join(" ")}`));
}

/** The h1s a reader can reach: shown, or visually hidden (still rendered), not display:none. */
const headingsOne = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll("h1")].filter((h) => h.checkVisibility()).map((h) => h.textContent));

describeE2E("landmarks and headings", () => {
  let stack: E2eStack;
  let partnerId = 0;
  let loggedIn: BrowserContextOptions["storageState"];

  beforeAll(async () => {
    stack = await startE2eStack("e2e-landmarks");
    const partner = await openPage(stack.browser, stack.baseURL);
    await registerThroughUi(partner.page, "partner");
    partnerId = await partner.page.evaluate(() => (JSON.parse(localStorage.getItem("chat.session")!) as { user: { id: number } }).user.id);
    await partner.context.close();
    const reader = await openPage(stack.browser, stack.baseURL);
    await registerThroughUi(reader.page, "reader");
    await reader.page.goto(`/chat/${partnerId}`);
    await sendThroughUi(reader.page, "hello");
    await reader.page.getByRole("log").getByText("hello", { exact: true }).waitFor();
    loggedIn = await reader.context.storageState();
    await reader.context.close();
  });
  afterAll(async () => {
    await stopE2eStack(stack);
  });

  describe.each(Object.entries(SIZES))("on a %s", (_size, viewport) => {
    it.each([
      ["/login", "Log in"],
      ["/register", "Create your account"],
      ["/nope", "Page not found"],
    ])("logged out, %s passes", async (path, heading) => {
      const { page, context, problems } = await openPage(stack.browser, stack.baseURL, { ...AXE_ALLOWED, viewport });
      await page.goto(path);
      await page.getByRole("heading", { level: 1, name: heading }).waitFor();
      expect(await violations(page)).toEqual([]);
      expect(await headingsOne(page)).toEqual([heading]);
      expect(problems).toEqual([]);
      await context.close();
    });

    it("logged in, the chat list, a conversation and a not-found address pass", async () => {
      const { page, context, problems } = await openPage(stack.browser, stack.baseURL, { ...AXE_ALLOWED, viewport, storageState: loggedIn });
      await page.goto("/");
      await page.getByRole("listbox", { name: "Chats" }).getByRole("option").first().waitFor();
      expect(await violations(page)).toEqual([]);
      expect(await headingsOne(page)).toEqual(["Chats"]);

      await page.getByRole("option").first().click();
      await page.getByRole("log").getByText("hello", { exact: true }).waitFor();
      expect(await violations(page)).toEqual([]);
      // On a phone the list and its "Chats" title are gone: the conversation has an h1 of its own.
      expect(await headingsOne(page)).toEqual([viewport === SIZES.phone ? "partner" : "Chats"]);

      await page.goto("/chat/abc");
      await page.getByRole("heading", { level: 1, name: "Page not found" }).waitFor();
      expect(await violations(page)).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });
  });
});
