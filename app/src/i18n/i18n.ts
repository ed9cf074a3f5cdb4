import i18next, { type i18n as I18n } from "i18next";
import { initReactI18next } from "react-i18next";
import en from "../locales/en.json";
import { FALLBACK_LANGUAGE, type Language } from "./languages";

/** The other catalogs are chunks of their own, fetched only by someone who reads that language. */
const CATALOGS: Readonly<Record<Exclude<Language, "en">, () => Promise<{ default: typeof en }>>> = {
  es: () => import("../locales/es.json"),
  ar: () => import("../locales/ar.json"),
};

/**
 * The app's one i18next instance. English (the fallback) is bundled and ready at import, so
 * code outside React (list previews, send failures) and the unit tests can call `i18n.t` at once.
 */
export const i18n: I18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  lng: FALLBACK_LANGUAGE,
  fallbackLng: FALLBACK_LANGUAGE,
  resources: { en: { translation: en } },
  initAsync: false,
  // React escapes what it renders; i18next escaping too would show "O&#39;Brien".
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** Fetches the language's catalog (once) and switches to it. */
export async function loadLanguage(language: Language): Promise<void> {
  if (language !== "en" && !i18n.hasResourceBundle(language, "translation")) {
    const { default: catalog } = await CATALOGS[language]();
    i18n.addResourceBundle(language, "translation", catalog);
  }
  await i18n.changeLanguage(language);
}
