/**
 * Issue 15: attachments between two people in Chromium against the built app. Alice attaches a
 * photo (with GPS in its EXIF) and a PDF through the file chooser, writes a caption and sends;
 * records a voice note from Chromium's fake microphone and sends it. Bob sees all three live: the
 * thumbnail, the photo in the viewer (Escape returns focus), the PDF downloaded byte for byte, the
 * voice note playing. The photo Bob's browser receives has no EXIF (no GPS); Carol, who is in
 * neither conversation, gets 404 for the attachment and nothing from a link without its signature.
 * A photo whose upload had not finished when the page was reloaded comes back from IndexedDB and
 * goes out with its message.
 */
import sharp from "sharp";
import type { Page } from "playwright-core";
import { pdf, png } from "../helpers/media";
import {
  E2E_PASSWORD,
  e2eAvailability,
  type E2eStack,
  openPage,
  registerThroughUi,
  screenshot,
  sendThroughUi,
  startE2eStack,
  stopE2eStack,
} from "./browser";

jest.setTimeout(240_000);

const availability = e2eAvailability();
const describeE2E = availability.run ? describe : describe.skip;

/** A 1200×800 landscape (an SVG rendered by sharp) as a JPEG whose EXIF holds a GPS position. */
function photoWithGps(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800">
    <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#ff9a5a"/><stop offset="1" stop-color="#ffd39a"/></linearGradient></defs>
    <rect width="1200" height="800" fill="url(#sky)"/><circle cx="820" cy="420" r="120" fill="#fff2c4"/>
    <rect y="520" width="1200" height="280" fill="#2f6f8f"/><path d="M0 540 Q300 500 600 540 T1200 540 V800 H0Z" fill="#24566f"/>
  </svg>`;
  return sharp(Buffer.from(svg))
    .jpeg({ quality: 85 })
    .withExif({ IFD3: { GPSLatitudeRef: "N", GPSLatitude: "51/1 30/1 0/1", GPSLongitudeRef: "W", GPSLongitude: "0/1 7/1 0/1" } })
    .toBuffer();
}

async function openConversationWith(page: Page, username: string) {
  await page.getByLabel("Search people").fill(username);
  await page.getByRole("list", { name: "People" }).getByRole("button", { name: username, exact: true }).click();
  const log = page.getByRole("log", { name: username });
  await log.waitFor();
  return log;
}

const focusedName = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? document.activeElement?.textContent ?? "");

describeE2E("attachments", () => {
  let stack: E2eStack;

  beforeAll(async () => {
    stack = await startE2eStack("e2e-attachments", {}, { fakeMedia: true });
  });
  afterAll(async () => {
    await stopE2eStack(stack);
  });

  it("sends a photo, a PDF and a voice note that the other person sees, opens, downloads and plays; the photo has no GPS; a third person gets nothing", async () => {
    const carol = await openPage(stack.browser, stack.baseURL);
    await registerThroughUi(carol.page, "carol");
    const bob = await openPage(stack.browser, stack.baseURL, { acceptDownloads: true });
    await registerThroughUi(bob.page, "bob");
    const alice = await openPage(stack.browser, stack.baseURL, { permissions: ["microphone"] });
    await registerThroughUi(alice.page, "alice");

    const aliceLog = await openConversationWith(alice.page, "bob");
    await sendThroughUi(alice.page, "Hi Bob, photos from the trip");
    await bob.page
      .getByRole("option")
      .filter({ has: bob.page.getByText("alice", { exact: true }) })
      .click();
    const bobLog = bob.page.getByRole("log", { name: "alice" });
    await bobLog.getByText("Hi Bob, photos from the trip").waitFor();

    // Two files through the real file chooser, a caption, one message.
    const photo = await photoWithGps();
    const paper = pdf();
    const [chooser] = await Promise.all([
      alice.page.waitForEvent("filechooser"),
      alice.page.getByRole("button", { name: "Attach files" }).and(alice.page.locator("button")).click(),
    ]);
    await chooser.setFiles([
      { name: "beach.jpg", mimeType: "image/jpeg", buffer: photo },
      { name: "plan.pdf", mimeType: "application/pdf", buffer: paper },
    ]);
    const chips = alice.page.getByRole("list", { name: "Attachments" });
    await chips.getByRole("button", { name: "Remove beach.jpg" }).waitFor();
    await chips.getByRole("button", { name: "Remove plan.pdf" }).waitFor();
    await sendThroughUi(alice.page, "The beach, and the plan");
    await chips.waitFor({ state: "detached" });
    await aliceLog.getByRole("button", { name: "Open beach.jpg" }).waitFor();

    // Bob sees the thumbnail load and the file card, live.
    const open = bobLog.getByRole("button", { name: "Open beach.jpg" });
    await open.waitFor();
    await bobLog.getByText("The beach, and the plan").waitFor();
    await open
      .locator("img")
      .evaluate((img: HTMLImageElement) => (img.complete ? null : new Promise((resolve) => img.addEventListener("load", resolve, { once: true }))));
    expect(await open.locator("img").evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

    // The viewer: named after the photo, the full image, Escape closes and focus comes back.
    await open.click();
    const viewer = bob.page.getByRole("dialog", { name: "beach.jpg" });
    await viewer.waitFor();
    const full = viewer.locator("img");
    await full.evaluate((img: HTMLImageElement) =>
      img.complete && img.naturalWidth ? null : new Promise((resolve) => img.addEventListener("load", resolve, { once: true })),
    );
    expect(await full.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight])).toEqual([1200, 800]);
    const fullUrl = new URL((await full.getAttribute("src")) ?? "", stack.baseURL).toString();
    await bob.page.keyboard.press("Escape");
    await viewer.waitFor({ state: "detached" });
    expect(await focusedName(bob.page)).toBe("Open beach.jpg");

    // What Bob's browser received has no EXIF at all, so no GPS position.
    const served = await bob.context.request.get(fullUrl);
    expect(served.status()).toBe(200);
    const received = await served.body();
    expect((await sharp(received).metadata()).exif).toBeUndefined();
    expect(received.includes(Buffer.from("GPS"))).toBe(false);

    // The PDF downloads as it was sent.
    const [download] = await Promise.all([bob.page.waitForEvent("download"), bobLog.getByRole("link", { name: "Download plan.pdf" }).click()]);
    expect(download.suggestedFilename()).toBe("plan.pdf");
    const { readFile } = await import("node:fs/promises");
    expect((await readFile(await download.path())).equals(paper)).toBe(true);

    // A voice note from the fake microphone: record, stop, review, send.
    await alice.page.getByRole("button", { name: "Record voice message" }).click();
    await alice.page.getByRole("button", { name: "Stop recording" }).waitFor();
    await alice.page.waitForTimeout(1500);
    await alice.page.getByRole("button", { name: "Stop recording" }).click();
    await alice.page.getByRole("button", { name: "Send voice message" }).click();
    const play = bobLog.getByRole("button", { name: "Play voice message" });
    await play.waitFor();
    await play.click();
    await bobLog.getByRole("button", { name: "Pause voice message" }).waitFor();
    await bob.page.waitForFunction(() => [...document.querySelectorAll("audio")].some((audio) => audio.currentTime > 0));
    await screenshot(bob.page, "attachments");

    // Carol is in neither conversation: the attachment is not found for her, and a link stripped of
    // its signature serves nothing.
    const id = /\/api\/attachments\/(\d+)\//.exec(fullUrl)?.[1];
    expect(id).toBeDefined();
    const login = await carol.context.request.post("/api/login", { data: { username: "carol", password: E2E_PASSWORD } });
    const { token } = (await login.json()) as { token: string };
    const asCarol = await carol.context.request.get(`/api/attachments/${id}`, { headers: { Authorization: `Bearer ${token}` } });
    expect(asCarol.status()).toBe(404);
    const unsigned = new URL(fullUrl);
    unsigned.search = "";
    expect((await carol.context.request.get(unsigned.toString())).status()).toBeGreaterThanOrEqual(400);

    expect(alice.problems).toEqual([]);
    expect(bob.problems).toEqual([]);
    expect(carol.problems).toEqual([]);
  });

  it("keeps a photo whose upload had not finished across a reload (IndexedDB), and sends it with its message after", async () => {
    const dave = await openPage(stack.browser, stack.baseURL);
    await registerThroughUi(dave.page, "dave");
    const erin = await openPage(stack.browser, stack.baseURL);
    await registerThroughUi(erin.page, "erin");
    const erinLog = await openConversationWith(erin.page, "dave");

    // The upload is held: the server never answers it before the reload.
    await erin.page.route("**/api/attachments", () => undefined);
    const [chooser] = await Promise.all([
      erin.page.waitForEvent("filechooser"),
      erin.page.getByRole("button", { name: "Attach files" }).and(erin.page.locator("button")).click(),
    ]);
    await chooser.setFiles([{ name: "held.png", mimeType: "image/png", buffer: await png(80, 60) }]);
    await erin.page.getByRole("progressbar", { name: "Uploading held.png" }).waitFor();
    await sendThroughUi(erin.page, "Sent before the reload");
    await erinLog.getByText("Sent before the reload").waitFor();
    await erin.page.unroute("**/api/attachments");
    await erin.page.reload();

    // After the reload the file comes back from IndexedDB, uploads, and the message goes out once.
    await erin.page.getByRole("log", { name: "dave" }).getByRole("button", { name: "Open held.png" }).waitFor();
    await dave.page
      .getByRole("option")
      .filter({ has: dave.page.getByText("erin", { exact: true }) })
      .click();
    const daveLog = dave.page.getByRole("log", { name: "erin" });
    await daveLog.getByRole("button", { name: "Open held.png" }).waitFor();
    expect(await daveLog.getByText("Sent before the reload").count()).toBe(1);
    expect(dave.problems).toEqual([]);
    expect(erin.problems).toEqual([]);
  });
});
