import type { KitMessages } from "@chat-app/ui-kit";
import type { Language } from "./languages";

/**
 * The kit's own strings in each language. English is built into the kit; the others are chunks of
 * their own, fetched with the app's catalog (see fetch-catalog.ts), so a page loads one language.
 */
const LOADERS: Readonly<Record<Language, () => Promise<KitMessages | undefined>>> = {
  en: () => Promise.resolve(undefined),
  es: () => import("@chat-app/ui-kit/locales/es").then((module) => module.es),
  ar: () => import("@chat-app/ui-kit/locales/ar").then((module) => module.ar),
};

const loaded = new Map<Language, KitMessages | undefined>();

export async function loadKitCatalog(language: Language): Promise<void> {
  if (!loaded.has(language)) loaded.set(language, await LOADERS[language]());
}

/** The kit's strings for a language already loaded; undefined means the kit's English. */
export const kitCatalog = (language: Language): KitMessages | undefined => loaded.get(language);
