import { ThemeProvider } from 'styled-components';
import { useMemo, type ReactNode } from 'react';
import { themes, type ThemeName } from './themes';
import type { ChatTheme } from './tokens';
import { en } from '../locale/catalogs/en';
import { localeDir, type TextDirection } from '../locale/direction';
import { LocaleContext, type KitLocaleValue } from '../locale/LocaleContext';
import type { KitMessages } from '../locale/types';

export interface ChatThemeProviderProps {
  /** `'light'`, `'dark'` or a complete custom token set. Defaults to light. */
  theme?: ThemeName | ChatTheme;
  /**
   * BCP 47 tag ("es-MX", "ar"): dates, times, numbers and plurals follow it, and so does the
   * direction unless `dir` is given. English strings unless the language's catalog is passed as
   * `messages` (e.g. `es` from `@chat-app/ui-kit/locales/es`), so apps bundle only what they use.
   */
  locale?: string;
  /** A catalog, or some strings over English (the app's own wording or language). */
  messages?: Partial<KitMessages>;
  /** Defaults to the locale's writing direction. */
  dir?: TextDirection;
  children?: ReactNode;
}

/**
 * Provides the kit's tokens, strings and direction to every component below it. The kit injects
 * no global styles: each component sets its own font, colours and box sizing, so it can live
 * inside any app. With `locale` or `dir` the children are wrapped in a `display: contents` element
 * carrying `lang` and `dir`, so logical CSS properties and screen readers follow the language.
 */
export function ChatThemeProvider({ theme = 'light', locale, messages, dir, children }: ChatThemeProviderProps) {
  const resolved = typeof theme === 'string' ? themes[theme] : theme;
  const direction = dir ?? localeDir(locale);
  const value = useMemo<KitLocaleValue>(
    () => ({ locale, dir: direction, messages: messages ? { ...en, ...messages } : en }),
    [locale, direction, messages],
  );
  const wrap = locale !== undefined || dir !== undefined;
  return (
    <ThemeProvider theme={resolved}>
      <LocaleContext.Provider value={value}>
        {wrap ? (
          <div lang={locale} dir={direction} style={{ display: 'contents' }}>
            {children}
          </div>
        ) : (
          children
        )}
      </LocaleContext.Provider>
    </ThemeProvider>
  );
}
