import { ThemeProvider } from 'styled-components';
import type { ReactNode } from 'react';
import { themes, type ThemeName } from './themes';
import type { ChatTheme } from './tokens';

export interface ChatThemeProviderProps {
  /** `'light'`, `'dark'` or a complete custom token set. Defaults to light. */
  theme?: ThemeName | ChatTheme;
  children?: ReactNode;
}

/**
 * Provides the kit's tokens to every component below it. The kit injects no global styles:
 * each component sets its own font, colours and box sizing, so it can live inside any app.
 */
export function ChatThemeProvider({ theme = 'light', children }: ChatThemeProviderProps) {
  const resolved = typeof theme === 'string' ? themes[theme] : theme;
  return <ThemeProvider theme={resolved}>{children}</ThemeProvider>;
}
