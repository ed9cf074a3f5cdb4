import { compileMessageOrThrow } from "@lingui/message-utils/compileMessage";
import ar from "../locales/ar.json";
import en from "../locales/en.json";
import es from "../locales/es.json";
import { failureSentence } from "../state/send-failures";
import { i18n, loadLanguage, t } from "./i18n";
import { COMPILED, fileCatalog } from "./test-catalogs";

/** The arguments a message takes ("{name}", "{count, plural, …}" and those inside its branches), whatever its wording. */
function argumentsOf(message: string): string[] {
  const found = new Set<string>();
  // A compiled message is a list of parts: text, or an argument [name, format?, branches?] whose
  // branches are lists of parts again.
  const walk = (parts: unknown): void => {
    if (!Array.isArray(parts)) return;
    for (const part of parts) {
      if (!Array.isArray(part) || typeof part[0] !== "string") continue;
      found.add(part[0]);
      for (const branch of Object.values((part[2] ?? {}) as Record<string, unknown>)) walk(branch);
    }
  };
  walk(compileMessageOrThrow(message));
  return [...found].sort();
}

describe("the catalogs", () => {
  it.each([
    ["es", es],
    ["ar", ar],
  ])("%s has every English key and no other", (_, catalog) => {
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(en).sort());
  });

  it.each([
    ["es", es],
    ["ar", ar],
  ])("%s takes the same arguments as English in every message", (_, catalog: Record<string, string>) => {
    const differing = Object.entries(en).filter(([key, message]) => argumentsOf(catalog[key] ?? "").join() !== argumentsOf(message).join());
    expect(differing).toEqual([]);
  });

  it.each([
    ["en", en],
    ["es", es],
    ["ar", ar],
  ] as const)("the compiled %s catalog is up to date (npm run catalogs -w app)", (language, source) => {
    const compiled = Object.fromEntries(Object.entries(source).map(([key, message]) => [key, compileMessageOrThrow(message)]));
    expect(compiled).toEqual(COMPILED[language]);
  });
});

describe("switching language", () => {
  afterEach(async () => {
    await loadLanguage("en", fileCatalog);
  });

  it("words Arabic plurals in all six forms", async () => {
    await loadLanguage("ar", fileCatalog);
    expect(i18n.locale).toBe("ar");
    expect(t("chat.send")).toBe("إرسال");
    const unsent = [0, 1, 2, 3, 11, 100].map((count) => t("logout.unsent", { count }).split(" ")[0]);
    expect(unsent).toEqual(["لا", "رسالة", "رسالتان", "3", "11", "100"]);
    expect(t("logout.unsent", { count: 3 })).toBe("3 رسائل لم تُرسَل بعد. سيحذفها تسجيل الخروج من هذا المتصفح.");
    expect(t("logout.unsent", { count: 11 })).toBe("11 رسالة لم تُرسَل بعد. سيحذفها تسجيل الخروج من هذا المتصفح.");
  });

  it("words Spanish with one and other, keeps apostrophes, and leaves names as given", async () => {
    await loadLanguage("es", fileCatalog);
    expect(t("logout.unsent", { count: 1 })).toBe("1 mensaje aún no se ha enviado. Al cerrar sesión se borrará de este navegador.");
    expect(t("logout.unsent", { count: 2 })).toBe("2 mensajes aún no se han enviado. Al cerrar sesión se borrarán de este navegador.");
    expect(t("chat.sayHello", { name: "O'Brien <3" })).toBe("Saluda a O'Brien <3.");
  });

  it("words code outside React (a send failure) in the language shown", async () => {
    await loadLanguage("es", fileCatalog);
    expect(failureSentence(undefined)).toBe("No enviado");
    await loadLanguage("en", fileCatalog);
    expect(failureSentence(undefined)).toBe("Not sent");
    expect(t("logout.unsent", { count: 1 })).toBe("1 message hasn't been sent yet. Logging out deletes it from this browser.");
  });
});
