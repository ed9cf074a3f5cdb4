import type { ChatTheme } from './tokens';

const shared = {
  space: { xxs: '2px', xs: '4px', sm: '8px', md: '12px', lg: '16px', xl: '24px', xxl: '32px' },
  radii: { sm: '4px', md: '8px', lg: '12px', bubble: '16px', round: '9999px' },
  typography: {
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
    monoFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
    size: { xs: '0.75rem', sm: '0.875rem', md: '1rem', lg: '1.125rem', xl: '1.5rem' },
    weight: { regular: 400, medium: 500, bold: 700 },
    lineHeight: { tight: 1.25, normal: 1.45 },
  },
  breakpoints: { narrow: '768px', wide: '1100px' },
  motion: { fast: '120ms', normal: '200ms' },
} satisfies Partial<ChatTheme>;

/** Light theme. Text/background pairs meet WCAG AA contrast. */
export const lightTheme: ChatTheme = {
  ...shared,
  name: 'light',
  colorScheme: 'light',
  colors: {
    background: '#f4f5f7',
    surface: '#ffffff',
    surfaceAlt: '#eef0f3',
    surfaceSelected: '#dde7fb',
    text: '#1b1f24',
    textMuted: '#57606a',
    border: '#c9ced6',
    primary: '#1d5fd0',
    primaryHover: '#174da9',
    onPrimary: '#ffffff',
    ownBubble: '#1d5fd0',
    onOwnBubble: '#ffffff',
    otherBubble: '#eef0f3',
    onOtherBubble: '#1b1f24',
    link: '#1550b8',
    danger: '#b42318',
    onDanger: '#ffffff',
    dangerSurface: '#fde8e6',
    warningSurface: '#fff4d6',
    onWarningSurface: '#5c3d00',
    success: '#1a7f37',
    presenceOnline: '#1a7f37',
    presenceAway: '#9a6700',
    presenceOffline: '#6e7781',
    badge: '#b42318',
    onBadge: '#ffffff',
    focusRing: '#1d5fd0',
    overlay: 'rgba(15, 20, 30, 0.45)',
  },
  shadows: { sm: '0 1px 2px rgba(15, 20, 30, 0.12)', md: '0 4px 16px rgba(15, 20, 30, 0.14)' },
};

/** Dark theme. Text/background pairs meet WCAG AA contrast. */
export const darkTheme: ChatTheme = {
  ...shared,
  name: 'dark',
  colorScheme: 'dark',
  colors: {
    background: '#0f1217',
    surface: '#171b22',
    surfaceAlt: '#222833',
    surfaceSelected: '#24365a',
    text: '#e8ebf0',
    textMuted: '#a3acb9',
    border: '#3a4250',
    primary: '#5b9bff',
    primaryHover: '#7db0ff',
    onPrimary: '#0b1220',
    ownBubble: '#2f5fb3',
    onOwnBubble: '#ffffff',
    otherBubble: '#252c38',
    onOtherBubble: '#e8ebf0',
    link: '#8ab8ff',
    danger: '#ff7b72',
    onDanger: '#1a0b0a',
    dangerSurface: '#3d1a18',
    warningSurface: '#3d2e0a',
    onWarningSurface: '#f5d98b',
    success: '#56d364',
    presenceOnline: '#56d364',
    presenceAway: '#e3b341',
    presenceOffline: '#8b949e',
    badge: '#ff7b72',
    onBadge: '#1a0b0a',
    focusRing: '#7db0ff',
    overlay: 'rgba(0, 0, 0, 0.6)',
  },
  shadows: { sm: '0 1px 2px rgba(0, 0, 0, 0.5)', md: '0 4px 16px rgba(0, 0, 0, 0.55)' },
};

export const themes = { light: lightTheme, dark: darkTheme } as const;
export type ThemeName = keyof typeof themes;
