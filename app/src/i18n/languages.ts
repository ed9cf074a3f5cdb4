import type { KeyValueStorage } from "@chat-app/client";

/** The languages the app has catalogs for; the first is the fallback. */
export const LANGUAGES = ["en", "es", "ar"] as const;
export type Language = (typeof LANGUAGES)[number];
export const FALLBACK_LANGUAGE: Language = "en";

/** Not personal (no user id in the key), so log-out keeps it: see forgetPerson. */
export const LANGUAGE_KEY = "chat.language";

/** Each language's name in itself, for the switch: a reader finds their own language whatever is shown. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: "English", es: "Español", ar: "العربية" };

const RTL: ReadonlySet<Language> = new Set<Language>(["ar"]);

export const isLanguage = (value: unknown): value is Language => typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);

export const directionOf = (language: Language): "ltr" | "rtl" => (RTL.has(language) ? "rtl" : "ltr");

/**
 * The first of the browser's languages (navigator.languages, most wanted first) the app speaks:
 * "es-MX" is Spanish, "ar-EG" Arabic; none of them is English.
 */
export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    if (isLanguage(base)) return base;
  }
  return FALLBACK_LANGUAGE;
}

/** The person's choice if they made one here, else the browser's. */
export function initialLanguage(storage: KeyValueStorage | undefined, preferred: readonly string[]): Language {
  let stored: string | null = null;
  try {
    stored = storage?.getItem(LANGUAGE_KEY) ?? null;
  } catch {
    // Storage refused (private mode, blocked cookies): the browser's language then.
  }
  return isLanguage(stored) ? stored : pickLanguage(preferred);
}

export function saveLanguage(storage: KeyValueStorage | undefined, language: Language): void {
  try {
    storage?.setItem(LANGUAGE_KEY, language);
  } catch {
    // Storage refused: the choice lasts for this page only.
  }
}
