/**
 * Mentions, pins and forwarding end to end (issue 16): three people in Chromium against the built
 * app, in a group Ada created with Bob and Carol. Ada mentions @bob (picked from the composer's
 * suggestions) while Bob has his chat with Carol open: Bob's row of the group gets the "@" badge,
 * and opening the group shows the mention highlighted and clears the badge. Ada (the admin) pins a
 * message through the actions menu: Bob sees the pinned bar live, without "Unpin" or a menu "Pin"
 * (members may not pin), and it goes live when Ada unpins it. Bob forwards a message of the group
 * to Carol through the dialog: Carol sees it live, labelled "Forwarded", and so does Bob.
 */
import type { Locator, Page } from "playwright-core";
import { e2eAvailability, type E2eStack, openPage, registerThroughUi as register, startE2eStack, stopE2eStack } from "./browser";

jest.setTimeout(120_000);

const availability = e2eAvailability();
const describeE2E = availability.run ? describe : describe.skip;

const ada = "ada";
const bob = "bob";
const carol = "carol";
const GROUP = "Trio";
const MENTION = "@bob can you bring the map";
const PLAN = "meet at nine";

describeE2E("mentions, pins and forwarding in Chromium", () => {
  let stack: E2eStack;
  let adaPage: Page;
  let bobPage: Page;
  let carolPage: Page;
  let groupId: number;
  const problems: string[][] = [];

  beforeAll(async () => {
    stack = await startE2eStack("e2e-mentions-pins-forward", { REQUESTS_PER_USER_PER_SECOND: "1000" });
  });
  afterAll(() => stopE2eStack(stack));
  afterEach(() => expect(problems.flat()).toEqual([]));

  async function newPage() {
    const opened = await openPage(stack.browser, stack.baseURL);
    problems.push(opened.problems);
    return opened.page;
  }

  const log = (page: Page, name: string) => page.getByRole("log", { name });
  const chatRow = (page: Page, name: string) => page.getByRole("option").filter({ has: page.getByText(name, { exact: true }) });
  const bubble = (page: Page, conversation: string, text: string) => log(page, conversation).locator("[data-row-key]").filter({ hasText: text });
  const header = (page: Page) => page.getByRole("region", { name: "Conversation", exact: true });
  const pinnedBar = (page: Page) => header(page).getByRole("region", { name: "Pinned messages" });
  const userId = (page: Page) => page.evaluate(() => (JSON.parse(localStorage.getItem("chat.session")!) as { user: { id: number } }).user.id);

  /** A REST call from this page's session; answers the JSON. */
  const rest = (page: Page, method: string, url: string, body: Record<string, unknown>) =>
    page.evaluate(
      async ({ method, url, body }) => {
        const { token } = JSON.parse(localStorage.getItem("chat.session")!) as { token: string };
        const response = await fetch(url, {
          method,
          headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
          body: JSON.stringify(body),
        });
        if (!response.ok) throw new Error(`${method} ${url}: ${response.status}`);
        return (await response.json()) as unknown;
      },
      { method, url, body },
    );

  async function openChat(page: Page, name: string) {
    await chatRow(page, name).click();
    await log(page, name).waitFor();
  }

  /** Opens the kit's actions menu of a message; answers the menu. */
  async function menuOf(page: Page, row: Locator) {
    await row.hover();
    await row.getByRole("button", { name: "More actions" }).click();
    const menu = page.getByRole("menu", { name: "Message actions" });
    await menu.waitFor();
    return menu;
  }

  it("badges a mention of Bob on the group's row while he reads another chat, highlights it, and clears the badge once read", async () => {
    [adaPage, bobPage, carolPage] = await Promise.all([newPage(), newPage(), newPage()]);
    await register(adaPage, ada);
    await register(bobPage, bob);
    await register(carolPage, carol);
    const [bobId, carolId] = [await userId(bobPage), await userId(carolPage)];
    const created = (await rest(adaPage, "POST", "/api/groups", { name: GROUP, member_ids: [bobId, carolId] })) as { group: { id: number } };
    groupId = created.group.id;
    await rest(carolPage, "POST", "/api/messages/send", { receiver_id: bobId, message_content: "hi bob", client_id: crypto.randomUUID() });
    await Promise.all([adaPage.reload(), bobPage.reload(), carolPage.reload()]);
    await openChat(bobPage, carol);
    await openChat(carolPage, bob);
    await openChat(adaPage, GROUP);

    // The composer suggests the group's other members after "@" (not the writer), Enter picks.
    const composer = adaPage.getByLabel("Message", { exact: true });
    await composer.pressSequentially("@bo");
    const suggestions = adaPage.getByRole("listbox", { name: "People to mention" });
    await suggestions.getByRole("option", { name: /bob/ }).waitFor();
    expect(await suggestions.getByRole("option", { name: /ada/ }).count()).toBe(0);
    await composer.press("Enter");
    await composer.pressSequentially("can you bring the map");
    expect(await composer.inputValue()).toBe(MENTION);
    await adaPage.getByRole("button", { name: "Send", exact: true }).click();
    await bubble(adaPage, GROUP, MENTION).waitFor();

    const row = chatRow(bobPage, GROUP);
    const badge = row.locator("[data-mention-badge]");
    await badge.waitFor();
    expect(await badge.textContent()).toContain("mentioned once");
    await row.click();
    const mention = bubble(bobPage, GROUP, MENTION);
    await mention.locator("[data-mentions-me]").waitFor();
    await mention.locator("[data-mention][data-me]", { hasText: "@bob" }).waitFor();
    await badge.waitFor({ state: "detached" });
  });

  it("shows Ada's pin live to Bob, who may not unpin, and takes it away live when she unpins", async () => {
    await rest(carolPage, "POST", "/api/messages/send", { group_id: groupId, message_content: PLAN, client_id: crypto.randomUUID() });
    await bubble(adaPage, GROUP, PLAN).waitFor();
    await bubble(bobPage, GROUP, PLAN).waitFor();

    const menu = await menuOf(adaPage, bubble(adaPage, GROUP, PLAN));
    await menu.getByRole("menuitem", { name: "Pin" }).click();
    await pinnedBar(adaPage)
      .getByRole("button", { name: /Go to pinned message/ })
      .waitFor();

    const bar = pinnedBar(bobPage);
    await bar
      .getByRole("button", { name: /Go to pinned message/ })
      .filter({ hasText: PLAN })
      .waitFor();
    expect(await bar.getByRole("button", { name: "Unpin" }).count()).toBe(0);
    // Members of this group may not pin: Bob's menu offers neither Pin nor Unpin.
    const bobMenu = await menuOf(bobPage, bubble(bobPage, GROUP, PLAN));
    await bobMenu.getByRole("menuitem", { name: "Reply" }).waitFor();
    expect(await bobMenu.getByRole("menuitem", { name: /^(Pin|Unpin)$/ }).count()).toBe(0);
    await bobPage.keyboard.press("Escape");
    await bobMenu.waitFor({ state: "detached" });

    // Going to it marks the pinned message.
    await bar.getByRole("button", { name: /Go to pinned message/ }).click();
    await log(bobPage, GROUP).locator('[data-row-key][aria-current="true"]').filter({ hasText: PLAN }).waitFor();

    await pinnedBar(adaPage).getByRole("button", { name: "Unpin" }).click();
    await pinnedBar(adaPage).waitFor({ state: "detached" });
    await bar.waitFor({ state: "detached" });
  });

  it("forwards a group message to Carol through the dialog: she sees it live, labelled Forwarded", async () => {
    const menu = await menuOf(bobPage, bubble(bobPage, GROUP, MENTION));
    await menu.getByRole("menuitem", { name: "Forward" }).click();
    const dialog = bobPage.getByRole("dialog", { name: "Forward message" });
    await dialog.getByLabel("Search conversations").fill("car");
    await dialog.getByRole("radio", { name: carol }).check();
    expect(await dialog.getByRole("radio", { name: GROUP }).count()).toBe(0);
    await dialog.getByRole("button", { name: "Forward", exact: true }).click();
    await dialog.waitFor({ state: "detached" });
    await bobPage
      .getByRole("status")
      .filter({ hasText: /^Forwarded$/ })
      .waitFor();

    const copy = bubble(carolPage, bob, MENTION);
    await copy.getByText("Forwarded", { exact: true }).waitFor();
    await openChat(bobPage, carol);
    await bubble(bobPage, carol, MENTION).getByText("Forwarded", { exact: true }).waitFor();
  });
});
