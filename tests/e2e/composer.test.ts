/**
 * The composer in the built app, typed into as fast as a keyboard repeats: after a multi-line
 * message and a reply from the other side (the state that once sent the composer's change handler
 * into "Maximum update depth exceeded" and lost a character), every character lands, in the
 * textarea and in the persisted draft, and the page reports no error.
 */
import type { Page } from "playwright-core";
import { e2eAvailability, type E2eStack, openPage, registerThroughUi, startE2eStack, stopE2eStack } from "./browser";

jest.setTimeout(180_000);

const availability = e2eAvailability();
const describeE2E = availability.run ? describe : describe.skip;

/** Sends from this page's session over REST, as another device of the same person would. */
async function sendOverRest(page: Page, receiverId: number, text: string): Promise<void> {
  await page.evaluate(
    async ({ receiverId, text }) => {
      const { token } = JSON.parse(localStorage.getItem("chat.session")!) as { token: string };
      const response = await fetch("/api/messages/send", {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify({ receiver_id: receiverId, message_content: text, client_id: crypto.randomUUID() }),
      });
      if (!response.ok) throw new Error(`send: ${response.status}`);
    },
    { receiverId, text },
  );
}

const userId = (page: Page) => page.evaluate(() => (JSON.parse(localStorage.getItem("chat.session")!) as { user: { id: number } }).user.id);

describeE2E("the composer, typed into fast", () => {
  let stack: E2eStack;

  beforeAll(async () => {
    stack = await startE2eStack("e2e-composer");
  });
  afterAll(async () => {
    await stopE2eStack(stack);
  });

  it("keeps every character of fast typing in a new conversation, with no error", async () => {
    const first = await openPage(stack.browser, stack.baseURL);
    const other = await openPage(stack.browser, stack.baseURL);
    await registerThroughUi(first.page, "typist");
    const page = first.page;
    const typistId = await userId(page);
    // Three partners, each a new conversation: the failure was intermittent, so it gets several chances.
    for (const partner of ["quick", "brown", "fox"]) {
      await registerThroughUi(other.page, partner);
      const partnerId = await userId(other.page);
      await page.getByLabel("Search people").fill(partner);
      await page.getByRole("list", { name: "People" }).getByRole("button", { name: partner, exact: true }).click();
      const log = page.getByRole("log", { name: partner });
      await log.waitFor();
      const composer = page.getByLabel("Message", { exact: true });
      await composer.click();
      await page.keyboard.type("first line");
      await page.keyboard.press("Shift+Enter");
      await page.keyboard.type("second line");
      await page.keyboard.press("Enter");
      await log.getByText("second line").waitFor();
      await sendOverRest(other.page, typistId, `hi from ${partner}`);
      await log.getByText(`hi from ${partner}`).waitFor();

      const text = `${partner}: ${"the quick brown fox jumps over the lazy dog ".repeat(8)}`.trim();
      await composer.click();
      await page.keyboard.type(text);
      expect(await composer.inputValue()).toBe(text);
      const draft = await page.evaluate((id) => localStorage.getItem(`chat.drafts.${id}`), typistId);
      expect(JSON.parse(draft ?? "{}")).toMatchObject({ [String(partnerId)]: text });
      await page.getByRole("button", { name: "Log out" }).waitFor();
      await other.page.getByRole("button", { name: "Log out" }).click();
    }
    expect(first.problems).toEqual([]);
    expect(other.problems).toEqual([]);
    await first.context.close();
    await other.context.close();
  });
});
