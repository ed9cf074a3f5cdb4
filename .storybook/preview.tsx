import type { Decorator, Preview } from '@storybook/react-vite';
import { MINIMAL_VIEWPORTS } from 'storybook/viewport';
import { ChatThemeProvider, themes, type ThemeName } from '../ui-kit/src/theme';
import { catalogFor } from '../ui-kit/src/locale/catalogs';
import { localeDir } from '../ui-kit/src/locale/direction';

const text = (value: unknown, fallback: string): string => (typeof value === 'string' ? value : fallback);

/**
 * Wraps every story in the kit's provider, on a page-coloured surface of the chosen theme, in the
 * chosen language and direction (`auto`: the language's own).
 */
const withTheme: Decorator = (Story, context) => {
  const name: ThemeName = context.globals['theme'] === 'dark' ? 'dark' : 'light';
  const theme = themes[name];
  const locale = text(context.globals['locale'], 'en');
  const chosen = text(context.globals['dir'], 'auto');
  const dir = chosen === 'ltr' || chosen === 'rtl' ? chosen : localeDir(locale);
  return (
    <ChatThemeProvider theme={name} locale={locale} messages={catalogFor(locale)} dir={dir}>
      <div
        data-theme={name}
        dir={dir}
        lang={locale}
        style={{
          background: theme.colors.background,
          color: theme.colors.text,
          fontFamily: theme.typography.fontFamily,
          colorScheme: theme.colorScheme,
          padding: context.parameters['layout'] === 'fullscreen' ? 0 : 16,
          minHeight: context.parameters['layout'] === 'fullscreen' ? '100vh' : undefined,
        }}
      >
        <Story />
      </div>
    </ChatThemeProvider>
  );
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withTheme],
  globalTypes: {
    theme: {
      description: 'Kit theme',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Kit language',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'es', title: 'Español' },
          { value: 'ar', title: 'العربية' },
        ],
        dynamicTitle: true,
      },
    },
    dir: {
      description: 'Text direction',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'auto', title: 'Language’s direction' },
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en', dir: 'auto' },
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    a11y: { test: 'error' },
    viewport: { options: MINIMAL_VIEWPORTS },
  },
};

export default preview;
