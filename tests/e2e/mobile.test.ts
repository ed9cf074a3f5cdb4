/**
 * The mobile app's web build (mobile/dist, Ionic React) in Chromium as a phone (390×844, touch), in iOS and
 * Material mode: one person on the mobile app, another on the web app, register, find each other and chat
 * live both ways; the back button returns to the chat list, and so do the iOS swipe from the left edge and
 * Android's system back; pull to refresh (a real touch drag) asks the server again; log-out. The build is served at an origin of its own, the
 * server lists it in CORS_ORIGINS, and `?server=` tells the build where the server is (no VITE_SERVER_URL).
 */
import { e2eAvailability, type E2eStack, openPage, registerThroughUi, screenshot, sendThroughUi, startE2eStack, stopE2eStack } from "./browser";
import { MOBILE_DIST, mobileEntry, PHONE, registerOnMobile, requireMobileBuild, touchDrag } from "./mobile-app";
import { serveStatic } from "./static-server";

jest.setTimeout(120_000);

const availability = e2eAvailability();
if (availability.run) requireMobileBuild();
const describeE2E = availability.run ? describe : describe.skip;

describeE2E("the mobile app in Chromium", () => {
  let stack: E2eStack;
  let mobile: Awaited<ReturnType<typeof serveStatic>>;
  const problems: string[][] = [];

  beforeAll(async () => {
    mobile = await serveStatic(MOBILE_DIST);
    stack = await startE2eStack("e2e-mobile", { CORS_ORIGINS: mobile.url });
  });
  afterAll(async () => {
    await stopE2eStack(stack);
    await mobile?.close();
  });
  afterEach(() => expect(problems.flat()).toEqual([]));

  it.each(["ios", "md"] as const)("%s mode: a person on the mobile app and one on the web app chat live both ways", async (mode) => {
    const mobileName = `mia_${mode}`;
    const webName = `wes_${mode}`;
    const phone = await openPage(stack.browser, mobile.url, PHONE);
    const web = await openPage(stack.browser, stack.baseURL);
    problems.push(phone.problems, web.problems);

    await phone.page.goto(mobileEntry("/register", mode, stack.baseURL));
    expect(await phone.page.locator("html").getAttribute("mode")).toBe(mode);
    await registerOnMobile(phone.page, mobileName);
    await registerThroughUi(web.page, webName);

    // The mobile person finds the web person by name and writes first.
    await phone.page.getByPlaceholder("Search people").fill(webName);
    await phone.page.locator("ion-item", { hasText: webName }).click();
    const phoneLog = phone.page.getByRole("log", { name: webName });
    await phoneLog.waitFor();
    await phone.page.getByLabel("Message", { exact: true }).fill("Hello from the phone");
    await phone.page.getByRole("button", { name: "Send", exact: true }).click();
    await phoneLog.getByText("Hello from the phone").waitFor();

    // The web person sees the new conversation live, opens it and answers.
    const row = web.page.getByRole("option").filter({ has: web.page.getByText(mobileName, { exact: true }) });
    await row.waitFor();
    await row.click();
    await web.page.getByRole("log", { name: mobileName }).getByText("Hello from the phone").waitFor();
    await sendThroughUi(web.page, "Hello from the web");
    await phoneLog.getByText("Hello from the web").waitFor();
    await screenshot(phone.page, `mobile-${mode}`);

    // Back: the chat list, with the conversation and its last message.
    // (During iOS's large-title transition Ionic animates a clone of the back button: the real one is clicked.)
    const backButton = phone.page.locator("ion-back-button:not(.ion-cloned-element)");
    await backButton.click();
    await phone.page.waitForURL(/\/chats$/);
    const chats = phone.page.getByRole("listbox", { name: "Chats" });
    await chats.getByRole("option").filter({ hasText: webName }).filter({ hasText: "Hello from the web" }).waitFor();

    // Pull to refresh: a real touch drag down the list asks the server for it again.
    // The transition is over once the conversation's page (its back button) has left the DOM.
    await backButton.waitFor({ state: "detached" });
    const asked = phone.page.waitForRequest((request) => request.url().endsWith("/api/conversations"));
    await touchDrag(phone.page, { x: 195, y: 250 }, { x: 195, y: 650 });
    await asked;
    await phone.page.locator("ion-refresher.refresher-active").waitFor({ state: "detached" });

    // Back again, as each platform does it: iOS swipes from the left edge, Android has the system back (history).
    await chats.getByRole("option").filter({ hasText: webName }).click();
    await phoneLog.getByText("Hello from the web").waitFor();
    // The push transition is over once the list's page is hidden under the conversation.
    await phone.page.locator(".ion-page.ion-page-hidden").waitFor({ state: "attached" });
    // A quick flick (few, far-apart touch moves, as a busy browser coalesces them): the swipe must
    // count from where the finger came down, not from where it crossed the drag threshold.
    if (mode === "ios") await touchDrag(phone.page, { x: 2, y: 400 }, { x: 360, y: 400 }, 5);
    else await phone.page.goBack();
    await phone.page.waitForURL(/\/chats$/);
    await backButton.waitFor({ state: "detached" });

    // Log out, from Settings (pushed right after the swipe back: it must come in over the list): the
    // log-in page, and no session left in the browser.
    await phone.page.getByRole("button", { name: "Settings" }).click();
    await phone.page.waitForURL(/\/settings$/);
    await phone.page.locator(".ion-page:not(.ion-page-hidden)").last().getByText(`Signed in as ${mobileName}`).waitFor();
    await phone.page.locator(".ion-page:not(.ion-page-hidden)").last().getByRole("button", { name: "Log out" }).click();
    await phone.page.getByRole("button", { name: "Log in" }).waitFor();
    expect(await phone.page.evaluate(() => localStorage.getItem("chat.session"))).toBeNull();

    await phone.context.close();
    await web.context.close();
  });
});
