/**
 * The mobile app's account parts: a person's chat header offers Block (asked first, as on the web);
 * once blocked, the composer says so and the other person's next message is refused; Unblock
 * undoes it. Settings lists Profile and Blocked people beside Sessions and Password.
 */
import type { Page } from "playwright-core";
import { e2eAvailability, type E2eStack, openPage, registerByRest, restCall, startE2eStack, stopE2eStack } from "./browser";
import { mobileEntry, MOBILE_DIST, PHONE, registerOnMobile, requireMobileBuild } from "./mobile-app";
import { serveStatic } from "./static-server";

jest.setTimeout(120_000);

const availability = e2eAvailability();
if (availability.run) requireMobileBuild();
const describeE2E = availability.run ? describe : describe.skip;

describeE2E("blocking and account settings in the mobile app", () => {
  let stack: E2eStack;
  let mobile: Awaited<ReturnType<typeof serveStatic>>;

  beforeAll(async () => {
    mobile = await serveStatic(MOBILE_DIST);
    stack = await startE2eStack("e2e-mobile-account", { CORS_ORIGINS: mobile.url });
  });
  afterAll(async () => {
    await stopE2eStack(stack);
    await mobile?.close();
  });

  /** The page on top of Ionic's stack (the ones under it stay in the DOM, hidden). */
  const top = (page: Page) => page.locator(".ion-page:not(.ion-page-hidden)").last();

  it("blocks from the conversation header, refuses their message, unblocks, and shows Profile and Blocked people in Settings", async () => {
    const phone = await openPage(stack.browser, mobile.url, PHONE);
    const page = phone.page;
    await page.goto(mobileEntry("/register", "md", stack.baseURL));
    await registerOnMobile(page, "phone_pia");
    const other = await registerByRest(stack.baseURL, "pest_pat");
    const search = await restCall<{ users: { id: number; username: string }[] }>(
      stack.baseURL,
      "GET",
      "/api/users?search=phone_pia",
      undefined,
      other.token,
    );
    const piaId = search.users.find((u) => u.username === "phone_pia")!.id;
    const send = (text: string) =>
      restCall<{ message: unknown }>(stack.baseURL, "POST", "/api/messages/send", { receiver_id: piaId, message_content: text }, other.token);
    await send("hello pia");

    await page.goto(`/chat/${other.user.id}`);
    const log = top(page).getByRole("log", { name: "pest_pat" });
    await log.getByText("hello pia").waitFor();
    await top(page).getByRole("button", { name: "Block", exact: true }).click();
    const confirm = top(page).getByRole("alertdialog", { name: "Block pest_pat?" });
    await confirm.getByRole("button", { name: "Block", exact: true }).click();
    await top(page).getByRole("button", { name: "Unblock", exact: true }).waitFor();
    await top(page).getByText("You blocked pest_pat. Unblock them to send messages.").waitFor();
    expect(await top(page).getByLabel("Message", { exact: true }).count()).toBe(0);
    await expect(send("are you there")).rejects.toThrow(/403/);

    await top(page).getByRole("button", { name: "Unblock", exact: true }).click();
    await top(page).getByRole("button", { name: "Block", exact: true }).waitFor();
    await send("back again");
    await log.getByText("back again").waitFor();

    await page.goto("/settings");
    await top(page).getByRole("button", { name: "Profile", exact: true }).click();
    await top(page).getByLabel("Display name").waitFor();
    await top(page).getByRole("button", { name: "Blocked people", exact: true }).click();
    await top(page).getByText("You haven't blocked anyone.").waitFor();
    expect(phone.problems).toEqual([]);
    await phone.context.close();
  });
});
