import type { KeyValueStorage } from "@chat-app/client";
import { i18n, t } from "./i18n";
import { directionOf, FALLBACK_LANGUAGE, isLanguage } from "./languages";

/** localStorage, or nothing where the browser refuses it (reading the property can throw). */
export function browserStorage(): KeyValueStorage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** `<html lang dir>` and the tab's title follow the language shown. */
export function followLanguageInDocument(): void {
  i18n.on("change", () => {
    // Loading a catalog also says "change", before any language is shown.
    if (!i18n.locale) return;
    const language = isLanguage(i18n.locale) ? i18n.locale : FALLBACK_LANGUAGE;
    document.documentElement.lang = language;
    document.documentElement.dir = directionOf(language);
    document.title = t("app.name");
  });
}
