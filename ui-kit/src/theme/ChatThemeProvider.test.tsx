import { render, screen } from '@testing-library/react';
import { styled } from 'styled-components';
import { Button } from '../atoms/Button/Button';
import { ChatThemeProvider } from './ChatThemeProvider';
import { darkTheme, lightTheme } from './themes';
import type { ChatTheme } from './tokens';

const Probe = styled.span`
  color: ${(p) => p.theme.colors.text};
`;

function cssFor(element: Element): string {
  return Array.from(document.querySelectorAll('style'))
    .map((s) => s.textContent ?? '')
    .join('\n')
    .split('}')
    .filter((rule) => Array.from(element.classList).some((c) => rule.includes(`.${c}`)))
    .join('}');
}

describe('ChatThemeProvider', () => {
  it('gives components the named theme’s tokens', () => {
    render(
      <ChatThemeProvider theme="dark">
        <Probe data-testid="p">x</Probe>
        <Button>Go</Button>
      </ChatThemeProvider>,
    );
    expect(getComputedStyle(screen.getByTestId('p')).color).toBe('rgb(232, 235, 240)'); // darkTheme.colors.text
    expect(cssFor(screen.getByRole('button', { name: 'Go' }))).toContain(darkTheme.colors.primary);
  });

  it('accepts a custom theme and defaults to light', () => {
    const custom: ChatTheme = { ...lightTheme, name: 'brand', colors: { ...lightTheme.colors, primary: '#6a1b9a' } };
    const { rerender } = render(
      <ChatThemeProvider theme={custom}>
        <Button>Brand</Button>
      </ChatThemeProvider>,
    );
    expect(cssFor(screen.getByRole('button', { name: 'Brand' }))).toContain('#6a1b9a');
    rerender(
      <ChatThemeProvider>
        <Button>Brand</Button>
      </ChatThemeProvider>,
    );
    expect(cssFor(screen.getByRole('button', { name: 'Brand' }))).toContain(lightTheme.colors.primary);
  });

  it('falls back to the light theme without a provider', () => {
    render(<Button>Plain</Button>);
    expect(cssFor(screen.getByRole('button', { name: 'Plain' }))).toContain(lightTheme.colors.primary);
  });
});
