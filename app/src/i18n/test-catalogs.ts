import type { Messages } from "@lingui/core";
import ar from "../locales/compiled/ar.json";
import en from "../locales/compiled/en.json";
import es from "../locales/compiled/es.json";
import type { CatalogLoader } from "./i18n";

// JSON infers arrays where Lingui's type has tuples: the same data.
const asMessages = (catalog: object) => catalog as Messages;

/** The compiled catalogs read from disk, as the unit tests load them (the browser fetches them). */
export const COMPILED: Readonly<Record<"en" | "es" | "ar", Messages>> = { en: asMessages(en), es: asMessages(es), ar: asMessages(ar) };

export const fileCatalog: CatalogLoader = (language) => Promise.resolve(COMPILED[language]);
