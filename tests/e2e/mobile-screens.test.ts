/**
 * The mobile app's screens beyond the chat (its web build as a phone, 390×844, touch): Settings
 * (theme, language with right-to-left Arabic, notification previews, log-out), a new group and its
 * members, and message search, each reached from the chat list's toolbar as a person would.
 */
import type { Page } from "playwright-core";
import { e2eAvailability, type E2eStack, openPage, registerByRest, restCall, screenshot, startE2eStack, stopE2eStack, until } from "./browser";
import { mobileEntry, MOBILE_DIST, PHONE, registerOnMobile, requireMobileBuild } from "./mobile-app";
import { serveStatic } from "./static-server";

jest.setTimeout(120_000);

const availability = e2eAvailability();
if (availability.run) requireMobileBuild();
const describeE2E = availability.run ? describe : describe.skip;

describeE2E("the mobile app's other screens", () => {
  let stack: E2eStack;
  let mobile: Awaited<ReturnType<typeof serveStatic>>;
  const problems: string[][] = [];

  beforeAll(async () => {
    mobile = await serveStatic(MOBILE_DIST);
    stack = await startE2eStack("e2e-mobile-screens", { CORS_ORIGINS: mobile.url, REQUESTS_PER_USER_PER_SECOND: "1000" });
  });
  afterAll(async () => {
    await stopE2eStack(stack);
    await mobile?.close();
  });
  afterEach(() => expect(problems.flat()).toEqual([]));

  const rest = <T>(method: string, route: string, body?: unknown, token?: string) => restCall<T>(stack.baseURL, method, route, body, token);
  const register = (username: string) => registerByRest(stack.baseURL, username);
  const tokenOf = (page: Page) => page.evaluate(() => (JSON.parse(localStorage.getItem("chat.session")!) as { token: string }).token);

  async function phoneFor(mode: "ios" | "md", username: string): Promise<Page> {
    const phone = await openPage(stack.browser, mobile.url, PHONE);
    problems.push(phone.problems);
    await phone.page.goto(mobileEntry("/register", mode, stack.baseURL));
    await registerOnMobile(phone.page, username);
    return phone.page;
  }
  /** The page on top of Ionic's stack (the ones under it stay in the DOM, hidden). */
  const top = (page: Page) => page.locator(".ion-page:not(.ion-page-hidden)").last();

  it.each(["ios", "md"] as const)(
    "%s mode: Settings changes the theme and the language (Arabic right to left), keeps them, and logs out",
    async (mode) => {
      const page = await phoneFor(mode, `sam_${mode}`);
      await page.getByRole("button", { name: "Settings" }).click();
      await page.waitForURL(/\/settings$/);
      await top(page).locator("ion-title", { hasText: "Settings" }).waitFor();
      await top(page).getByText(`Signed in as sam_${mode}`).waitFor();
      await screenshot(page, `mobile-settings-${mode}`);

      // Dark: Ionic's palette and the kit's theme both follow, and it survives a reload.
      await top(page).getByRole("radio", { name: "Dark" }).click();
      await page.waitForFunction(() => document.documentElement.classList.contains("ion-palette-dark"));
      await page.reload();
      await top(page).getByRole("radio", { name: "Dark" }).and(page.locator("[aria-checked=true]")).waitFor();
      expect(await page.evaluate(() => document.documentElement.classList.contains("ion-palette-dark"))).toBe(true);
      await top(page).getByRole("radio", { name: "Light" }).click();
      await page.waitForFunction(() => !document.documentElement.classList.contains("ion-palette-dark"));

      // Arabic: the words and the direction change at once; back to English.
      await top(page).getByRole("radio", { name: "العربية" }).click();
      await page.waitForFunction(() => document.documentElement.dir === "rtl" && document.documentElement.lang === "ar");
      await top(page).locator("ion-title", { hasText: "الإعدادات" }).waitFor();
      // The chat list and its search are worded in Arabic too (the choice is kept across loads).
      await page.goto("/chats");
      await top(page).locator("ion-title", { hasText: "المحادثات" }).first().waitFor();
      await top(page).locator('ion-searchbar[aria-label="البحث عن أشخاص"]').waitFor();
      await page.goto("/settings");
      await top(page).locator("ion-title", { hasText: "الإعدادات" }).waitFor();
      await top(page).getByRole("radio", { name: "English" }).click();
      await page.waitForFunction(() => document.documentElement.dir === "ltr" && document.documentElement.lang === "en");

      // Previews off is the server's setting, for every device of the person.
      const previews = top(page).getByRole("switch", { name: "Show who wrote and what in notifications" });
      // On by default (Ionic draws the switch a frame after it is told).
      await top(page).locator('ion-toggle[aria-checked="true"]').waitFor();
      expect(await previews.isChecked()).toBe(true);
      await previews.click();
      const token = await tokenOf(page);
      const saved = () => rest<{ previews: boolean }>("GET", "/api/push/preferences", undefined, token);
      for (let tries = 0; (await saved()).previews && tries < 50; tries += 1) await page.waitForTimeout(100);
      await expect(saved()).resolves.toEqual({ previews: false });
      await top(page).locator('ion-toggle[aria-checked="false"]').waitFor();
      expect(await previews.isChecked()).toBe(false);

      // Log-out lives here now: the log-in page, and no session left.
      await top(page).getByRole("button", { name: "Log out" }).click();
      await page.getByRole("button", { name: "Log in" }).waitFor();
      expect(await page.evaluate(() => localStorage.getItem("chat.session"))).toBeNull();
      // The session ended on the server too: the token it held is refused.
      const me = () => fetch(`${stack.baseURL}/api/me`, { headers: { authorization: `Bearer ${token}` } }).then((response) => response.status);
      expect(await until(me, (status) => status === 401)).toBe(401);
      await page.context().close();
    },
  );

  it("makes a group with two people found by name, opens it, shows its members and leaves it", async () => {
    const [ana, ben] = await Promise.all([register("ana_group"), register("ben_group")]);
    const page = await phoneFor("ios", "gil_group");
    await page.getByRole("button", { name: "New group" }).click();
    await page.waitForURL(/\/groups\/new$/);
    const form = top(page).getByRole("form", { name: "New group" });
    await form.getByLabel("Group name").fill("Climbing");
    const search = form.getByLabel("Add people");
    await search.fill("ana_");
    await form.getByRole("checkbox", { name: ana.user.username }).check();
    await search.fill("ben_");
    await form.getByRole("checkbox", { name: ben.user.username }).check();
    await form.getByRole("button", { name: "Create group" }).click();

    // The group opens in place of the form, under its name.
    await page.waitForURL(/\/group\/\d+$/);
    const groupId = Number(/\/group\/(\d+)$/.exec(page.url())?.[1]);
    await top(page).getByRole("log", { name: "Climbing" }).waitFor();
    const { group } = await rest<{ group: { members: { username: string }[] } }>("GET", `/api/groups/${groupId}`, undefined, ana.token);
    expect(group.members.map((m) => m.username).sort()).toEqual(["ana_group", "ben_group", "gil_group"]);

    // Members: the three, from the group's header; leaving goes back to the list, without the group.
    await top(page).getByRole("button", { name: "Members" }).click();
    await page.waitForURL(new RegExp(`/group/${groupId}/members$`));
    const panel = top(page).getByRole("region", { name: "Climbing" });
    for (const name of ["ana_group", "ben_group"]) await panel.getByRole("button", { name: `Remove ${name}` }).waitFor();
    await panel.getByRole("button", { name: "Leave group" }).click();
    await panel.getByRole("button", { name: "Leave", exact: true }).click();
    await page.waitForURL(/\/chats$/);
    await top(page)
      .getByRole("listbox", { name: "Chats" })
      .getByRole("option", { name: /Climbing/ })
      .waitFor({ state: "detached" });
    await page.context().close();
  });

  it("finds a message by a word in it and opens its conversation", async () => {
    const page = await phoneFor("md", "hal_search");
    const writer = await register("ivy_search");
    const self = await rest<{ users: { id: number; username: string }[] }>("GET", "/api/users?search=hal_search", undefined, writer.token);
    const halId = self.users.find((u) => u.username === "hal_search")!.id;
    await rest("POST", "/api/messages/send", { receiver_id: halId, message_content: "the trailhead is at kilometre twelve" }, writer.token);
    await rest("POST", "/api/messages/send", { receiver_id: halId, message_content: "bring water" }, writer.token);

    await page.getByRole("button", { name: "Search messages" }).click();
    await page.waitForURL(/\/search$/);
    await top(page).getByLabel("Search messages").fill("trailhead");
    const hit = top(page)
      .getByRole("list", { name: "Messages found" })
      .getByRole("button", { name: /trailhead/ });
    await hit.waitFor();
    expect(await top(page).getByRole("list", { name: "Messages found" }).getByRole("listitem").count()).toBe(1);
    await hit.click();

    await page.waitForURL(new RegExp(`/chat/${writer.user.id}$`));
    const log = top(page).getByRole("log", { name: "ivy_search" });
    await log.getByText("the trailhead is at kilometre twelve").waitFor();
    await log.getByText("bring water").waitFor();
    await page.context().close();
  });
});
