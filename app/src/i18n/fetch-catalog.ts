import type { Messages } from "@lingui/core";
import ar from "../locales/compiled/ar.json?url";
import en from "../locales/compiled/en.json?url";
import es from "../locales/compiled/es.json?url";
import type { CatalogLoader } from "./i18n";
import { loadKitCatalog } from "./kit-catalogs";
import type { Language } from "./languages";

/**
 * Catalogs are data, not code: content-hashed JSON files under /assets/ (cached for good), and a
 * page fetches only the one language it shows.
 */
const URLS: Readonly<Record<Language, string>> = { en, es, ar };

export const fetchCatalog: CatalogLoader = async (language) => {
  const [response] = await Promise.all([fetch(URLS[language]), loadKitCatalog(language)]);
  if (!response.ok) throw new Error(response.statusText);
  return (await response.json()) as Messages;
};
