/**
 * Dead ends and wording in the built app: a send the server refuses says why (a person who no
 * longer exists, a group one was removed from), a taken username is said under Username with focus
 * there, the members panel opens beside the conversation on a wide screen (in its place on a
 * phone), and message-search hits are their own headed list with the matches marked.
 */
import path from "node:path";
import Database from "better-sqlite3";
import type { Page } from "playwright-core";
import { E2E_PASSWORD, e2eAvailability, type E2eStack, openPage, registerThroughUi, sendThroughUi, startE2eStack, stopE2eStack } from "./browser";

jest.setTimeout(180_000);

const availability = e2eAvailability();
const describeE2E = availability.run ? describe : describe.skip;

interface Account {
  token: string;
  user: { id: number; username: string };
}

async function api<T>(stack: E2eStack, method: string, route: string, body?: unknown, token?: string): Promise<T> {
  const response = await fetch(`${stack.baseURL}${route}`, {
    method,
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${route}: ${response.status} ${await response.text()}`);
  return (response.status === 204 ? undefined : await response.json()) as T;
}

const register = (stack: E2eStack, username: string) =>
  api<Account>(stack, "POST", "/api/register", { username, email: `${username}@example.com`, password: E2E_PASSWORD });

const sessionOf = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem("chat.session")!) as Account);

const failedBubble = (page: Page, text: string) => page.locator('[data-status="failed"]').filter({ hasText: text });

describeE2E("dead ends and wording", () => {
  let stack: E2eStack;

  beforeAll(async () => {
    stack = await startE2eStack("e2e-dead-ends");
  });
  afterAll(async () => {
    await stopE2eStack(stack);
  });

  it("says a message was not sent because the person doesn't exist, and offers only Discard", async () => {
    const { context, page, problems } = await openPage(stack.browser, stack.baseURL);
    await registerThroughUi(page, "sender");
    await register(stack, "ghost");
    await page.getByLabel("Search people").fill("ghost");
    await page.getByRole("list", { name: "People" }).getByRole("button", { name: "ghost", exact: true }).click();
    // Its history has loaded (an empty conversation says so): deleted before that, the person
    // would be "not found" instead of the send failing.
    await page.getByRole("log", { name: "ghost" }).getByText("No messages yet").waitFor();
    // The account goes away while the chat is open (as a deleted account would).
    const db = new Database(path.join(stack.dataDir, "chat.sqlite"));
    db.pragma("foreign_keys = OFF");
    db.prepare("DELETE FROM users WHERE username = ?").run("ghost");
    db.close();

    await sendThroughUi(page, "are you there?");
    const bubble = failedBubble(page, "are you there?");
    await bubble.getByText("This person doesn't exist").waitFor();
    await bubble.getByRole("img", { name: "Not sent" }).waitFor();
    expect(await bubble.getByRole("button", { name: "Retry" }).count()).toBe(0);
    await bubble.getByRole("button", { name: "Discard" }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it("puts a taken username's sentence under Username, with focus there", async () => {
    const { context, page, problems } = await openPage(stack.browser, stack.baseURL);
    await register(stack, "taken");
    await page.goto("/register");
    await page.getByLabel("Username").fill("taken");
    await page.getByLabel("Email").fill("someone-else@example.com");
    await page.getByLabel("Password").fill(E2E_PASSWORD);
    await page.getByRole("button", { name: "Register" }).click();
    const username = page.getByRole("textbox", { name: "Username" });
    await page.getByText("That username is taken. Try another one.").waitFor();
    expect(await username.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await username.getAttribute("aria-invalid")).toBe("true");
    const describedBy = (await username.getAttribute("aria-describedby")) ?? "";
    const description = await page.evaluate(
      (ids) => ids.map((id) => document.getElementById(id)?.textContent ?? "").join(" "),
      describedBy.split(/\s+/),
    );
    expect(description).toBe("That username is taken. Try another one.");
    expect(problems).toEqual([]);
    await context.close();
  });

  describe("in a group", () => {
    let page: Page;
    let close: () => Promise<void>;
    let alice: Account;
    let bob: Account;
    let groupId: number;
    let problems: string[];

    beforeAll(async () => {
      const opened = await openPage(stack.browser, stack.baseURL);
      ({ page, problems } = opened);
      close = () => opened.context.close();
      await registerThroughUi(page, "bob");
      bob = await sessionOf(page);
      alice = await register(stack, "alice");
      ({
        group: { id: groupId },
      } = await api<{ group: { id: number } }>(stack, "POST", "/api/groups", { name: "Lab team", member_ids: [bob.user.id] }, alice.token));
      await page
        .getByRole("listbox", { name: "Chats" })
        .getByRole("option", { name: /Lab team/ })
        .click();
      await page.getByRole("log", { name: "Lab team" }).waitFor();
    });
    afterAll(async () => {
      await close();
    });

    it("shows message-search hits under a 'Messages' heading with a count, the match marked and the group named", async () => {
      await sendThroughUi(page, "Snacks at the LIGHTHOUSE <b>tonight</b>");
      await page.locator('[data-status="read"], [data-status="delivered"], [data-status="sent"]').filter({ hasText: "LIGHTHOUSE" }).waitFor();
      await page.getByLabel("Search messages").fill("lighthouse");
      const heading = page.getByRole("heading", { name: /^Messages/ });
      await heading.waitFor();
      expect(await heading.textContent()).toBe("Messages (1)");
      const hit = page.getByRole("list", { name: "Messages found" }).getByRole("button").filter({ hasText: "Lab team" });
      await hit.waitFor();
      expect(await hit.locator("mark").allTextContents()).toEqual(["LIGHTHOUSE"]);
      expect(await hit.locator("b").count()).toBe(0);
      expect(await hit.textContent()).toContain("<b>tonight</b>");
      await page.getByLabel("Search messages").fill("");
    });

    it("opens the members panel beside the conversation on a wide screen, in its place on a phone", async () => {
      const members = page.getByRole("button", { name: "Members", exact: true });
      await members.click();
      const side = page.getByRole("region", { name: "Group members" });
      await side.getByRole("button", { name: "Leave group" }).waitFor();
      expect(await members.getAttribute("aria-expanded")).toBe("true");
      expect(await members.getAttribute("aria-controls")).toBe(await side.getAttribute("id"));
      const conversation = page.locator('[data-pane="conversation"]');
      const [c, s] = [await conversation.boundingBox(), await side.boundingBox()];
      expect(c && s && c.width > 0 && s.width > 0).toBe(true);
      expect(s!.x).toBeGreaterThanOrEqual(c!.x + c!.width - 1);
      await page.getByRole("log", { name: "Lab team" }).waitFor();

      await page.setViewportSize({ width: 390, height: 800 });
      await conversation.waitFor({ state: "hidden" });
      await side.getByRole("button", { name: "Leave group" }).waitFor();
      await side.getByRole("button", { name: "Close members" }).click();
      await page.getByRole("log", { name: "Lab team" }).waitFor();
      expect(await members.getAttribute("aria-expanded")).toBe("false");
      await page.setViewportSize({ width: 1280, height: 800 });
    });

    it("says a message queued before being removed from the group was not sent because of that", async () => {
      await api(stack, "DELETE", `/api/groups/${groupId}/members/${bob.user.id}`, undefined, alice.token);
      await page.getByText("You are no longer a member of this group.").waitFor();
      // A message typed while offline, still in the outbox when the page comes back.
      await page.evaluate(
        ({ selfId, groupId }) =>
          localStorage.setItem(
            `chat.outbox.${selfId}`,
            JSON.stringify([{ client_id: crypto.randomUUID(), group_id: groupId, message_content: "queued while offline", created_at: Date.now() }]),
          ),
        { selfId: bob.user.id, groupId },
      );
      await page.reload();
      const bubble = failedBubble(page, "queued while offline");
      await bubble.getByText("You're not a member of this group").waitFor();
      expect(await bubble.getByRole("button", { name: "Retry" }).count()).toBe(0);
      expect(problems).toEqual([]);
    });
  });
});
