/**
 * Focus and keyboard in the built app (WAI-ARIA Authoring Practices): whatever closes — an edit, a
 * delete question, the members panel, a removal question, the new-group form — leaves focus on the
 * control that opened it (or the message, or the panel, when that control is gone), never on
 * <body>; Escape closes; Enter picks the only person found and ↓ moves into the results.
 */
import type { Page } from "playwright-core";
import { e2eAvailability, type E2eStack, openPage, registerThroughUi, sendThroughUi, startE2eStack, stopE2eStack } from "./browser";

jest.setTimeout(180_000);

const availability = e2eAvailability();
const describeE2E = availability.run ? describe : describe.skip;

/** What has focus: "body", or the focused element's accessible label / text. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return "body";
    const labels = element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement ? element.labels : null;
    const label = element.getAttribute("aria-label") ?? labels?.[0]?.textContent ?? null;
    const labelledBy = element.getAttribute("aria-labelledby");
    return label ?? (labelledBy ? document.getElementById(labelledBy)?.textContent : null) ?? element.textContent?.trim() ?? element.tagName;
  });

describeE2E("focus and keyboard", () => {
  let stack: E2eStack;

  beforeAll(async () => {
    stack = await startE2eStack("e2e-focus");
  });
  afterAll(async () => {
    await stopE2eStack(stack);
  });

  it("returns focus after edits, deletes, the members panel and removals; Escape closes; Enter and ↓ in people searches", async () => {
    const other = await openPage(stack.browser, stack.baseURL);
    for (const name of ["ann", "ben", "cat"]) {
      await registerThroughUi(other.page, name);
      await other.page.getByRole("button", { name: "Log out" }).click();
      await other.page.getByRole("button", { name: "Log in" }).waitFor();
    }
    const { page, context, problems } = await openPage(stack.browser, stack.baseURL);
    await registerThroughUi(page, "zed");
    const search = page.getByLabel("Search people");
    const people = page.getByRole("list", { name: "People" });

    // ↓ moves into the results (buttons named by the person), ↑ from the first goes back.
    await search.fill("n");
    await people.getByRole("button", { name: "ben", exact: true }).waitFor();
    await search.press("ArrowDown");
    expect(await focused(page)).toBe("ann");
    await page.keyboard.press("ArrowDown");
    expect(await focused(page)).toBe("ben");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp");
    expect(await focused(page)).toBe("Search people");
    // Enter with two matches picks nobody; with one it opens that conversation.
    await page.keyboard.press("Enter");
    expect(await page.getByRole("log").count()).toBe(0);
    await search.fill("be");
    await people.getByRole("button", { name: "ben", exact: true }).waitFor();
    await people.getByRole("button").nth(1).waitFor({ state: "detached" });
    await search.press("Enter");
    const log = page.getByRole("log", { name: "ben" });
    await log.waitFor();
    expect(await focused(page)).toBe("Message");

    // Edit and Delete are picked from the message's "More actions" menu. Cancelling an edit or a
    // delete returns focus to "More actions"; a confirmed delete leaves it on the message.
    await sendThroughUi(page, "teh typo");
    const bubble = log.locator("[data-own='true']").filter({ hasText: "teh typo" });
    await bubble.getByRole("img", { name: /Sent|Delivered/ }).waitFor();
    const more = bubble.getByRole("button", { name: "More actions" });
    const choose = async (name: string) => {
      await bubble.hover();
      await more.click();
      await page.getByRole("menu", { name: "Message actions" }).getByRole("menuitem", { name }).click();
    };
    await choose("Edit message");
    expect(await focused(page)).toBe("Edit message");
    expect(await bubble.getByRole("textbox", { name: "Edit message" }).count()).toBe(1);
    await page.keyboard.press("Escape");
    await bubble.getByRole("textbox").waitFor({ state: "detached" });
    expect(await more.evaluate((node) => node === document.activeElement)).toBe(true);
    // From the keyboard alone: Enter opens the menu on its first item, ↑ wraps to "Delete message".
    await page.keyboard.press("Enter");
    expect(await focused(page)).toBe("Reply");
    await page.keyboard.press("ArrowUp");
    expect(await focused(page)).toBe("Delete message");
    await page.keyboard.press("Enter");
    expect(await focused(page)).toBe("Cancel");
    await page.keyboard.press("Escape");
    expect(await more.evaluate((node) => node === document.activeElement)).toBe(true);
    await choose("Delete message");
    await bubble.getByRole("button", { name: "Delete", exact: true }).click();
    await log.getByText("This message was deleted").waitFor();
    expect(await focused(page)).not.toBe("body");
    expect(await log.evaluate((node) => node.contains(document.activeElement))).toBe(true);

    // New group: focus in the form; a disabled "Create group" says why; Cancel goes back to "New group".
    const newGroup = page.getByRole("button", { name: "New group" });
    await newGroup.click();
    const form = page.getByRole("form", { name: "New group" });
    expect(await form.getByLabel("Group name").evaluate((node) => node === document.activeElement)).toBe(true);
    const create = form.getByRole("button", { name: "Create group" });
    expect(await create.isDisabled()).toBe(true);
    expect(await create.evaluate((node) => document.getElementById(node.getAttribute("aria-describedby") ?? "")?.textContent)).toBe(
      "Add a group name and at least one person.",
    );
    await form.getByRole("button", { name: "Cancel" }).click();
    await form.waitFor({ state: "detached" });
    expect(await newGroup.evaluate((node) => node === document.activeElement)).toBe(true);

    // Enter in "Add people" adds the only match.
    await newGroup.click();
    await form.getByLabel("Group name").fill("Focus club");
    for (const [typed, name] of [
      ["be", "ben"],
      ["ca", "cat"],
    ]) {
      await form.getByLabel("Add people").fill(typed!);
      await form.getByRole("checkbox", { name }).waitFor();
      await form.getByLabel("Add people").press("Enter");
      await form.getByRole("button", { name: `Remove ${name}` }).waitFor();
    }
    await create.click();
    await page.getByRole("log", { name: "Focus club" }).waitFor();

    // The members panel takes focus; Escape closes it, focus on "Members".
    const members = page.getByRole("button", { name: "Members", exact: true });
    await members.click();
    const panel = page.getByRole("region", { name: "Focus club" });
    await panel.waitFor();
    expect(await panel.evaluate((node) => node === document.activeElement)).toBe(true);
    await page.keyboard.press("Escape");
    await panel.waitFor({ state: "detached" });
    expect(await members.evaluate((node) => node === document.activeElement)).toBe(true);

    // Removing a member asks first; Escape keeps them (focus back on "Remove cat"), Remove removes.
    await members.click();
    const removeCat = panel.getByRole("button", { name: "Remove cat", exact: true });
    await removeCat.click();
    const question = panel.getByRole("group", { name: "Remove cat?" });
    expect(await question.getByRole("button", { name: "Cancel" }).evaluate((node) => node === document.activeElement)).toBe(true);
    await page.keyboard.press("Escape");
    await question.waitFor({ state: "detached" });
    expect(await removeCat.evaluate((node) => node === document.activeElement)).toBe(true);
    expect(await panel.count()).toBe(1);
    await removeCat.click();
    await question.getByRole("button", { name: "Remove", exact: true }).click();
    await removeCat.waitFor({ state: "detached" });
    await panel.getByText("2 members").waitFor();
    expect(await focused(page)).not.toBe("body");
    expect(await panel.evaluate((node) => node.contains(document.activeElement))).toBe(true);

    // The panel's "Add people": Enter adds the only match back.
    await panel.getByLabel("Add people").fill("ca");
    await panel.getByRole("button", { name: "Add cat" }).waitFor();
    await panel.getByLabel("Add people").press("Enter");
    await panel.getByText("3 members").waitFor();

    // Leaving (after the question) lands on the chat list, not on <body>.
    await panel.getByRole("button", { name: "Leave group" }).click();
    await panel.getByRole("button", { name: "Leave", exact: true }).click();
    await panel.waitFor({ state: "detached" });
    const chats = page.getByRole("listbox", { name: "Chats" });
    await chats.getByRole("option", { name: /Focus club/ }).waitFor({ state: "detached" });
    expect(await chats.evaluate((node) => node.contains(document.activeElement) && document.activeElement?.getAttribute("role") === "option")).toBe(
      true,
    );

    expect(problems).toEqual([]);
    await context.close();
    await other.context.close();
  });
});
