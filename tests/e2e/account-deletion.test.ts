/**
 * Leaving, in the browser app: A and B chat; A exports their data from Settings (the browser
 * downloads `chat-export-<username>-<date>.json`, which holds both messages); A deletes the account
 * (a wrong password first: the error shows under the field), and is back at log-in with nothing of
 * theirs left in storage; B sees "Deleted account" live in the list and the header, no presence, the
 * old messages still there (the server keeps their text), and a composer saying the account can no
 * longer receive messages; A's username cannot be registered again (409).
 */
import fs from "node:fs";
import type { Page } from "playwright-core";
import {
  E2E_PASSWORD,
  e2eAvailability,
  type E2eStack,
  openPage,
  registerThroughUi,
  restFromPage,
  sendThroughUi,
  startE2eStack,
  stopE2eStack,
} from "./browser";

jest.setTimeout(120_000);

const availability = e2eAvailability();
const describeE2E = availability.run ? describe : describe.skip;

interface Me {
  user: { id: number };
}
interface ExportDocument {
  profile: { username: string };
  conversations: unknown;
}

const log = (page: Page) => page.getByRole("log");

describeE2E("export and delete an account in Chromium", () => {
  let stack: E2eStack;

  beforeAll(async () => {
    stack = await startE2eStack("e2e-account-deletion");
  });
  afterAll(async () => {
    await stopE2eStack(stack);
  });

  it("exports, deletes with the password, and the other side sees 'Deleted account' live", async () => {
    const a = await openPage(stack.browser, stack.baseURL);
    await registerThroughUi(a.page, "leaving-ada");
    const b = await openPage(stack.browser, stack.baseURL);
    await registerThroughUi(b.page, "staying-bob");
    const adaId = (await restFromPage<Me>(a.page, "GET", "/api/me")).user.id;
    const bobId = (await restFromPage<Me>(b.page, "GET", "/api/me")).user.id;

    await a.page.goto(`/chat/${bobId}`);
    await sendThroughUi(a.page, "hello from ada");
    await b.page.goto(`/chat/${adaId}`);
    await log(b.page).getByText("hello from ada").waitFor();
    await sendThroughUi(b.page, "hi ada, bob here");
    await log(a.page).getByText("hi ada, bob here").waitFor();
    await b.page.getByRole("button", { name: "Block", exact: true }).waitFor();
    await b.page.getByRole("button", { name: "Start video call" }).waitFor();

    // Export: the browser downloads the server's file, which holds both messages.
    await a.page.getByRole("button", { name: "Settings" }).click();
    const dialog = a.page.getByRole("dialog", { name: "Settings" });
    const downloading = a.page.waitForEvent("download");
    await dialog.getByRole("button", { name: "Export my data" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^chat-export-leaving-ada-\d{4}-\d{2}-\d{2}\.json$/);
    const file = await download.path();
    const exported = JSON.parse(fs.readFileSync(file, "utf8")) as ExportDocument;
    expect(exported.profile.username).toBe("leaving-ada");
    const text = JSON.stringify(exported);
    expect(text).toContain("hello from ada");
    expect(text).toContain("hi ada, bob here");
    await dialog.getByRole("status").filter({ hasText: "Your data was downloaded as" }).waitFor();

    // Delete: a wrong password first, shown under the field; then the right one.
    await dialog.getByRole("button", { name: "Delete account" }).click();
    const page = dialog.getByRole("region", { name: "Delete account" });
    await page.getByText("text included").waitFor();
    await page.getByLabel("Password").fill("not my password");
    await page.getByRole("button", { name: "Delete my account" }).click();
    const field = page.getByLabel("Password");
    await page.getByText("The password is wrong.").waitFor();
    expect(await field.getAttribute("aria-invalid")).toBe("true");
    await field.fill(E2E_PASSWORD);
    await page.getByRole("button", { name: "Delete my account" }).click();

    // A is back at log-in, with nothing of theirs left in local storage.
    await a.page.getByRole("button", { name: "Log in" }).waitFor();
    const kept = await a.page.evaluate((id) => Object.keys(localStorage).filter((key) => key === "chat.session" || key.endsWith(`.${id}`)), adaId);
    expect(kept).toEqual([]);

    // B, without reloading: the list and the header say "Deleted account", the messages stay.
    const chats = b.page.getByRole("listbox", { name: "Chats" });
    await chats.getByRole("option", { name: /Deleted account/ }).waitFor();
    await b.page.getByRole("heading", { name: "Deleted account" }).waitFor();
    await log(b.page).getByText("hello from ada").waitFor();
    await log(b.page).getByText("hi ada, bob here").waitFor();
    await b.page.getByRole("status").filter({ hasText: "It can no longer receive messages." }).waitFor();
    expect(await b.page.getByLabel("Message", { exact: true }).count()).toBe(0);
    // Nothing is offered that the account could answer: no block, no call.
    expect(await b.page.getByRole("button", { name: "Block", exact: true }).count()).toBe(0);
    expect(await b.page.getByRole("button", { name: /^Start (video|voice|audio) call/ }).count()).toBe(0);

    // Nobody can take the name while it is held.
    const again = await fetch(`${stack.baseURL}/api/register`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "leaving-ada", email: "someone-else@example.com", password: E2E_PASSWORD }),
    });
    expect(again.status).toBe(409);
    expect([...a.problems, ...b.problems]).toEqual([]);
  });
});
