/**
 * Group chats in the browser app end to end: Debian's Chromium driven by playwright-core against
 * the real compiled server (child process, ephemeral port, temp SQLite file) serving app/dist.
 * "A group of three": three people in three browser contexts; one creates a group with the other
 * two; a message from each reaches the other two live with its author's name; the list's unread
 * count for a member who has another chat open; read receipts (read once both others opened it);
 * several people typing; a reload keeps the group open; a search hit opens the group; the admin
 * renames the group (and back) and every member sees the name change live; the admin removes one
 * member, who is told and gets nothing new; a member leaves.
 */
import type { Page } from "playwright-core";
import {
  e2eAvailability,
  type E2eStack,
  openPage,
  registerThroughUi as register,
  screenshot,
  sendThroughUi as send,
  startE2eStack,
  stopE2eStack,
} from "./browser";

jest.setTimeout(120_000);

const availability = e2eAvailability();
const describeE2E = availability.run ? describe : describe.skip;

// Every run starts from an empty database, so the names can be fixed.
const alice = "alice";
const bob = "bob";
const carol = "carol";
const GROUP = "Weekend trip";
/** The group's name for a while: renamed by the admin, then back to GROUP. */
const RENAMED = "Saturday hike";

describeE2E("group chats in Chromium", () => {
  let stack: E2eStack;
  const problems: string[][] = [];

  beforeAll(async () => {
    stack = await startE2eStack("e2e-groups");
  });
  afterAll(() => stopE2eStack(stack));

  async function newPage() {
    const opened = await openPage(stack.browser, stack.baseURL);
    problems.push(opened.problems);
    return opened;
  }

  const log = (page: Page, name: string) => page.getByRole("log", { name });
  /** A row of the chat list whose name line is exactly `name`. */
  const chatRow = (page: Page, name: string) => page.getByRole("option").filter({ has: page.getByText(name, { exact: true }) });
  /** One of the reader's own bubbles, by its text. */
  const ownBubble = (page: Page, text: string) => log(page, GROUP).locator('[data-own="true"]').filter({ hasText: text });
  /** Someone else's bubble in the group, by its text. */
  const otherBubble = (page: Page, text: string) => log(page, GROUP).locator('[data-own="false"]').filter({ hasText: text });
  const header = (page: Page) => page.getByRole("region", { name: "Conversation", exact: true });
  /** The line under the conversation's name: "3 members" for a group. */
  const subtitle = (page: Page, text: string) =>
    header(page)
      .locator("[data-subtitle]")
      .filter({ hasText: new RegExp(`^${text}$`) });
  /** The conversation's own header (not the members panel, which shows the name too). */
  const headerName = (page: Page, name: string) => header(page).locator('[data-kind="group"]').getByRole("heading", { name, exact: true });
  const session = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem("chat.session")!) as { token: string; user: { id: number } });

  let alicePage: Page;
  let bobPage: Page;
  let carolPage: Page;
  let groupPath: string;

  it("creates a group of three: the other two see it in their lists at once", async () => {
    [alicePage, bobPage, carolPage] = await Promise.all([newPage(), newPage(), newPage()]).then((opened) => opened.map((o) => o.page));
    await register(alicePage, alice);
    await register(bobPage, bob);
    await register(carolPage, carol);

    await alicePage.getByRole("button", { name: "New group" }).click();
    const form = alicePage.getByRole("form", { name: "New group" });
    await form.getByLabel("Group name").fill(GROUP);
    const search = form.getByLabel("Add people");
    await search.fill("bo");
    await form.getByRole("checkbox", { name: bob }).check();
    await search.fill("car");
    await form.getByRole("checkbox", { name: carol }).check();
    // Bob stays chosen when the search no longer lists him.
    await form.getByRole("list", { name: "Added people" }).getByText(bob, { exact: true }).waitFor();
    expect(await screenshot(alicePage, "group-new")).toBeLessThan(300_000);
    await form.getByRole("button", { name: "Create group" }).click();

    // The new group opens: its conversation starts with the notice of its creation, worded for
    // each reader, and a group header with three members.
    await log(alicePage, GROUP).getByText(`You created the group “${GROUP}”`).waitFor();
    expect(new URL(alicePage.url()).pathname).toMatch(/^\/group\/\d+$/);
    groupPath = new URL(alicePage.url()).pathname;
    await subtitle(alicePage, "3 members").waitFor();
    expect(await chatRow(alicePage, GROUP).getAttribute("data-kind")).toBe("group");

    for (const page of [bobPage, carolPage]) {
      const row = chatRow(page, GROUP);
      await row.waitFor();
      expect(await row.getAttribute("data-kind")).toBe("group");
      expect(await row.getAttribute("data-members")).toBe("3");
      // The notice is the row's preview, without an author prefix, and is not unread.
      await row.getByText(`${alice} created the group “${GROUP}”`, { exact: true }).waitFor();
      expect(await row.getAttribute("data-unread")).toBe("false");
    }
  });

  it("counts unread for a member who has another chat open, and turns Delivered into Read once both others opened the group", async () => {
    // Bob is in a chat with Carol; Carol is on her list.
    await bobPage.getByLabel("Search people").fill("car");
    await bobPage.getByRole("list", { name: "People" }).getByRole("button", { name: carol, exact: true }).click();
    await log(bobPage, carol).waitFor();

    await send(alicePage, "Hi both! Who is driving?");
    const bubble = ownBubble(alicePage, "Hi both! Who is driving?");
    // Both apps have it: delivered, not read.
    await bubble.getByRole("img", { name: "Delivered" }).waitFor();
    const bobRow = chatRow(bobPage, GROUP);
    await bobRow.getByRole("img", { name: "1 unread message" }).waitFor();
    expect(await bobRow.textContent()).toContain(`${alice}: Hi both! Who is driving?`);
    await bobPage.waitForFunction(() => document.title === "(1) Chat");
    await chatRow(carolPage, GROUP).getByRole("img", { name: "1 unread message" }).waitFor();

    // Bob opens it: the author's name is shown; Alice still sees Delivered (Carol has not read it).
    await bobRow.click();
    await otherBubble(bobPage, "Hi both! Who is driving?").waitFor();
    expect(await log(bobPage, GROUP).locator("[data-author]").first().textContent()).toBe(alice);
    await bobPage.waitForFunction(() => document.title === "Chat");
    expect(await bobRow.getAttribute("data-unread")).toBe("false");
    await alicePage.waitForTimeout(500);
    expect(await bubble.getByRole("img", { name: "Read" }).count()).toBe(0);

    await chatRow(carolPage, GROUP).click();
    await otherBubble(carolPage, "Hi both! Who is driving?").waitFor();
    await bubble.getByRole("img", { name: "Read" }).waitFor();
    await carolPage.waitForFunction(() => document.title === "Chat");
  });

  it("delivers a message from each member to the other two live, with the author's name", async () => {
    await send(bobPage, "I can drive");
    for (const page of [alicePage, carolPage]) {
      const received = otherBubble(page, "I can drive");
      await received.waitFor();
      await log(page, GROUP).locator("[data-author]").filter({ hasText: bob }).first().waitFor();
    }
    await send(carolPage, "I will bring snacks");
    for (const page of [alicePage, bobPage]) {
      await otherBubble(page, "I will bring snacks").waitFor();
      await log(page, GROUP).locator("[data-author]").filter({ hasText: carol }).first().waitFor();
    }
    // Everyone's list previews the last message with its author.
    expect(await chatRow(alicePage, GROUP).textContent()).toContain(`${carol}: I will bring snacks`);
    expect(await chatRow(carolPage, GROUP).textContent()).toContain("You: I will bring snacks");
    // Each member's own messages carry no author line.
    expect(await log(bobPage, GROUP).locator('[data-own="true"] [data-author]').count()).toBe(0);
  });

  it("shows who is typing: one name, then two", async () => {
    const aliceComposer = alicePage.getByLabel("Message", { exact: true });
    await aliceComposer.click();
    await aliceComposer.pressSequentially("Shall we", { delay: 40 });
    await bobPage.getByText(`${alice} is typing…`).waitFor();
    const carolComposer = carolPage.getByLabel("Message", { exact: true });
    await carolComposer.click();
    await carolComposer.pressSequentially("Yes", { delay: 40 });
    await bobPage.getByText(`${alice} and ${carol} are typing…`).waitFor();
    await aliceComposer.fill("");
    await carolComposer.fill("");
    await bobPage.getByText(/is typing…|are typing…/).waitFor({ state: "detached" });
    await alicePage.mouse.move(0, 0);
    expect(await screenshot(alicePage, "group-chat")).toBeLessThan(300_000);
  });

  it("keeps the group open across a reload, and a search hit in the group opens it at the message", async () => {
    await alicePage.reload();
    await otherBubble(alicePage, "I will bring snacks").waitFor();
    expect(new URL(alicePage.url()).pathname).toBe(groupPath);
    await subtitle(alicePage, "3 members").waitFor();
    await ownBubble(alicePage, "Hi both! Who is driving?").getByRole("img", { name: "Read" }).waitFor();

    // Bob goes to his (empty) chat with Carol, then finds the group message.
    await bobPage.getByLabel("Search people").fill("car");
    await bobPage.getByRole("list", { name: "People" }).getByRole("button", { name: carol, exact: true }).click();
    await log(bobPage, carol).waitFor();
    await bobPage.getByLabel("Search messages").fill("snacks");
    const hit = bobPage.getByRole("list", { name: "Messages found" }).getByRole("button").filter({ hasText: "snacks" });
    await hit.waitFor();
    expect(await hit.textContent()).toContain(GROUP);
    await hit.click();
    await log(bobPage, GROUP).locator('[data-highlighted="true"]').filter({ hasText: "I will bring snacks" }).waitFor();
    expect(new URL(bobPage.url()).pathname).toBe(groupPath);
  });

  it("lets the admin rename the group from the members panel: everyone's header, list row and panel follow live; a plain member cannot", async () => {
    // Bob is no admin: no "Rename group" for him. He keeps his panel open to see the new name come.
    await bobPage.getByRole("button", { name: "Members", exact: true }).click();
    await bobPage.getByRole("region", { name: GROUP }).getByRole("button", { name: "Leave group" }).waitFor();
    expect(await bobPage.getByRole("button", { name: "Rename group" }).count()).toBe(0);

    await alicePage.getByRole("button", { name: "Members", exact: true }).click();
    const panel = alicePage.getByRole("region", { name: GROUP });
    await panel.getByRole("button", { name: "Rename group" }).click();
    const field = panel.getByRole("textbox", { name: "Group name" });
    expect(await field.inputValue()).toBe(GROUP);
    expect(await panel.getAttribute("data-state")).toBe("renaming");
    // Escape leaves it as it was, focus back on "Rename group".
    await alicePage.keyboard.press("Escape");
    await field.waitFor({ state: "detached" });
    expect(await panel.getByRole("button", { name: "Rename group" }).evaluate((el) => el === document.activeElement)).toBe(true);

    // The name is focused and selected: typing replaces it; Enter saves it trimmed.
    await alicePage.keyboard.press("Enter");
    await field.waitFor();
    await alicePage.keyboard.type(`  ${RENAMED}  `);
    await alicePage.keyboard.press("Enter");
    const renamedPanel = alicePage.getByRole("region", { name: RENAMED });
    await renamedPanel.getByRole("heading", { name: RENAMED, exact: true }).waitFor();
    await renamedPanel.getByRole("button", { name: "Rename group" }).waitFor();
    expect(await alicePage.getByRole("textbox", { name: "Group name" }).count()).toBe(0);
    await headerName(alicePage, RENAMED).waitFor();
    await chatRow(alicePage, RENAMED).waitFor();
    // The server has the name trimmed.
    const { token } = await session(alicePage);
    const stored = await alicePage.evaluate(
      async ([route, auth]) =>
        (
          (await (await fetch(`/api/groups/${route.split("/").pop()}`, { headers: { authorization: `Bearer ${auth}` } })).json()) as {
            group: { name: string };
          }
        ).group.name,
      [groupPath, token] as const,
    );
    expect(stored).toBe(RENAMED);

    // Live for the others: Bob's panel, header and row; Carol's header, row and open conversation.
    await bobPage.getByRole("region", { name: RENAMED }).getByRole("heading", { name: RENAMED, exact: true }).waitFor();
    for (const page of [bobPage, carolPage]) {
      await headerName(page, RENAMED).waitFor();
      await chatRow(page, RENAMED).waitFor();
      expect(await chatRow(page, GROUP).count()).toBe(0);
    }
    await log(carolPage, RENAMED).getByText("I will bring snacks").waitFor();
    // A reload shows the new name.
    await carolPage.reload();
    await headerName(carolPage, RENAMED).waitFor();
    await chatRow(carolPage, RENAMED).waitFor();

    // And back (with Save this time), so the rest of the story keeps its name.
    await renamedPanel.getByRole("button", { name: "Rename group" }).click();
    const again = renamedPanel.getByRole("textbox", { name: "Group name" });
    await again.fill(GROUP);
    await renamedPanel.getByRole("button", { name: "Save" }).click();
    await panel.getByRole("heading", { name: GROUP, exact: true }).waitFor();
    for (const page of [alicePage, bobPage, carolPage]) {
      await headerName(page, GROUP).waitFor();
      await chatRow(page, GROUP).waitFor();
    }
    await bobPage.getByRole("region", { name: GROUP }).getByRole("heading", { name: GROUP, exact: true }).waitFor();
    await bobPage.getByRole("button", { name: "Close members" }).click();
    await alicePage.getByRole("button", { name: "Close members" }).click();
    await log(alicePage, GROUP).waitFor();
    await log(bobPage, GROUP).waitFor();
  });

  it("lets the admin remove a member, who is told and gets nothing new", async () => {
    await alicePage.getByRole("button", { name: "Members", exact: true }).click();
    const panel = alicePage.getByRole("region", { name: GROUP });
    await panel.getByText(carol, { exact: true }).first().waitFor();
    // Nothing to do about herself but leave.
    expect(await panel.getByRole("button", { name: alice }).count()).toBe(0);
    expect(await screenshot(alicePage, "group-members")).toBeLessThan(300_000);
    const remove = panel.getByRole("button", { name: `Remove ${carol}`, exact: true });
    await remove.click();
    // It asks first.
    await panel
      .getByRole("group", { name: `Remove ${carol}?` })
      .getByRole("button", { name: "Remove", exact: true })
      .click();
    await remove.waitFor({ state: "detached" });
    await subtitle(alicePage, "2 members").waitFor();

    // Carol: told in the open conversation, no composer, the group gone from her list.
    await carolPage.getByText("You are no longer a member of this group.").waitFor();
    expect(await carolPage.getByLabel("Message", { exact: true }).count()).toBe(0);
    await chatRow(carolPage, GROUP).waitFor({ state: "detached" });

    await alicePage.getByRole("button", { name: "Close members" }).click();
    // The timeline says what happened, to each in their own words; Carol does not get it.
    await log(alicePage, GROUP).getByText(`You removed ${carol}`, { exact: true }).waitFor();
    await log(bobPage, GROUP).getByText(`${alice} removed ${carol}`, { exact: true }).waitFor();
    expect(await carolPage.getByText(`${alice} removed`).count()).toBe(0);
    await send(alicePage, "Carol is out of the group");
    await otherBubble(bobPage, "Carol is out of the group").waitFor();
    await carolPage.waitForTimeout(500);
    expect(await carolPage.getByText("Carol is out of the group").count()).toBe(0);
    // The server agrees: no history for her any more.
    const { token } = await session(carolPage);
    const status = await carolPage.evaluate(
      async ([route, auth]) =>
        (await fetch(`/api/messages/group/${route.split("/").pop()}`, { headers: { authorization: `Bearer ${auth}` } })).status,
      [groupPath, token] as const,
    );
    expect(status).toBe(403);
    // A reload of the group's address shows the same.
    await carolPage.reload();
    await carolPage.getByText("You are no longer a member of this group.").waitFor();
  });

  it("lets a member leave after confirming: back to the list, the group gone; the admin sees one member", async () => {
    await bobPage.getByRole("button", { name: "Members", exact: true }).click();
    const panel = bobPage.getByRole("region", { name: GROUP });
    // Bob is no admin: no remove or role buttons.
    expect(await panel.getByRole("button", { name: /^Remove |^Make / }).count()).toBe(0);
    await panel.getByRole("button", { name: "Leave group" }).click();
    // It asks first: staying changes nothing, leaving leaves.
    await panel.getByRole("button", { name: "Stay" }).click();
    await panel.getByRole("button", { name: "Leave group" }).click();
    await panel.getByRole("group", { name: `Leave ${GROUP}? You will stop getting its messages.` }).waitFor();
    await panel.getByRole("button", { name: "Leave", exact: true }).click();
    await bobPage.waitForURL((url) => url.pathname === "/");
    await chatRow(bobPage, GROUP).waitFor({ state: "detached" });
    await bobPage.getByText("No conversations yet").waitFor();
    await subtitle(alicePage, "1 member").waitFor();
    // Her messages that both had read stay read with no one else left.
    await ownBubble(alicePage, "Carol is out of the group").getByRole("img", { name: "Read" }).waitFor();
    await ownBubble(alicePage, "Hi both! Who is driving?").getByRole("img", { name: "Read" }).waitFor();
  });

  it("lets the admin add someone back and make them an admin, and take it back", async () => {
    await alicePage.getByRole("button", { name: "Members", exact: true }).click();
    const panel = alicePage.getByRole("region", { name: GROUP });
    await panel.getByLabel("Add people").fill("bo");
    await panel
      .getByRole("list", { name: "People to add" })
      .getByRole("button", { name: `Add ${bob}`, exact: true })
      .click();
    await subtitle(alicePage, "2 members").waitFor();
    // Bob has the group in his list again, the notice of his return as its preview, and its whole history.
    const row = chatRow(bobPage, GROUP);
    await row.filter({ hasText: `${alice} added you` }).waitFor();
    await row.click();
    await otherBubble(bobPage, "Carol is out of the group").waitFor();
    await subtitle(bobPage, "2 members").waitFor();

    await panel.getByRole("button", { name: `Make ${bob} admin`, exact: true }).click();
    await bobPage.getByRole("button", { name: "Members", exact: true }).click();
    const bobPanel = bobPage.getByRole("region", { name: GROUP });
    // An admin now: he may add people; the creator cannot be removed, but her role can change.
    await bobPanel.getByLabel("Add people").waitFor();
    await bobPanel.getByRole("button", { name: `Remove ${alice} as admin`, exact: true }).waitFor();
    expect(await bobPanel.getByRole("button", { name: `Remove ${alice}`, exact: true }).count()).toBe(0);
    await panel.getByRole("button", { name: `Remove ${bob} as admin`, exact: true }).click();
    await bobPanel.getByLabel("Add people").waitFor({ state: "detached" });
    await bobPage.getByRole("button", { name: "Close members" }).click();
    await alicePage.getByRole("button", { name: "Close members" }).click();
  });

  it("had no page errors and no dialogs", () => {
    expect(problems.flat()).toEqual([]);
  });
});
