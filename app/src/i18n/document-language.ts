import type { KeyValueStorage } from "@chat-app/client";
import { i18n } from "./i18n";
import { directionOf, FALLBACK_LANGUAGE, isLanguage } from "./languages";

/** localStorage, or nothing where the browser refuses it (reading the property can throw). */
export function browserStorage(): KeyValueStorage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** `<html lang dir>` and the tab's title follow the language shown, from the first render on. */
export function followLanguageInDocument(): void {
  const apply = (shown: string) => {
    const language = isLanguage(shown) ? shown : FALLBACK_LANGUAGE;
    document.documentElement.lang = language;
    document.documentElement.dir = directionOf(language);
    document.title = i18n.t("app.name");
  };
  i18n.on("languageChanged", apply);
  apply(i18n.language);
}
