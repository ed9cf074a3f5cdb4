import { useMemo, useSyncExternalStore } from "react";
import { i18n, type Translate } from "./i18n";

// Lingui's own React binding (@lingui/react) would do this too, for 0.35 KB gzip the JS budget has not got.
const subscribe = (onChange: () => void) => i18n.on("change", onChange);
const localeNow = () => i18n.locale;

/** The language shown; components re-render when it changes. */
export function useLocale(): string {
  return useSyncExternalStore(subscribe, localeNow);
}

/** `t` for a component: a new function whenever the language changes, so memos and effects follow. */
export function useT(): Translate {
  const locale = useLocale();
  return useMemo<Translate>(() => (key, values) => (locale ? i18n._(key, values) : key), [locale]);
}
