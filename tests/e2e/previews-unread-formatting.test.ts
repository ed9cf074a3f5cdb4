/**
 * Issue 16, in Chromium against the built app: formatting renders as elements and nothing in a
 * message runs or links to `javascript:`; a link preview appears live on both sides with its image
 * served by the chat server (the browser never contacts the linked site) and goes for both when
 * the sender removes it; opening a conversation with 300 unread starts at the first of them, and
 * "Jump to latest" brings the newest back. Also the README's replies/reactions and preview shots.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Page } from "playwright-core";
import sharp from "sharp";
import { e2eAvailability, type E2eStack, openPage, registerThroughUi as register, screenshot, startE2eStack, stopE2eStack } from "./browser";

jest.setTimeout(180_000);

const availability = e2eAvailability();
const describeE2E = availability.run ? describe : describe.skip;

const ada = "ada";
const bob = "bob";
const cleo = "cleo";

/** Every request the linked site got, with its user agent: only the chat server's fetcher may appear. */
const fixtureRequests: { url: string; userAgent: string }[] = [];
let fixture: http.Server;
let fixtureBase = "";

async function startFixture() {
  const png = await sharp({ create: { width: 1200, height: 628, channels: 3, background: "#3a7bd5" } })
    .composite([{ input: Buffer.from('<svg width="1200" height="628"><circle cx="600" cy="314" r="200" fill="#ffd166"/></svg>') }])
    .png()
    .toBuffer();
  fixture = http.createServer((request, response) => {
    fixtureRequests.push({ url: request.url!, userAgent: String(request.headers["user-agent"]) });
    if (request.url === "/article") {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      response.end(
        '<html><head><title>Fallback</title><meta property="og:title" content="Northern lights tonight">' +
          '<meta property="og:description" content="Where and when to see the aurora this week">' +
          '<meta property="og:site_name" content="Sky News Fixture"><meta property="og:image" content="/aurora.png"></head><body></body></html>',
      );
    } else if (request.url === "/aurora.png") {
      response.writeHead(200, { "content-type": "image/png" });
      response.end(png);
    } else {
      response.writeHead(404, { "content-type": "text/html" });
      response.end("<title>missing</title>");
    }
  });
  await new Promise<void>((resolve) => fixture.listen(0, "127.0.0.1", resolve));
  fixtureBase = `http://127.0.0.1:${(fixture.address() as AddressInfo).port}`;
}

describeE2E("link previews, new messages and formatting in Chromium", () => {
  let stack: E2eStack;
  let adaPage: Page;
  let bobPage: Page;
  const problems: string[][] = [];
  /** Requests the browsers made to anything but the chat server. */
  const foreign: string[] = [];

  beforeAll(async () => {
    await startFixture();
    stack = await startE2eStack("e2e-previews", {
      LINK_PREVIEWS: "true",
      LINK_PREVIEW_ALLOW_HOSTS: new URL(fixtureBase).host,
      REQUESTS_PER_USER_PER_SECOND: "1000",
    });
  });
  afterAll(async () => {
    await stopE2eStack(stack);
    await new Promise<void>((resolve) => fixture.close(() => resolve()));
  });
  afterEach(() => expect(problems.flat()).toEqual([]));

  async function newPage() {
    const opened = await openPage(stack.browser, stack.baseURL);
    problems.push(opened.problems);
    opened.page.on("request", (request) => {
      if (!request.url().startsWith(stack.baseURL) && !request.url().startsWith("data:")) foreign.push(request.url());
    });
    return opened.page;
  }

  const log = (page: Page, partner: string) => page.getByRole("log", { name: partner });
  const row = (page: Page, partner: string, content: string | RegExp) =>
    log(page, partner)
      .locator("[data-row-key]")
      .filter({ has: page.getByText(content, typeof content === "string" ? { exact: true } : {}) });
  const userId = (page: Page) => page.evaluate(() => (JSON.parse(localStorage.getItem("chat.session")!) as { user: { id: number } }).user.id);

  /** Over REST from this page's session; answers the stored message's id. */
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

  async function openChat(page: Page, partner: string) {
    await page
      .getByRole("option")
      .filter({ has: page.getByText(partner, { exact: true }) })
      .click();
    await log(page, partner).waitFor();
  }

  it("renders bold, italic, code and a fenced block; a <script> and javascript: links stay inert text", async () => {
    adaPage = await newPage();
    bobPage = await newPage();
    await register(adaPage, ada);
    await register(bobPage, bob);
    const bobId = await userId(bobPage);
    await sendRest(adaPage, { receiver_id: bobId, message_content: "hello Bob" });
    await openChat(bobPage, ada);
    await openChat(adaPage, bob);
    const hostile =
      "*bold* _italic_ `code`\n```\nconst fenced = 1;\n```\n<script>window.__pwned=1</script> [x](javascript:alert(1)) javascript:alert(1)";
    await sendRest(adaPage, { receiver_id: bobId, message_content: hostile });
    for (const [page, partner] of [
      [bobPage, ada],
      [adaPage, bob],
    ] as const) {
      const message = row(page, partner, /const fenced = 1;/);
      await message.waitFor();
      await message.locator("strong", { hasText: "bold" }).waitFor();
      await message.locator("em", { hasText: "italic" }).waitFor();
      await message.locator("code:not([data-block])", { hasText: "code" }).waitFor();
      await message.locator("code[data-block]", { hasText: "const fenced = 1;" }).waitFor();
      // The markup is shown as the text it is.
      await message.getByText("<script>window.__pwned=1</script>", { exact: false }).waitFor();
      expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
      expect(await page.evaluate(() => document.querySelectorAll("script:not([src]):not([type='module'])").length)).toBe(0);
      const hrefs = await page.evaluate(() => Array.from(document.querySelectorAll("[href]"), (el) => el.getAttribute("href") ?? ""));
      expect(hrefs.filter((href) => /^\s*javascript:/i.test(href))).toEqual([]);
    }
  });

  it("shows a link preview live on both sides, its image from the chat server, and removes it for both", async () => {
    await sendRest(adaPage, { receiver_id: await userId(bobPage), message_content: `Look at this ${fixtureBase}/article` });
    const cards = [adaPage, bobPage].map((page) =>
      row(page, page === adaPage ? bob : ada, /Look at this/).getByRole("group", { name: "Link preview" }),
    );
    for (const card of cards) {
      await card.getByRole("link", { name: "Northern lights tonight" }).waitFor();
      await card.getByText("Where and when to see the aurora this week").waitFor();
      const img = card.locator("img");
      await img.waitFor();
      // decode() rejects if the image did not load.
      await img.evaluate((el: HTMLImageElement) => el.decode());
      expect(await img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBeGreaterThan(0);
      const src = await img.evaluate((el: HTMLImageElement) => el.currentSrc);
      expect(new URL(src).origin).toBe(stack.baseURL);
      expect(new URL(src).pathname).toMatch(/^\/api\/messages\/\d+\/link-preview\/image$/);
    }
    // The linked site saw the server's fetcher only, once for the page and once for the image.
    expect(fixtureRequests).toEqual([
      { url: "/article", userAgent: "chat-app-link-preview/1.0" },
      { url: "/aurora.png", userAgent: "chat-app-link-preview/1.0" },
    ]);
    expect(foreign).toEqual([]);
    await screenshot(bobPage, "link-preview");

    // Only the sender is offered "Remove preview"; it goes for both, live.
    expect(await cards[1]!.getByRole("button", { name: "Remove preview" }).count()).toBe(0);
    await cards[0]!.getByRole("button", { name: "Remove preview" }).click();
    await cards[0]!.waitFor({ state: "detached" });
    await cards[1]!.waitFor({ state: "detached" });
    await row(bobPage, ada, /Look at this/).waitFor();
  });

  it("captures a reply quote with reactions for the README", async () => {
    const original = row(bobPage, ada, "hello Bob");
    await original.hover();
    await original.getByRole("button", { name: "More actions" }).click();
    await bobPage.getByRole("menu", { name: "Message actions" }).getByRole("menuitem", { name: "Reply" }).click();
    await bobPage.getByLabel("Message", { exact: true }).fill("Hi Ada! The aurora is visible from the hill tonight");
    await bobPage.getByRole("button", { name: "Send", exact: true }).click();
    const reply = row(adaPage, bob, "Hi Ada! The aurora is visible from the hill tonight");
    await reply.getByRole("button", { name: `Go to message from ${ada}` }).waitFor();
    await reply.getByRole("button", { name: "Add reaction" }).click();
    await adaPage.getByRole("menuitem", { name: "👍" }).click();
    await reply.getByRole("button", { name: "👍 1, you reacted" }).waitFor();
    const mine = row(bobPage, ada, "Hi Ada! The aurora is visible from the hill tonight");
    await mine.getByRole("button", { name: "👍 1", exact: true }).waitFor();
    await mine.getByRole("button", { name: "Add reaction" }).click();
    await bobPage.getByRole("menuitem", { name: "❤️" }).click();
    await reply.getByRole("button", { name: "❤️ 1", exact: true }).waitFor();
    // Nothing hovered or focused in the list: no row's floating actions in the shot.
    await adaPage.getByLabel("Message", { exact: true }).focus();
    await adaPage.mouse.move(900, 700);
    await screenshot(adaPage, "replies-reactions");
  });

  it("opens a conversation with 300 unread at the first of them, under the divider; Jump to latest brings the newest", async () => {
    const cleoPage = await newPage();
    await register(cleoPage, cleo);
    const cleoId = await userId(cleoPage);
    // Cleo is away (her chat screen shows no conversation) while Ada writes 300 messages.
    const text = (i: number) => `unread ${String(i).padStart(3, "0")}`;
    for (let i = 1; i <= 300; i += 1) await sendRest(adaPage, { receiver_id: cleoId, message_content: text(i) });
    await cleoPage.reload();
    await cleoPage
      .getByRole("option")
      .filter({ has: cleoPage.getByText(ada, { exact: true }) })
      .waitFor();

    await openChat(cleoPage, ada);
    const list = log(cleoPage, ada);
    const first = row(cleoPage, ada, text(1));
    await first.waitFor();
    const divider = list.getByText("New messages", { exact: true });
    await divider.waitFor();
    // The divider and the first unread are in the top part of the viewport; the newest is not loaded.
    const box = (await list.boundingBox())!;
    const firstBox = (await first.boundingBox())!;
    const dividerBox = (await divider.boundingBox())!;
    expect(dividerBox.y).toBeGreaterThanOrEqual(box.y - 1);
    expect(dividerBox.y).toBeLessThan(firstBox.y);
    expect(firstBox.y + firstBox.height).toBeLessThan(box.y + box.height / 2);
    expect(await row(cleoPage, ada, text(300)).count()).toBe(0);

    // Scrolling a little: the divider stays where it was though the marker moved on.
    await list.evaluate((element) => (element.scrollTop += 200));
    expect(await divider.count()).toBe(1);
    await cleoPage.getByRole("button", { name: "Jump to latest" }).click();
    const newest = row(cleoPage, ada, text(300));
    await newest.waitFor();
    await cleoPage.waitForFunction(
      ([label, last]) => {
        const scroller = document.querySelector(`[role="log"][aria-label="${label}"]`);
        const rowOf = Array.from(scroller?.querySelectorAll("[data-row-key]") ?? []).find((el) => el.textContent?.includes(last));
        if (!scroller || !rowOf) return false;
        const a = scroller.getBoundingClientRect();
        const b = rowOf.getBoundingClientRect();
        return b.top >= a.top - 1 && b.bottom <= a.bottom + 1;
      },
      [ada, text(300)] as const,
    );
    expect(await row(cleoPage, ada, text(1)).count()).toBe(0);
  });
});
