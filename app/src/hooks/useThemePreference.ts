import type { KeyValueStorage } from "@chat-app/client";
import { useCallback, useSyncExternalStore } from "react";
import { browserStorage } from "../i18n/document-language";
import { useColorScheme } from "./useColorScheme";

export const THEME_PREFERENCES = ["system", "light", "dark"] as const;
export type ThemePreference = (typeof THEME_PREFERENCES)[number];

/** Not personal (no user id in the key), so log-out keeps it, like the language. */
export const THEME_KEY = "chat.theme";

const isPreference = (value: unknown): value is ThemePreference =>
  typeof value === "string" && (THEME_PREFERENCES as readonly string[]).includes(value);

export function loadThemePreference(storage: KeyValueStorage | undefined): ThemePreference {
  try {
    const stored = storage?.getItem(THEME_KEY);
    return isPreference(stored) ? stored : "system";
  } catch {
    return "system";
  }
}

const listeners = new Set<() => void>();
let current: ThemePreference | null = null;

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  // Another tab chose: this one follows.
  const onStorage = (event: StorageEvent) => {
    if (event.key === THEME_KEY || event.key === null) {
      current = null;
      onChange();
    }
  };
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener("storage", onStorage);
  };
}

const snapshot = (): ThemePreference => (current ??= loadThemePreference(browserStorage()));

/**
 * Light, dark, or the device's setting (the default, followed live): the choice is kept in this
 * browser, for everyone who uses it. Returns the choice, the switch, and the scheme to show.
 */
export function useThemePreference(): [ThemePreference, (next: ThemePreference) => void, "light" | "dark"] {
  const preference = useSyncExternalStore(subscribe, snapshot, () => "system" as const);
  const system = useColorScheme();
  const choose = useCallback((next: ThemePreference) => {
    try {
      browserStorage()?.setItem(THEME_KEY, next);
    } catch {
      // Storage refused: the choice lasts for this page only.
    }
    current = next;
    for (const listener of listeners) listener();
  }, []);
  return [preference, choose, preference === "system" ? system : preference];
}
