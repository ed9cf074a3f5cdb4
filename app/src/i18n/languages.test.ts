import { MemoryStorage } from "@chat-app/client";
import { forgetPerson, saveSession } from "../state/session";
import { directionOf, initialLanguage, LANGUAGE_KEY, pickLanguage, saveLanguage } from "./languages";

describe("pickLanguage", () => {
  it.each([
    [["es-ES", "en"], "es"],
    [["ar-EG"], "ar"],
    [["ES_mx"], "es"],
    [["fr-FR", "de", "ar", "es"], "ar"],
    [["en-GB", "es"], "en"],
  ])("picks the first language spoken from %j", (preferred, expected) => {
    expect(pickLanguage(preferred)).toBe(expected);
  });

  it("falls back to English when none of the browser's languages is spoken", () => {
    expect(pickLanguage(["fr-FR", "de"])).toBe("en");
    expect(pickLanguage([])).toBe("en");
  });
});

describe("the language setting", () => {
  it("prefers the choice made here over the browser's languages", () => {
    const storage = new MemoryStorage();
    expect(initialLanguage(storage, ["es-ES"])).toBe("es");
    saveLanguage(storage, "ar");
    expect(storage.getItem(LANGUAGE_KEY)).toBe("ar");
    expect(initialLanguage(storage, ["es-ES"])).toBe("ar");
  });

  it("ignores a stored value that is not a language the app speaks", () => {
    const storage = new MemoryStorage();
    storage.setItem(LANGUAGE_KEY, "klingon");
    expect(initialLanguage(storage, ["es"])).toBe("es");
  });

  it("survives log-out, which forgets everything personal", () => {
    const storage = new MemoryStorage();
    saveSession(storage, { token: "t", user: { id: 7, username: "alice" } });
    saveLanguage(storage, "es");
    forgetPerson(storage, 7);
    expect(initialLanguage(storage, ["en"])).toBe("es");
  });

  it("uses the browser's language when storage throws, and saving then does nothing", () => {
    const refusing = {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {
        throw new Error("SecurityError");
      },
      removeItem: () => undefined,
    };
    expect(initialLanguage(refusing, ["ar"])).toBe("ar");
    expect(() => saveLanguage(refusing, "es")).not.toThrow();
    expect(initialLanguage(undefined, ["es"])).toBe("es");
  });

  it("reads Arabic right to left, the others left to right", () => {
    expect(directionOf("ar")).toBe("rtl");
    expect(directionOf("es")).toBe("ltr");
    expect(directionOf("en")).toBe("ltr");
  });
});
