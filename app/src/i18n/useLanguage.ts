import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { loadLanguage } from "./i18n";
import { browserStorage } from "./document-language";
import { FALLBACK_LANGUAGE, isLanguage, type Language, saveLanguage } from "./languages";

/** The language shown and the switch: the choice is kept in this browser, for everyone who uses it. */
export function useLanguage(): [Language, (language: Language) => void] {
  const { i18n } = useTranslation();
  const shown = i18n.resolvedLanguage;
  const choose = useCallback((language: Language) => {
    saveLanguage(browserStorage(), language);
    void loadLanguage(language);
  }, []);
  return [isLanguage(shown) ? shown : FALLBACK_LANGUAGE, choose];
}
