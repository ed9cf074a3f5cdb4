/**
 * The mobile app's chat list (its web build as a phone, 390×844, touch, iOS and Material mode): the
 * client's list with groups (one made over REST shows up live and opens at /group/:id, live messages
 * and all); a swipe of a row (real touch events) uncovers "Mark as read", which the server then
 * counts; and a list of 60 conversations is virtualized inside IonContent, the page's one scroller.
 */
import type { Page } from "playwright-core";
import { e2eAvailability, type E2eStack, openPage, registerByRest, restCall, screenshot, startE2eStack, stopE2eStack, until } from "./browser";
import { mobileEntry, MOBILE_DIST, PHONE, registerOnMobile, requireMobileBuild, touchDrag } from "./mobile-app";
import { serveStatic } from "./static-server";

jest.setTimeout(120_000);

const availability = e2eAvailability();
if (availability.run) requireMobileBuild();
const describeE2E = availability.run ? describe : describe.skip;

describeE2E("the mobile app's chat list", () => {
  let stack: E2eStack;
  let mobile: Awaited<ReturnType<typeof serveStatic>>;
  const problems: string[][] = [];

  beforeAll(async () => {
    mobile = await serveStatic(MOBILE_DIST);
    stack = await startE2eStack("e2e-mobile-list", { CORS_ORIGINS: mobile.url, REQUESTS_PER_USER_PER_SECOND: "1000" });
  });
  afterAll(async () => {
    await stopE2eStack(stack);
    await mobile?.close();
  });
  afterEach(() => expect(problems.flat()).toEqual([]));

  const rest = <T>(method: string, route: string, body?: unknown, token?: string) => restCall<T>(stack.baseURL, method, route, body, token);
  const registerOverRest = (username: string) => registerByRest(stack.baseURL, username);

  /** A person signed up on the phone, on the chat list: their page, id and token. */
  async function phonePerson(name: string, mode: "ios" | "md") {
    const phone = await openPage(stack.browser, mobile.url, PHONE);
    problems.push(phone.problems);
    const page: Page = phone.page;
    await page.goto(mobileEntry("/register", mode, stack.baseURL));
    await registerOnMobile(page, name);
    const session = await page.evaluate(() => JSON.parse(localStorage.getItem("chat.session")!) as { token: string; user: { id: number } });
    return { phone, page, id: session.user.id, token: session.token };
  }

  const chatList = (page: Page) => page.getByRole("listbox", { name: "Chats" });
  const rowOf = (page: Page, name: string) =>
    chatList(page)
      .getByRole("option")
      .filter({ has: page.getByText(name, { exact: true }) });

  it.each(["ios", "md"] as const)("%s mode: a group made over REST shows in the list and opens at /group/:id with live messages", async (mode) => {
    const { phone, page, id } = await phonePerson(`gia_${mode}`, mode);
    const founder = await registerOverRest(`gus_${mode}`);
    const { group } = await rest<{ group: { id: number } }>("POST", "/api/groups", { name: `hikers_${mode}`, member_ids: [id] }, founder.token);

    const row = rowOf(page, `hikers_${mode}`);
    await row.waitFor();
    await row.click();
    await page.waitForURL(new RegExp(`/group/${group.id}$`));
    const log = page.getByRole("log", { name: `hikers_${mode}` });
    await log.waitFor();
    await rest("POST", "/api/messages/send", { group_id: group.id, message_content: `trail at nine (${mode})` }, founder.token);
    await log.getByText(`trail at nine (${mode})`).waitFor();
    // Its author is named above it.
    await log.getByText(`gus_${mode}`).first().waitFor();

    await page.getByLabel("Message", { exact: true }).fill("count me in");
    await page.getByRole("button", { name: "Send", exact: true }).click();
    await log.getByText("count me in").waitFor();
    await screenshot(page, `mobile-group-${mode}`);
    await phone.context.close();
  });

  it.each(["ios", "md"] as const)("%s mode: swiping a row uncovers Mark as read, and the server then counts nothing unread", async (mode) => {
    const { phone, page, id, token } = await phonePerson(`sia_${mode}`, mode);
    const writerName = `sam_${mode}`;
    const writer = await registerOverRest(writerName);
    for (const text of ["one", "two"]) await rest("POST", "/api/messages/send", { receiver_id: id, message_content: text }, writer.token);

    const row = rowOf(page, writerName);
    await row.getByRole("img", { name: "2 unread messages" }).waitFor();
    const box = await row.boundingBox();
    if (!box) throw new Error("the row is not laid out");
    const y = box.y + box.height / 2;
    await touchDrag(page, { x: box.x + box.width - 20, y }, { x: box.x + 40, y });
    const markRead = page.locator("ion-item-option", { hasText: "Mark as read" });
    await markRead.waitFor();
    await markRead.click();

    const unreadOnServer = async () => {
      const { conversations } = await rest<{ conversations: { partner?: { id: number }; unread_count?: number }[] }>(
        "GET",
        "/api/conversations",
        undefined,
        token,
      );
      return conversations.find((c) => c.partner?.id === writer.user.id)?.unread_count;
    };
    expect(await until(unreadOnServer, (count) => count === 0)).toBe(0);
    // The list follows the server's receipt, and the page never went back in history.
    await row.getByRole("img", { name: /unread/ }).waitFor({ state: "detached" });
    expect(page.url()).toMatch(/\/chats$/);
    await phone.context.close();
  });

  it.each(["ios", "md"] as const)("%s mode: 60 conversations scroll inside IonContent with only a window of rows in the DOM", async (mode) => {
    const { phone, page, id } = await phonePerson(`via_${mode}`, mode);
    const founder = await registerOverRest(`vic_${mode}`);
    for (let i = 1; i <= 60; i += 1) {
      await rest("POST", "/api/groups", { name: `club_${mode}_${i}`, member_ids: [id] }, founder.token);
    }
    // Newest first: the last group made is on top.
    await rowOf(page, `club_${mode}_60`).waitFor();
    const counts = async () =>
      page.evaluate(() => {
        const list = document.querySelector('[role="listbox"]')!;
        return {
          options: list.querySelectorAll('[role="option"]').length,
          setSize: Number(list.querySelector('[role="option"]')?.getAttribute("aria-setsize")),
        };
      });
    expect(await until(counts, (c) => c.setSize === 60)).toMatchObject({ setSize: 60 });
    expect((await counts()).options).toBeLessThan(30);

    // The list has no scrollbar of its own: IonContent's scroller moves it, and the window follows.
    const list = chatList(page);
    expect(await list.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
    await page.evaluate(async () => {
      const content = document.querySelector(".ion-page:not(.ion-page-hidden) ion-content") as Element & { getScrollElement(): Promise<HTMLElement> };
      const scroller = await content.getScrollElement();
      scroller.scrollTop = scroller.scrollHeight;
    });
    await rowOf(page, `club_${mode}_1`).waitFor();
    await rowOf(page, `club_${mode}_55`).waitFor({ state: "detached" });
    expect((await counts()).options).toBeLessThan(30);
    const bottom = await rowOf(page, `club_${mode}_1`).boundingBox();
    expect(bottom && bottom.y + bottom.height).toBeLessThanOrEqual(PHONE.viewport.height);
    await phone.context.close();
  });
});
