import { css, type DefaultTheme } from 'styled-components';
import { lightTheme } from '../theme/themes';
import type { ChatColors, ChatRadii, ChatSpacing, ChatTheme } from '../theme/tokens';

type ThemeProps = { theme: DefaultTheme };

/** The theme in context, or the light theme when a component is rendered without a provider. */
export const themeOf = (p: ThemeProps): ChatTheme => ((p.theme as Partial<ChatTheme>).colors ? p.theme : lightTheme);

/** Token accessors for styled-components interpolations. */
export const color = (key: keyof ChatColors) => (p: ThemeProps) => themeOf(p).colors[key];
export const space = (key: keyof ChatSpacing) => (p: ThemeProps) => themeOf(p).space[key];
export const radius = (key: keyof ChatRadii) => (p: ThemeProps) => themeOf(p).radii[key];
export const fontSize = (key: keyof ChatTheme['typography']['size']) => (p: ThemeProps) => themeOf(p).typography.size[key];
export const fontWeight = (key: keyof ChatTheme['typography']['weight']) => (p: ThemeProps) => themeOf(p).typography.weight[key];
export const fontFamily = (p: ThemeProps) => themeOf(p).typography.fontFamily;
export const monoFamily = (p: ThemeProps) => themeOf(p).typography.monoFamily;
export const lineHeight = (key: keyof ChatTheme['typography']['lineHeight']) => (p: ThemeProps) => themeOf(p).typography.lineHeight[key];
export const motion = (key: keyof ChatTheme['motion']) => (p: ThemeProps) => themeOf(p).motion[key];
export const shadow = (key: keyof ChatTheme['shadows']) => (p: ThemeProps) => themeOf(p).shadows[key];

/** Base text styles every root element of the kit sets, so no global stylesheet is needed. */
export const base = css`
  box-sizing: border-box;
  font-family: ${fontFamily};
  color: ${color('text')};
  line-height: ${lineHeight('normal')};
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
`;

/** A visible focus ring for keyboard users only. */
export const focusRing = css`
  &:focus-visible {
    outline: 2px solid ${color('focusRing')};
    outline-offset: 2px;
  }
`;

/** Hides content visually while keeping it for assistive technology. */
export const visuallyHidden = css`
  position: absolute !important;
  width: 1px;
  height: 1px;
  padding: 0;
  margin: -1px;
  overflow: hidden;
  clip: rect(0, 0, 0, 0);
  white-space: nowrap;
  border: 0;
`;

/** Touch screens: at least 44 × 44 px to hit (WCAG 2.5.5, Apple/Material guidance). */
export const touchTarget = css`
  @media (pointer: coarse) {
    min-height: 44px;
    min-width: 44px;
  }
`;
