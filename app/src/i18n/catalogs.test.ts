import ar from "../locales/ar.json";
import en from "../locales/en.json";
import es from "../locales/es.json";
import { i18n, loadLanguage } from "./i18n";

type Tree = { readonly [key: string]: string | Tree };

/** "chat.send", … with plural suffixes folded into their key ("logout.unsent"). */
function keysOf(tree: Tree, prefix = ""): Set<string> {
  const keys = new Set<string>();
  for (const [key, value] of Object.entries(tree)) {
    const name = `${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, "")}`;
    if (typeof value === "string") keys.add(name);
    else for (const inner of keysOf(value, `${name}.`)) keys.add(inner);
  }
  return keys;
}

describe("the catalogs", () => {
  it.each([
    ["es", es],
    ["ar", ar],
  ])("%s has every English key and no other", (_, catalog) => {
    expect([...keysOf(catalog)].sort()).toEqual([...keysOf(en)].sort());
  });

  it.each([
    ["es", es],
    ["ar", ar],
  ])("%s keeps every {{placeholder}} of the English text", (_, catalog) => {
    const placeholders = (text: string) => (text.match(/{{\w+}}/g) ?? []).sort();
    expect(placeholders(catalog.chat.sayHello)).toEqual(placeholders(en.chat.sayHello));
    expect(placeholders(catalog.failure.tooLongMax)).toEqual(placeholders(en.failure.tooLongMax));
    expect(placeholders(catalog.search.none)).toEqual(placeholders(en.search.none));
    expect(placeholders(catalog.auth.tooManyIn)).toEqual(placeholders(en.auth.tooManyIn));
  });
});

describe("switching language", () => {
  afterAll(async () => {
    await loadLanguage("en");
  });

  it("loads a catalog on demand and words Arabic plurals in all six forms", async () => {
    await loadLanguage("ar");
    expect(i18n.language).toBe("ar");
    expect(i18n.t("chat.send")).toBe("إرسال");
    const unsent = [0, 1, 2, 3, 11, 100].map((count) => i18n.t("logout.unsent", { count }));
    expect(unsent).toEqual([
      ar.logout.unsent_zero,
      ar.logout.unsent_one,
      ar.logout.unsent_two,
      ar.logout.unsent_few.replace("{{count}}", "3"),
      ar.logout.unsent_many.replace("{{count}}", "11"),
      ar.logout.unsent_other.replace("{{count}}", "100"),
    ]);
  });

  it("words Spanish with one and other, and leaves names unescaped", async () => {
    await loadLanguage("es");
    expect(i18n.t("logout.unsent", { count: 1 })).toMatch(/^1 mensaje aún no se ha enviado/);
    expect(i18n.t("logout.unsent", { count: 2 })).toMatch(/^2 mensajes aún no se han enviado/);
    expect(i18n.t("chat.sayHello", { name: "O'Brien <3" })).toBe("Saluda a O'Brien <3.");
  });
});
