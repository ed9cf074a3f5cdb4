import { useCallback } from "react";
import { browserStorage } from "./document-language";
import { fetchCatalog } from "./fetch-catalog";
import { loadLanguage } from "./i18n";
import { FALLBACK_LANGUAGE, isLanguage, type Language, saveLanguage } from "./languages";
import { useLocale } from "./useT";

/** The language shown and the switch: the choice is kept in this browser, for everyone who uses it. */
export function useLanguage(): [Language, (language: Language) => void] {
  const locale = useLocale();
  const choose = useCallback((language: Language) => {
    saveLanguage(browserStorage(), language);
    void loadLanguage(language, fetchCatalog);
  }, []);
  return [isLanguage(locale) ? locale : FALLBACK_LANGUAGE, choose];
}
