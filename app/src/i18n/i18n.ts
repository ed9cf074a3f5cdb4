import { type I18n, type Messages, setupI18n } from "@lingui/core";
import type en from "../locales/en.json";
import type { Language } from "./languages";

/** Every message id the app has; English is the source catalog, so a wrong key fails `npm run typecheck`. */
export type MessageKey = keyof typeof en;
export type MessageValues = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, values?: MessageValues) => string;

/** Where a language's compiled catalog comes from (the browser fetches it; the tests read the file). */
export type CatalogLoader = (language: Language) => Promise<Messages>;

/** The app's one Lingui instance, for code outside React too (list previews, send failures). */
export const i18n: I18n = setupI18n();

/** A message in the language shown. */
export const t: Translate = (key, values) => i18n._(key, values);

const loaded = new Set<Language>();

/** Fetches the language's catalog (once) and shows it. */
export async function loadLanguage(language: Language, load: CatalogLoader): Promise<void> {
  if (!loaded.has(language)) {
    i18n.load(language, await load(language));
    loaded.add(language);
  }
  i18n.activate(language);
}
