/**
 * The browser app end to end (issue 4): Debian's Chromium driven by playwright-core against the real
 * compiled server (child process, ephemeral port, temp SQLite file) serving the built app/dist.
 * Two people register through the UI, find each other, chat both ways live; markup in a message
 * stays text; a reload keeps the session and the history; a third person sees none of it; a
 * phone-sized screen shows one pane with a back button; the dark theme follows the system; a
 * server restart shows the banner, keeps the draft and delivers the queued message. Issue 6: read
 * receipts and unread counts, edit/delete live on the other side, the typing indicator, presence.
 */
import type { Page } from "playwright-core";
import { ServerProcess } from "../helpers/server-process";
import {
  E2E_PASSWORD as PASSWORD,
  e2eAvailability,
  type E2eStack,
  openPage,
  registerThroughUi as register,
  screenshot,
  SCREENSHOTS,
  sendThroughUi as send,
  startE2eStack,
  stopE2eStack,
} from "./browser";

jest.setTimeout(120_000);

const availability = e2eAvailability();
const describeE2E = availability.run ? describe : describe.skip;

const XSS = "<img src=x onerror=alert(1)>";
// Every run starts from an empty database, so the names can be fixed (and the screenshots stable).
const alice = "alice";
const bob = "bob";
const carol = "carol";

describeE2E("the chat app in Chromium", () => {
  let stack: E2eStack;
  const problems: string[][] = [];
  const timings: Record<string, number> = {};

  beforeAll(async () => {
    // The history test below seeds 130 messages over REST as fast as it can.
    stack = await startE2eStack("e2e-data", { REQUESTS_PER_USER_PER_SECOND: "1000" });
  });

  afterAll(async () => {
    await stopE2eStack(stack);
    if (Object.keys(timings).length) console.log("e2e timings (ms):", JSON.stringify(timings));
  });

  async function newPage(options: Parameters<typeof openPage>[2] = {}) {
    const opened = await openPage(stack.browser, stack.baseURL, options);
    problems.push(opened.problems);
    return opened;
  }

  async function logIn(page: Page, username: string) {
    await page.goto("/");
    await page.getByLabel("Username").fill(username);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Log in" }).click();
    await page.getByRole("button", { name: "Log out" }).waitFor();
  }

  async function openChatBySearch(page: Page, partner: string) {
    await page.getByLabel("Search people").fill(partner.slice(0, 2));
    await page.getByRole("list", { name: "People" }).getByRole("button", { name: partner, exact: true }).click();
    await page.getByRole("log", { name: partner }).waitFor();
  }

  const log = (page: Page, partner: string) => page.getByRole("log", { name: partner });
  /** The partner's row in the chat list (an option whose name line is exactly the partner's name). */
  const chatRow = (page: Page, partner: string) => page.getByRole("option").filter({ has: page.getByText(partner, { exact: true }) });

  let alicePage: Page;
  let bobPage: Page;

  it("registers two people in two contexts, who find each other and chat both ways live", async () => {
    const a = await newPage();
    const b = await newPage();
    alicePage = a.page;
    bobPage = b.page;

    await register(alicePage, alice);
    await screenshotLogin();
    await register(bobPage, bob);
    await bobPage.getByText("No conversations yet").waitFor();

    await openChatBySearch(alicePage, bob);
    await send(alicePage, "Hello Bob!");
    await log(alicePage, bob).getByText("Hello Bob!").waitFor();
    await log(alicePage, bob).getByRole("img", { name: "Sent" }).first().waitFor();

    // Bob: the new conversation appears in his list live, with the preview; no reload.
    const row = chatRow(bobPage, alice);
    await row.waitFor();
    expect(await row.textContent()).toContain("Hello Bob!");
    await row.click();
    await log(bobPage, alice).getByText("Hello Bob!").waitFor();

    await send(bobPage, "Hi Alice, how are you?");
    await log(alicePage, bob).getByText("Hi Alice, how are you?").waitFor();
    await send(alicePage, "Great, thanks.");
    await log(bobPage, alice).getByText("Great, thanks.").waitFor();
    // The composer is empty again after sending.
    expect(await alicePage.getByLabel("Message", { exact: true }).inputValue()).toBe("");
  });

  async function screenshotLogin() {
    const { page, context } = await newPage();
    await page.goto("/login");
    await page.getByRole("button", { name: "Log in" }).waitFor();
    expect(await screenshot(page, "login")).toBeLessThan(300_000);
    await context.close();
  }

  it("shows markup in a message as literal text: no img element, no dialog", async () => {
    await send(alicePage, XSS);
    for (const [page, partner] of [
      [alicePage, bob],
      [bobPage, alice],
    ] as const) {
      await log(page, partner).getByText(XSS, { exact: true }).waitFor();
      expect(await page.locator("img[src='x']").count()).toBe(0);
      expect(await log(page, partner).locator("img").count()).toBe(0);
    }
    // The list preview shows it as text too.
    expect(await chatRow(bobPage, alice).textContent()).toContain(XSS);
    await bobPage.waitForTimeout(300);
    expect(problems.flat().filter((p) => p.startsWith("dialog"))).toEqual([]);
  });

  it("keeps several tabs of one person in step", async () => {
    const second = await alicePage.context().newPage();
    await second.goto(`/`);
    await chatRow(second, bob).click();
    await log(second, bob).getByText("Great, thanks.").waitFor();
    await send(bobPage, "Both tabs see this");
    await log(second, bob).getByText("Both tabs see this").waitFor();
    await log(alicePage, bob).getByText("Both tabs see this").waitFor();
    await send(second, "Sent from the second tab");
    await log(alicePage, bob).getByText("Sent from the second tab").waitFor();
    await second.close();
  });

  /** One of the reader's own bubbles, by its text. */
  const ownBubble = (page: Page, partner: string, text: string) => log(page, partner).locator('[data-own="true"]').filter({ hasText: text });

  it("shows delivered, then read once the receiver opens the chat; unread count and tab title in between", async () => {
    await bobPage.goto("/");
    const row = chatRow(bobPage, alice);
    await row.waitFor();
    await send(alicePage, "Did you read this?");
    const bubble = ownBubble(alicePage, bob, "Did you read this?");
    // Bob's app has it (live, in the list): delivered, not read.
    await bubble.getByRole("img", { name: "Delivered" }).waitFor();
    await row.getByRole("img", { name: "1 unread message" }).waitFor();
    expect(await row.getAttribute("data-unread")).toBe("true");
    await bobPage.waitForFunction(() => document.title === "(1) Chat");
    await alicePage.waitForTimeout(300);
    expect(await bubble.getByRole("img", { name: "Read" }).count()).toBe(0);

    await row.click();
    await log(bobPage, alice).getByText("Did you read this?").waitFor();
    await bubble.getByRole("img", { name: "Read" }).waitFor();
    await bobPage.waitForFunction(() => document.title === "Chat");
    expect(await row.getAttribute("data-unread")).toBe("false");
    // Earlier messages are read too, and the server agrees after a reload.
    await ownBubble(alicePage, bob, "Hello Bob!").getByRole("img", { name: "Read" }).waitFor();
    await alicePage.reload();
    await ownBubble(alicePage, bob, "Did you read this?").getByRole("img", { name: "Read" }).waitFor();
  });

  it("edits and deletes a message; the other side sees both live", async () => {
    await send(alicePage, "See you at 10");
    await log(bobPage, alice).getByText("See you at 10").waitFor();
    const bubble = ownBubble(alicePage, bob, "See you at 10");
    // Edit and Delete are in the message's "More actions" menu, not buttons of their own.
    await bubble.hover();
    expect(await bubble.getByRole("button", { name: /Edit message|Delete message/ }).count()).toBe(0);
    await bubble.getByRole("button", { name: "More actions" }).click();
    await alicePage.getByRole("menu", { name: "Message actions" }).getByRole("menuitem", { name: "Edit message" }).click();
    const editor = log(alicePage, bob).getByRole("textbox", { name: "Edit message" });
    expect(await editor.inputValue()).toBe("See you at 10");
    await editor.fill("See you at 11");
    await editor.press("Enter");
    const bobLog = log(bobPage, alice);
    await bobLog.getByText("See you at 11").waitFor();
    expect(await bobLog.getByText("See you at 10").count()).toBe(0);
    const bobBubble = bobLog.locator('[data-edited="true"]').filter({ hasText: "See you at 11" });
    await bobBubble.getByText("edited", { exact: true }).waitFor();
    await ownBubble(alicePage, bob, "See you at 11").getByText("edited", { exact: true }).waitFor();
    await log(alicePage, bob).screenshot({ path: `${SCREENSHOTS}/edited-message.png` });

    const edited = ownBubble(alicePage, bob, "See you at 11");
    await edited.hover();
    await edited.getByRole("button", { name: "More actions" }).click();
    await alicePage.getByRole("menu", { name: "Message actions" }).getByRole("menuitem", { name: "Delete message" }).click();
    await edited.getByText("Delete this message?").waitFor();
    await edited.getByRole("button", { name: "Delete", exact: true }).click();
    await bobLog.getByText("This message was deleted").waitFor();
    await log(alicePage, bob).getByText("This message was deleted").waitFor();
    expect(await bobLog.getByText("See you at 11").count()).toBe(0);
    // The list's preview follows the last message.
    expect(await chatRow(bobPage, alice).textContent()).toContain("Message deleted");
    // A deleted message offers no actions, and someone else's never offers Edit or Delete.
    const actions = { name: /Edit message|Delete message/ };
    const deleted = log(alicePage, bob).locator('[data-deleted="true"]');
    expect(await deleted.getByRole("button", actions).count()).toBe(0);
    expect(await deleted.getByRole("button", { name: "More actions" }).count()).toBe(0);
    expect(await bobLog.getByRole("button", actions).count()).toBe(0);
    const bobMenu = bobPage.getByRole("menu", { name: "Message actions" });
    const theirs = bobLog.locator('[data-own="false"]:not([data-deleted])').last();
    await theirs.hover();
    await theirs.getByRole("button", { name: "More actions" }).click();
    await bobMenu.getByRole("menuitem", { name: "Reply" }).waitFor();
    expect(await bobMenu.getByRole("menuitem", actions).count()).toBe(0);
    await bobPage.keyboard.press("Escape");
    await bobMenu.waitFor({ state: "detached" });
    const mine = bobLog.locator('[data-own="true"]:not([data-deleted])').last();
    await mine.hover();
    await mine.getByRole("button", { name: "More actions" }).click();
    expect(await bobMenu.getByRole("menuitem", actions).count()).toBe(2);
    await bobPage.keyboard.press("Escape");
  });

  it("shows the typing indicator while the other person types, and hides it when they stop", async () => {
    const composer = alicePage.getByLabel("Message", { exact: true });
    await composer.click();
    await composer.pressSequentially("I am typ", { delay: 40 });
    const indicator = bobPage.getByText(`${alice} is typing…`);
    await indicator.waitFor();
    // Alice's row in Bob's list says so too.
    await chatRow(bobPage, alice).getByText("typing…").waitFor();
    await composer.fill("");
    await indicator.waitFor({ state: "detached" });
    // Typing, then sending, ends it as well.
    await composer.pressSequentially("done", { delay: 40 });
    await indicator.waitFor();
    await alicePage.getByRole("button", { name: "Send", exact: true }).click();
    await indicator.waitFor({ state: "detached" });
    await log(bobPage, alice).getByText("done", { exact: true }).waitFor();
  });

  it("shows presence: online in the list and the header, offline with last seen when the last tab closes", async () => {
    const header = (page: Page) => page.getByRole("region", { name: "Conversation", exact: true });
    await header(bobPage).getByText("Online", { exact: true }).waitFor();
    expect(await chatRow(bobPage, alice).getAttribute("data-presence")).toBe("online");

    const { page, context } = await newPage();
    await register(page, "erin");
    await openChatBySearch(page, bob);
    await send(page, "Hi Bob, Erin here");
    const erinRow = chatRow(bobPage, "erin");
    await erinRow.waitFor();
    await bobPage.waitForFunction(() => document.querySelector('[role="option"][data-presence="online"]:not([aria-selected="true"])') !== null);
    expect(await erinRow.getAttribute("data-presence")).toBe("online");
    await context.close();
    await bobPage.waitForFunction(() =>
      [...document.querySelectorAll('[role="option"]')].some((o) => o.textContent?.includes("erin") && o.getAttribute("data-presence") === "offline"),
    );
    await erinRow.click();
    await header(bobPage)
      .getByText(/Last seen/)
      .waitFor();
    await chatRow(bobPage, alice).click();
    await header(bobPage).getByText("Online", { exact: true }).waitFor();
  });

  it("takes the desktop screenshot: chat list and conversation", async () => {
    await alicePage.getByLabel("Message", { exact: true }).fill("");
    await alicePage.mouse.move(0, 0);
    expect(await screenshot(alicePage, "chat-desktop")).toBeLessThan(300_000);
  });

  it("keeps the session and the history across a reload, and the draft too", async () => {
    await alicePage.getByLabel("Message", { exact: true }).fill("an unsent draft");
    await alicePage.reload();
    await alicePage.getByRole("button", { name: "Log out" }).waitFor();
    expect(new URL(alicePage.url()).pathname).toMatch(/^\/chat\/\d+$/);
    for (const text of ["Hello Bob!", "Hi Alice, how are you?", XSS]) await log(alicePage, bob).getByText(text, { exact: true }).waitFor();
    expect(await alicePage.getByLabel("Message", { exact: true }).inputValue()).toBe("an unsent draft");
    // Switching chats keeps it as well.
    await alicePage.goto("/");
    await chatRow(alicePage, bob).click();
    expect(await alicePage.getByLabel("Message", { exact: true }).inputValue()).toBe("an unsent draft");
    await alicePage.getByLabel("Message", { exact: true }).fill("");
  });

  it("shows a third person none of it", async () => {
    const { page, context } = await newPage();
    await register(page, carol);
    await page.getByText("No conversations yet").waitFor();
    const aliceId = await alicePage.evaluate(() => JSON.parse(localStorage.getItem("chat.session")!).user.id as number);
    // Even opening a conversation with Alice by address shows only Carol's own (empty) one.
    await page.goto(`/chat/${aliceId}`);
    await page.getByText("No messages yet").waitFor();
    const body = (await page.textContent("body")) ?? "";
    for (const text of ["Hello Bob!", "Great, thanks.", bob]) expect(body).not.toContain(text);
    const seen = await page.evaluate(async () => {
      const { token } = JSON.parse(localStorage.getItem("chat.session")!);
      const response = await fetch("/api/conversations", { headers: { authorization: `Bearer ${token}` } });
      return response.json();
    });
    expect(seen).toEqual({ conversations: [] });
    await context.close();
  });

  it("works on a phone-sized screen: one pane at a time, with a back button", async () => {
    const { page, context } = await newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 });
    await logIn(page, bob);
    const option = chatRow(page, alice);
    await option.waitFor();
    expect(await page.getByText("Pick a conversation").isVisible()).toBe(false);
    expect(await screenshot(page, "phone-list")).toBeLessThan(300_000);
    await option.tap();
    await log(page, alice).getByText("Hello Bob!").waitFor();
    expect(await option.isVisible()).toBe(false);
    const back = page.getByRole("button", { name: "Back to chats" });
    expect(await back.isVisible()).toBe(true);
    const box = await back.boundingBox();
    // A touch screen (pointer: coarse): the kit's IconButton grows from 36 px to a 44 px target.
    expect(await page.evaluate(() => matchMedia("(pointer: coarse)").matches)).toBe(true);
    expect(Math.min(box!.width, box!.height)).toBeGreaterThanOrEqual(44);
    // One pane: no border beside the sidebar.
    await back.tap();
    await option.waitFor({ state: "visible" });
    const border = await page.locator('[data-pane="sidebar"]').evaluate((el) => getComputedStyle(el).borderRightStyle);
    expect(border).toBe("none");
    await option.tap();
    await log(page, alice).getByText("Hello Bob!").waitFor();
    await send(page, "From my phone");
    await log(alicePage, bob).getByText("From my phone").waitFor();
    expect(await screenshot(page, "phone-conversation")).toBeLessThan(300_000);
    await back.tap();
    await option.waitFor({ state: "visible" });
    expect(
      await log(page, alice)
        .isVisible()
        .catch(() => false),
    ).toBe(false);
    // The desktop layout has no back button.
    expect(await alicePage.getByRole("button", { name: "Back to chats" }).isVisible()).toBe(false);
    await context.close();
  });

  it("follows the system's dark theme", async () => {
    const { page, context } = await newPage({ colorScheme: "dark" });
    await logIn(page, alice);
    await chatRow(page, bob).click();
    await log(page, bob).getByText("Hello Bob!").waitFor();
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [r, g, b] = background.match(/\d+/g)!.map(Number);
    expect((r! + g! + b!) / 3).toBeLessThan(80);
    const light = await alicePage.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [lr, lg, lb] = light.match(/\d+/g)!.map(Number);
    expect((lr! + lg! + lb!) / 3).toBeGreaterThan(180);
    await page.mouse.move(0, 0);
    expect(await screenshot(page, "chat-dark")).toBeLessThan(300_000);
    await context.close();
  });

  it("loads older pages when the person scrolls up", async () => {
    const { page, context } = await newPage();
    await register(page, "dave");
    // Bob writes Dave 130 messages (the app's pages are 50).
    const daveId = await page.evaluate(() => JSON.parse(localStorage.getItem("chat.session")!).user.id as number);
    const [lastId, bobId] = await bobPage.evaluate(async (receiver) => {
      const { token, user } = JSON.parse(localStorage.getItem("chat.session")!);
      let last = 0;
      for (let i = 1; i <= 130; i += 1) {
        const response = await fetch("/api/messages/send", {
          method: "POST",
          headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
          body: JSON.stringify({ receiver_id: receiver, message_content: `history ${String(i).padStart(3, "0")}`, client_id: crypto.randomUUID() }),
        });
        if (!response.ok) throw new Error(`send ${i}: ${response.status}`);
        last = ((await response.json()) as { message: { id: number } }).message.id;
      }
      return [last, user.id as number];
    }, daveId);
    // Dave has read them (elsewhere): with unread messages the conversation would open at the first
    // of them (issue 16, tests/e2e/previews-unread-formatting.test.ts); this test is about paging up from the newest.
    await page.evaluate(
      async ([partner, upTo]) => {
        const { token } = JSON.parse(localStorage.getItem("chat.session")!);
        const response = await fetch("/api/messages/read", {
          method: "POST",
          headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
          body: JSON.stringify({ partner_id: partner, up_to_id: upTo }),
        });
        if (!response.ok) throw new Error(`read: ${response.status}`);
      },
      [bobId, lastId] as const,
    );
    // A fresh load: the live copies this tab just received are gone, so history comes in pages.
    await page.reload();
    let requests = 0;
    page.on("request", (request) => {
      if (request.url().includes("before=")) requests += 1;
    });
    await chatRow(page, bob).click();
    await log(page, bob).getByText("history 130").waitFor();
    expect(await page.getByText("history 001").count()).toBe(0);
    // Scrolled to the top again after each page lands (the list keeps the reading position, so it
    // moves off the top); up to 30 s, since a loaded CI machine takes a while per page.
    for (let i = 0; i < 200 && (await page.getByText("history 001").count()) === 0; i += 1) {
      await log(page, bob).evaluate((element) => (element.scrollTop = 0));
      await page.waitForTimeout(150);
    }
    await page.getByText("history 001").waitFor();
    expect(requests).toBe(2); // 130 messages: the newest 50, then 50 and 30 older
    await context.close();
  });

  it("searches messages and opens the conversation at the hit, loading older pages to reach it", async () => {
    // Bob wrote Dave 130 messages in the test above; "history 007" is far older than the newest page.
    const bobWasAt = bobPage.url();
    await bobPage.getByLabel("Search messages").fill("history 007");
    const results = bobPage.getByRole("list", { name: "Messages found" });
    const hit = results.getByRole("button").filter({ hasText: "history 007" });
    await hit.waitFor();
    expect(await results.getByRole("button").count()).toBe(1);
    expect(await hit.textContent()).toContain("dave");
    expect(await hit.locator("mark").allTextContents()).toEqual(["history", "007"]);
    await hit.click();

    const conversation = log(bobPage, "dave");
    const marked = conversation.locator('[data-highlighted="true"]');
    await marked.filter({ hasText: "history 007" }).waitFor();
    expect(await conversation.locator('[data-highlighted="true"]').count()).toBe(1);
    expect(bobPage.url()).toMatch(/\/chat\/\d+$/);
    // The hit is on screen, inside the conversation's viewport.
    await bobPage.waitForTimeout(300);
    const box = (await marked.boundingBox())!;
    const view = (await conversation.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(view.y);
    expect(box.y + box.height).toBeLessThanOrEqual(view.y + view.height);
    // The search field was cleared; a word nobody wrote finds nothing.
    expect(await bobPage.getByLabel("Search messages").inputValue()).toBe("");
    await bobPage.getByLabel("Search messages").fill("zebra");
    await bobPage.getByRole("status").filter({ hasText: "No messages with" }).waitFor();
    await bobPage.getByLabel("Search messages").fill("");

    // Alice never sees Bob's conversation with Dave.
    await alicePage.getByLabel("Search messages").fill("history");
    await alicePage.getByRole("status").filter({ hasText: "No messages with “history”" }).waitFor();
    await alicePage.getByLabel("Search messages").fill("");
    await bobPage.goto(bobWasAt);
    await log(bobPage, alice).waitFor();
  });

  it("renders the first screen quickly on a cold load", async () => {
    const { page, context } = await newPage();
    await page.goto("/login");
    await page.getByRole("button", { name: "Log in" }).waitFor();
    const measured = await page.evaluate(() => {
      const mark = performance.getEntriesByName("app-first-render")[0];
      const fcp = performance.getEntriesByName("first-contentful-paint")[0];
      const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
      return { appFirstRender: mark?.startTime ?? -1, firstContentfulPaint: fcp?.startTime ?? -1, domContentLoaded: nav.domContentLoadedEventEnd };
    });
    Object.assign(timings, measured);
    expect(measured.appFirstRender).toBeGreaterThan(0);
    expect(measured.appFirstRender).toBeLessThan(5000);
    await context.close();
  });

  it("survives a server restart: banner, draft kept, queued message delivered", async () => {
    await stack.server.kill("SIGKILL");
    const banner = alicePage.getByRole("status").filter({ hasText: "Reconnecting…" });
    await banner.waitFor();
    await send(alicePage, "Sent while the server was down");
    await log(alicePage, bob).getByRole("img", { name: "Sending" }).waitFor();
    await alicePage.getByLabel("Message", { exact: true }).fill("typed while offline");
    stack.server = await ServerProcess.start(stack.env);
    await banner.waitFor({ state: "detached", timeout: 30_000 });
    await log(alicePage, bob).getByText("Sent while the server was down").waitFor();
    await log(bobPage, alice).getByText("Sent while the server was down").waitFor({ timeout: 30_000 });
    await alicePage.getByRole("img", { name: "Sending" }).waitFor({ state: "detached", timeout: 30_000 });
    expect(await alicePage.getByLabel("Message", { exact: true }).inputValue()).toBe("typed while offline");
  });

  it("sends a person with a refused token back to log in with a message", async () => {
    const { page, context } = await newPage();
    await logIn(page, carol);
    await page.evaluate(() => {
      const session = JSON.parse(localStorage.getItem("chat.session")!);
      localStorage.setItem("chat.session", JSON.stringify({ ...session, token: `${session.token}x` }));
    });
    await page.reload();
    await page.getByRole("alert").filter({ hasText: "Your session expired, please log in again" }).waitFor();
    await page.getByRole("button", { name: "Log in" }).waitFor();
    // And "Log out" clears the session for good.
    await logIn(page, carol);
    await page.getByRole("button", { name: "Log out" }).click();
    await page.getByRole("button", { name: "Log in" }).waitFor();
    await page.reload();
    await page.getByRole("button", { name: "Log in" }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem("chat.session"))).toBeNull();
    await context.close();
  });

  it("had no page errors and no dialogs", () => {
    expect(problems.flat()).toEqual([]);
  });
});
