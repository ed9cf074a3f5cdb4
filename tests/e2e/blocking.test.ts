/**
 * Blocking in the browser app: A blocks B from the 1:1 header (the confirmation names B); B's next
 * message is refused with the server's reason and never reaches A (A's screen nor A's history); in
 * a group they share, B's message shows to A collapsed until "Show"; A unblocks B from Settings ›
 * Blocked people and B's next message goes through.
 */
import type { Page } from "playwright-core";
import {
  e2eAvailability,
  type E2eStack,
  openPage,
  registerThroughUi,
  restFromPage,
  screenshot,
  sendThroughUi,
  startE2eStack,
  stopE2eStack,
  until,
} from "./browser";

jest.setTimeout(120_000);

const availability = e2eAvailability();
const describeE2E = availability.run ? describe : describe.skip;

interface Me {
  user: { id: number };
}
interface History {
  messages: { message_content: string }[];
}

const log = (page: Page) => page.getByRole("log");
const texts = async (page: Page, partnerId: number) =>
  (await restFromPage<History>(page, "GET", `/api/messages/conversation/${partnerId}`)).messages.map((m) => m.message_content);

describeE2E("blocking in Chromium", () => {
  let stack: E2eStack;

  beforeAll(async () => {
    stack = await startE2eStack("e2e-blocking");
  });
  afterAll(async () => {
    await stopE2eStack(stack);
  });

  it("blocks from the header, refuses the blocked person's message, collapses it in a group, and unblocks from Settings", async () => {
    const a = (await openPage(stack.browser, stack.baseURL)).page;
    await registerThroughUi(a, "blocker-ann");
    const b = (await openPage(stack.browser, stack.baseURL)).page;
    await registerThroughUi(b, "blocked-bob");
    const annId = (await restFromPage<Me>(a, "GET", "/api/me")).user.id;
    const bobId = (await restFromPage<Me>(b, "GET", "/api/me")).user.id;
    // A group made before the block (a blocked person cannot be added after it).
    const { group } = await restFromPage<{ group: { id: number } }>(a, "POST", "/api/groups", { name: "Both of us", member_ids: [bobId] });

    // Bob writes first, so Ann has the conversation.
    await b.goto(`/chat/${annId}`);
    await sendThroughUi(b, "hello ann");
    await a.goto(`/chat/${bobId}`);
    await log(a).getByText("hello ann").waitFor();

    // Ann blocks Bob from the header: the confirmation names him and says what happens.
    await a.getByRole("button", { name: "Block", exact: true }).click();
    const confirm = a.getByRole("alertdialog", { name: "Block blocked-bob?" });
    await expect(confirm.textContent()).resolves.toMatch(/blocked-bob.*won't be able to message you/);
    await confirm.getByRole("button", { name: "Block", exact: true }).click();
    await a.getByRole("button", { name: "Unblock", exact: true }).waitFor();
    await a.getByText("You blocked blocked-bob. Unblock them to send messages.").waitFor();
    expect(await a.getByLabel("Message", { exact: true }).count()).toBe(0);

    // Bob's next message is refused with the server's reason; Ann never gets it.
    await sendThroughUi(b, "are you there");
    await log(b).getByText("You cannot send messages to this person").waitFor();
    await screenshot(b, "blocking-refused");
    expect(await texts(a, bobId)).not.toContain("are you there");
    expect(await log(a).getByText("are you there").count()).toBe(0);

    // In the group, Bob's message reaches Ann collapsed; "Show" reveals it.
    await a.goto(`/group/${group.id}`);
    await b.goto(`/group/${group.id}`);
    await sendThroughUi(b, "group words from bob");
    await log(b).getByText("group words from bob").waitFor();
    await log(a).getByText("Message from a blocked person").waitFor();
    expect(await log(a).getByText("group words from bob").count()).toBe(0);
    await log(a).getByRole("button", { name: "Show" }).click();
    await log(a).getByText("group words from bob").waitFor();
    await screenshot(a, "blocking-group-shown");

    // Ann unblocks Bob from Settings › Blocked people; his next message goes through.
    await a.getByRole("button", { name: "Settings" }).click();
    const dialog = a.getByRole("dialog", { name: "Settings" });
    await dialog.getByRole("button", { name: "Blocked people", exact: true }).click();
    await dialog.getByRole("button", { name: "Unblock blocked-bob" }).click();
    await dialog.getByText("You haven't blocked anyone.").waitFor();
    await dialog.getByRole("button", { name: "Close" }).click();
    await a.goto(`/chat/${bobId}`);
    await a.getByRole("button", { name: "Block", exact: true }).waitFor();
    await b.goto(`/chat/${annId}`);
    await sendThroughUi(b, "back again");
    await log(a).getByText("back again").waitFor();
    const history = await until(
      () => texts(a, bobId),
      (all) => all.includes("back again"),
    );
    expect(history).toEqual(expect.arrayContaining(["hello ann", "back again"]));
    expect(history).not.toContain("are you there");
  });
});
