/**
 * Replies and reactions end to end (issue 16): two people in Chromium against the built app. Alice
 * writes Bob 120 messages; Bob answers a recent one from its actions menu ("More actions" → "Reply") and Alice sees the quote
 * live; a reply to the very first message (seeded over REST) jumps, when its quote is clicked, to
 * the original far up the history (loaded with `around`) and marks it; Alice reacts 👍 to Bob's
 * reply and takes it back, and Bob sees both live, the toggle named "👍 1".
 */
import type { Locator, Page } from "playwright-core";
import { e2eAvailability, type E2eStack, openPage, registerThroughUi as register, startE2eStack, stopE2eStack } from "./browser";

jest.setTimeout(120_000);

const availability = e2eAvailability();
const describeE2E = availability.run ? describe : describe.skip;

const alice = "alice";
const bob = "bob";
const text = (i: number) => `message ${String(i).padStart(3, "0")}`;

describeE2E("replies and reactions in Chromium", () => {
  let stack: E2eStack;
  let alicePage: Page;
  let bobPage: Page;
  const problems: string[][] = [];

  beforeAll(async () => {
    stack = await startE2eStack("e2e-replies", { REQUESTS_PER_USER_PER_SECOND: "1000" });
  });
  afterAll(async () => {
    await stopE2eStack(stack);
  });
  afterEach(() => expect(problems.flat()).toEqual([]));

  async function newPage() {
    const opened = await openPage(stack.browser, stack.baseURL);
    problems.push(opened.problems);
    return opened.page;
  }

  const log = (page: Page, partner: string) => page.getByRole("log", { name: partner });
  const row = (page: Page, partner: string, content: string) =>
    log(page, partner)
      .locator("[data-row-key]")
      .filter({ has: page.getByText(content, { exact: true }) });
  const userId = (page: Page) => page.evaluate(() => (JSON.parse(localStorage.getItem("chat.session")!) as { user: { id: number } }).user.id);

  /** Sends over REST from this page's session; answers the stored message's id. */
  const sendRest = (page: Page, body: Record<string, unknown>) =>
    page.evaluate(async (payload) => {
      const { token } = JSON.parse(localStorage.getItem("chat.session")!) as { token: string };
      const response = await fetch("/api/messages/send", {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify({ ...payload, client_id: crypto.randomUUID() }),
      });
      if (!response.ok) throw new Error(`send: ${response.status}`);
      return ((await response.json()) as { message: { id: number } }).message.id;
    }, body);

  /** The kit's actions menu: "More actions" beside the bubble, then "Reply". */
  async function replyThroughMenu(page: Page, target: Locator) {
    await target.hover();
    await target.getByRole("button", { name: "More actions" }).click();
    await page.getByRole("menu", { name: "Message actions" }).getByRole("menuitem", { name: "Reply" }).click();
  }

  async function openChat(page: Page, partner: string) {
    await page
      .getByRole("option")
      .filter({ has: page.getByText(partner, { exact: true }) })
      .click();
    await log(page, partner).waitFor();
  }

  it("answers a recent message from its actions menu, and the other side sees the quote live", async () => {
    alicePage = await newPage();
    bobPage = await newPage();
    await register(alicePage, alice);
    await register(bobPage, bob);
    const bobId = await userId(bobPage);
    let firstId = 0;
    for (let i = 1; i <= 120; i += 1) {
      const id = await sendRest(alicePage, { receiver_id: bobId, message_content: text(i) });
      if (i === 1) firstId = id;
    }
    // Bob answers the very first message (over REST), then both load fresh: history comes in pages.
    const bobsReply = await sendRest(bobPage, { receiver_id: await userId(alicePage), message_content: "about the first one", reply_to_id: firstId });
    // Bob has read them: with unread messages the conversation would open at the first of them
    // (issue 16, tests/e2e/previews-unread-formatting.test.ts); this test starts from the newest page.
    await bobPage.evaluate(
      async ([partner, upTo]) => {
        const { token } = JSON.parse(localStorage.getItem("chat.session")!) as { token: string };
        const response = await fetch("/api/messages/read", {
          method: "POST",
          headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
          body: JSON.stringify({ partner_id: partner, up_to_id: upTo }),
        });
        if (!response.ok) throw new Error(`read: ${response.status}`);
      },
      [await userId(alicePage), bobsReply] as const,
    );
    await Promise.all([alicePage.reload(), bobPage.reload()]);
    await openChat(alicePage, bob);
    await openChat(bobPage, alice);

    await replyThroughMenu(bobPage, row(bobPage, alice, text(120)));
    const composer = bobPage.getByRole("group", { name: `Replying to ${alice}` });
    await composer.getByText(text(120)).waitFor();
    // Escape cancels; the action again brings it back.
    await bobPage.getByLabel("Message", { exact: true }).press("Escape");
    await composer.waitFor({ state: "detached" });
    await replyThroughMenu(bobPage, row(bobPage, alice, text(120)));
    await bobPage.getByLabel("Message", { exact: true }).fill("agreed with 120");
    await bobPage.getByRole("button", { name: "Send", exact: true }).click();
    await composer.waitFor({ state: "detached" });

    const reply = row(alicePage, bob, "agreed with 120");
    await reply.getByRole("button", { name: `Go to message from ${alice}` }).waitFor();
    await reply.getByText(text(120)).waitFor();
  });

  it("jumps from a quote to the original far up the history, loading it around, and marks it", async () => {
    const page = bobPage;
    // Only the quote says it: the original is far above the newest page.
    expect(await log(page, alice).getByText(text(1), { exact: true }).count()).toBe(1);
    const arounds: string[] = [];
    page.on("request", (request) => {
      if (request.url().includes("around=")) arounds.push(request.url());
    });
    const quoting = row(page, alice, "about the first one");
    await quoting.getByRole("button", { name: `Go to message from ${alice}` }).click();
    const original = log(page, alice).locator('[data-row-key][aria-current="true"]');
    await original.getByText(text(1), { exact: true }).waitFor();
    expect(arounds).toHaveLength(1);
    // The mark goes by itself.
    await original.waitFor({ state: "detached" });
    // The window now holds the original's page (the quote is past its end until scrolling down).
    await row(page, alice, text(2)).waitFor();
    expect(await quoting.count()).toBe(0);
  });

  it("shows a reaction live on the other side, named for who reads it, and its removal", async () => {
    const mine = row(alicePage, bob, "agreed with 120");
    await mine.getByRole("button", { name: "Add reaction" }).click();
    await alicePage.getByRole("menuitem", { name: "👍" }).click();
    await mine.getByRole("button", { name: "👍 1, you reacted" }).waitFor();

    // Bob jumped far up: scrolling down loads the newer pages until his reply is there again.
    const theirs = row(bobPage, alice, "agreed with 120");
    for (let i = 0; i < 40 && (await theirs.count()) === 0; i += 1) {
      await log(bobPage, alice).evaluate((element) => (element.scrollTop = element.scrollHeight));
      await bobPage.waitForTimeout(150);
    }
    await theirs.getByRole("button", { name: "👍 1", exact: true }).waitFor();

    await mine.getByRole("button", { name: "👍 1, you reacted" }).click();
    await mine.getByRole("button", { name: /^👍/ }).waitFor({ state: "detached" });
    await theirs.getByRole("button", { name: /^👍/ }).waitFor({ state: "detached" });
  });
});
