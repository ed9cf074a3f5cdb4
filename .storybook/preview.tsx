import type { Decorator, Preview } from '@storybook/react-vite';
import { MINIMAL_VIEWPORTS } from 'storybook/viewport';
import { ChatThemeProvider, themes, type ThemeName } from '../ui-kit/src/theme';

/** Wraps every story in the kit's provider, on a page-coloured surface of the chosen theme. */
const withTheme: Decorator = (Story, context) => {
  const name: ThemeName = context.globals['theme'] === 'dark' ? 'dark' : 'light';
  const theme = themes[name];
  return (
    <ChatThemeProvider theme={name}>
      <div
        data-theme={name}
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
  },
  initialGlobals: { theme: 'light' },
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    a11y: { test: 'error' },
    viewport: { options: MINIMAL_VIEWPORTS },
  },
};

export default preview;
