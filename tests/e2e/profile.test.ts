/**
 * Profile from Settings, seen live on the other side: A sets a display name and picture in
 * Settings › Profile; B, in a conversation with A, sees the new name in the chat list and the
 * header, and the picture loaded in both, without reloading. In a group, a display name change
 * reaches the other member's members panel and the name above the message live too.
 */
import { e2eAvailability, until, type E2eStack, openPage, registerThroughUi, restFromPage, startE2eStack, stopE2eStack } from "./browser";

jest.setTimeout(120_000);

const availability = e2eAvailability();
const describeE2E = availability.run ? describe : describe.skip;

// A 1×1 PNG: the app crops it square client-side, the server makes its renditions.
const PIXEL = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");

describeE2E("profile in Settings", () => {
  let stack: E2eStack;

  beforeAll(async () => {
    stack = await startE2eStack("e2e-profile");
  });
  afterAll(async () => {
    await stopE2eStack(stack);
  });

  it("a new display name and picture reach the other person live", async () => {
    const a = await openPage(stack.browser, stack.baseURL);
    await registerThroughUi(a.page, "profile-ada");
    const b = await openPage(stack.browser, stack.baseURL);
    await registerThroughUi(b.page, "profile-bob");
    const { user: bob } = await restFromPage<{ user: { id: number } }>(b.page, "GET", "/api/me");
    await restFromPage(a.page, "POST", "/api/messages/send", { receiver_id: bob.id, message_content: "hello" });

    const chats = b.page.getByRole("listbox", { name: "Chats" });
    await chats.getByRole("option", { name: /profile-ada/ }).click();
    await b.page.getByRole("heading", { name: "profile-ada" }).waitFor();

    await a.page.getByRole("button", { name: "Settings" }).click();
    const dialog = a.page.getByRole("dialog", { name: "Settings" });
    await dialog.getByRole("button", { name: "Profile", exact: true }).click();
    await dialog.getByLabel("Choose a picture").setInputFiles({ name: "me.png", mimeType: "image/png", buffer: PIXEL });
    await dialog.getByRole("img", { name: /Picture crop/ }).waitFor();
    await dialog.getByLabel("Display name").fill("Ada Lovelace");
    await dialog.getByRole("button", { name: "Save profile" }).click();
    await dialog.getByRole("status").filter({ hasText: "Profile saved." }).waitFor();

    await chats.getByRole("option", { name: /Ada Lovelace/ }).waitFor();
    const heading = b.page.getByRole("heading", { name: "Ada Lovelace" });
    await heading.waitFor();
    // The header's avatar sits next to the heading's block.
    const picture = heading.locator("xpath=../..").locator("img").first();
    await picture.waitFor();
    await until(
      () => picture.evaluate((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0),
      (loaded) => loaded,
    );
    expect(await picture.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    const rowPicture = chats
      .getByRole("option", { name: /Ada Lovelace/ })
      .locator("img")
      .first();
    await rowPicture.waitFor();
    await until(
      () => rowPicture.evaluate((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0),
      (loaded) => loaded,
    );
    expect(await rowPicture.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    expect(await b.page.evaluate(() => localStorage.getItem("chat.session"))).not.toBeNull();

    // Loaded afresh, with no push to wait for: the list's row and the header have the picture from the server's JSON.
    await b.page.reload();
    const reloadedRow = chats
      .getByRole("option", { name: /Ada Lovelace/ })
      .locator("img")
      .first();
    await reloadedRow.waitFor();
    await until(
      () => reloadedRow.evaluate((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0),
      (loaded) => loaded,
    );
    expect(await reloadedRow.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    await b.page.getByRole("heading", { name: "Ada Lovelace" }).locator("xpath=../..").locator("img").first().waitFor();
  });

  it("a display name change shows live in a group's members panel and above the group message", async () => {
    const a = await openPage(stack.browser, stack.baseURL);
    await registerThroughUi(a.page, "group-cleo");
    const b = await openPage(stack.browser, stack.baseURL);
    await registerThroughUi(b.page, "group-dara");
    const { user: dara } = await restFromPage<{ user: { id: number } }>(b.page, "GET", "/api/me");
    const { group } = await restFromPage<{ group: { id: number } }>(a.page, "POST", "/api/groups", { name: "Names club", member_ids: [dara.id] });
    await restFromPage(a.page, "POST", "/api/messages/send", { group_id: group.id, message_content: "hi from cleo" });

    await b.page.goto(`/group/${group.id}`);
    const log = b.page.getByRole("log", { name: "Names club" });
    await log.getByText("hi from cleo").waitFor();
    await log.getByText("group-cleo", { exact: true }).waitFor();
    await b.page.getByRole("button", { name: "Members", exact: true }).click();
    const panel = b.page.getByRole("region", { name: "Names club" });
    await panel.getByText("group-cleo", { exact: true }).waitFor();

    await restFromPage(a.page, "PATCH", "/api/me", { display_name: "Cleo Park" });
    // The members panel shows the new name with the username beside it; the message's author line follows.
    await panel.getByText("Cleo Park", { exact: true }).waitFor();
    await panel.getByText("@group-cleo", { exact: true }).waitFor();
    await log.getByText("Cleo Park", { exact: true }).waitFor();
    expect(await log.getByText("group-cleo", { exact: true }).count()).toBe(0);
    expect(a.problems).toEqual([]);
    expect(b.problems).toEqual([]);
    await a.context.close();
    await b.context.close();
  });
});
