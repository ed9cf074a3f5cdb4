/**
 * Issue 14: the app speaks English, Spanish and Arabic. A Spanish browser gets the Spanish log-in
 * page; the Settings dialog switches to Arabic, which turns the page right to left (`<html lang=ar
 * dir=rtl>`) with the app's words in Arabic, and the choice outlives a reload and a log-out. axe-core
 * finds nothing to fault in the Arabic app. The log-in page has the same switch. In Chromium against
 * the built app.
 */
import type { AxeResults } from "axe-core";
import type { Page } from "playwright-core";
import { E2E_PASSWORD, e2eAvailability, type E2eStack, openPage, registerThroughUi, screenshot, startE2eStack, stopE2eStack } from "./browser";

jest.setTimeout(180_000);

const availability = e2eAvailability();
const describeE2E = availability.run ? describe : describe.skip;

/** The server's CSP forbids inline scripts, which is how axe is put on the page. */
const AXE_ALLOWED = { bypassCSP: true } as const;

/** Every axe violation on the page as it is now, as "rule: selector" lines (empty when clean). */
async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  const results = await page.evaluate(() => (window as unknown as { axe: { run: (context: Document) => Promise<AxeResults> } }).axe.run(document));
  return results.violations.flatMap((rule) => rule.nodes.map((node) => `${rule.id}: ${node.target.join(" ")}`));
}

const htmlLanguage = (page: Page) => page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));

describeE2E("languages", () => {
  let stack: E2eStack;

  beforeAll(async () => {
    stack = await startE2eStack("e2e-languages");
  });
  afterAll(async () => {
    await stopE2eStack(stack);
  });

  it("gives a Spanish browser Spanish, and switches to Arabic, right to left, for good", async () => {
    const partner = await openPage(stack.browser, stack.baseURL);
    await registerThroughUi(partner.page, "layla");

    const { page, problems } = await openPage(stack.browser, stack.baseURL, { locale: "es-ES", ...AXE_ALLOWED });
    await page.goto("/");
    await page.getByRole("button", { name: "Iniciar sesión" }).waitFor();
    await page.getByText("Hola de nuevo.").waitFor();
    expect(await htmlLanguage(page)).toEqual({ lang: "es", dir: "ltr" });

    await page.getByRole("link", { name: "Crear una cuenta" }).click();
    // The kit's own labels are in the language too (its Spanish catalog, fetched with the app's).
    await page.getByLabel("Nombre de usuario").fill("omar");
    await page.getByLabel("Correo electrónico").fill("omar@example.com");
    await page.getByLabel("Contraseña").fill(E2E_PASSWORD);
    await page.getByRole("button", { name: "Registrarme" }).click();
    await page.getByRole("button", { name: "Cerrar sesión" }).waitFor();
    await page.getByText("Aún no hay conversaciones").waitFor();

    await page.getByRole("button", { name: "Ajustes" }).click();
    const spanishSettings = page.getByRole("dialog", { name: "Ajustes" });
    expect(await spanishSettings.getByRole("button", { name: "Español" }).getAttribute("aria-pressed")).toBe("true");
    await spanishSettings.getByRole("button", { name: "العربية" }).click();

    const settings = page.getByRole("dialog", { name: "الإعدادات" });
    await settings.waitFor();
    expect(await htmlLanguage(page)).toEqual({ lang: "ar", dir: "rtl" });
    expect(await settings.getByRole("button", { name: "العربية" }).getAttribute("aria-pressed")).toBe("true");
    expect(await violations(page)).toEqual([]);
    await settings.getByRole("button", { name: "إغلاق" }).click();
    await settings.waitFor({ state: "hidden" });
    // Closing gives focus back to the button that opened the dialog.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("الإعدادات");

    await page.getByRole("button", { name: "تسجيل الخروج" }).waitFor();
    await page.getByText("لا توجد محادثات بعد").waitFor();
    expect(await page.title()).toBe("دردشة");

    await page.getByLabel("البحث عن أشخاص").fill("lay");
    await page.getByRole("list", { name: "الأشخاص" }).getByRole("button", { name: "layla", exact: true }).click();
    await page.getByText("ألقِ التحية على layla.").waitFor();
    await page.getByLabel("رسالة", { exact: true }).fill("مرحبًا يا ليلى!");
    await page.getByRole("button", { name: "إرسال", exact: true }).click();
    await page.getByRole("log", { name: "layla" }).getByText("مرحبًا يا ليلى!").waitFor();
    expect(await violations(page)).toEqual([]);
    await screenshot(page, "chat-ar");

    await page.reload();
    await page.getByRole("button", { name: "تسجيل الخروج" }).waitFor();
    expect(await htmlLanguage(page)).toEqual({ lang: "ar", dir: "rtl" });

    await page.getByRole("button", { name: "تسجيل الخروج" }).click();
    await page.getByRole("button", { name: "تسجيل الدخول" }).waitFor();
    expect(await htmlLanguage(page)).toEqual({ lang: "ar", dir: "rtl" });
    expect(await violations(page)).toEqual([]);
    await page.getByLabel("اسم المستخدم").fill("omar");
    await page.getByLabel("كلمة المرور").fill(E2E_PASSWORD);
    await page.getByRole("button", { name: "تسجيل الدخول" }).click();
    await page.getByRole("button", { name: "تسجيل الخروج" }).waitFor();

    expect(problems).toEqual([]);
    expect(partner.problems).toEqual([]);
  });

  it("gives a browser in a language the app does not speak English", async () => {
    const { page, problems } = await openPage(stack.browser, stack.baseURL, { locale: "fr-FR" });
    await page.goto("/login");
    await page.getByRole("button", { name: "Log in" }).waitFor();
    expect(await htmlLanguage(page)).toEqual({ lang: "en", dir: "ltr" });
    expect(problems).toEqual([]);
  });

  it("switches language on the log-in page, before anyone logs in, and keeps it", async () => {
    const { page, problems } = await openPage(stack.browser, stack.baseURL, { locale: "en-US" });
    await page.goto("/login");
    const picker = page.getByRole("group", { name: "Language" });
    await picker.getByRole("button", { name: "العربية" }).click();
    await page.getByRole("button", { name: "تسجيل الدخول" }).waitFor();
    expect(await htmlLanguage(page)).toEqual({ lang: "ar", dir: "rtl" });
    expect(await page.getByRole("group", { name: "اللغة" }).getByRole("button", { name: "العربية" }).getAttribute("aria-pressed")).toBe("true");
    await page.reload();
    await page.getByRole("button", { name: "تسجيل الدخول" }).waitFor();
    await page.getByRole("group", { name: "اللغة" }).getByRole("button", { name: "English" }).click();
    await page.getByRole("button", { name: "Log in" }).waitFor();
    expect(await htmlLanguage(page)).toEqual({ lang: "en", dir: "ltr" });
    expect(problems).toEqual([]);
  });
});
