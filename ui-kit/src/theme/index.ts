export type { ChatTheme, ChatColors, ChatSpacing, ChatRadii, ChatTypography, ChatShadows } from './tokens';
export { lightTheme, darkTheme, themes, type ThemeName } from './themes';
export { ChatThemeProvider, type ChatThemeProviderProps } from './ChatThemeProvider';
