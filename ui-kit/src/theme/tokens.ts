import type { CSSProperties } from 'react';

/** Colour roles used by the kit. Components never use literal colours, only these roles. */
export interface ChatColors {
  /** Page background. */
  background: string;
  /** Raised surfaces: panes, cards, inputs. */
  surface: string;
  /** Slightly contrasting surface: hover rows, the other side's bubbles. */
  surfaceAlt: string;
  /** Selected row background. */
  surfaceSelected: string;
  text: string;
  textMuted: string;
  border: string;
  primary: string;
  primaryHover: string;
  onPrimary: string;
  /** The reader's own bubbles. */
  ownBubble: string;
  onOwnBubble: string;
  otherBubble: string;
  onOtherBubble: string;
  link: string;
  danger: string;
  onDanger: string;
  dangerSurface: string;
  warningSurface: string;
  onWarningSurface: string;
  success: string;
  presenceOnline: string;
  presenceAway: string;
  presenceOffline: string;
  badge: string;
  onBadge: string;
  focusRing: string;
  overlay: string;
}

export interface ChatSpacing {
  /** 2px */ xxs: string;
  /** 4px */ xs: string;
  /** 8px */ sm: string;
  /** 12px */ md: string;
  /** 16px */ lg: string;
  /** 24px */ xl: string;
  /** 32px */ xxl: string;
}

export interface ChatRadii {
  sm: string;
  md: string;
  lg: string;
  bubble: string;
  round: string;
}

export interface ChatTypography {
  fontFamily: string;
  monoFamily: string;
  size: { xs: string; sm: string; md: string; lg: string; xl: string };
  weight: { regular: CSSProperties['fontWeight']; medium: CSSProperties['fontWeight']; bold: CSSProperties['fontWeight'] };
  lineHeight: { tight: number; normal: number };
}

export interface ChatShadows {
  sm: string;
  md: string;
}

/** The typed design tokens. `DefaultTheme` from styled-components is augmented to this shape. */
export interface ChatTheme {
  name: 'light' | 'dark' | (string & {});
  colorScheme: 'light' | 'dark';
  colors: ChatColors;
  space: ChatSpacing;
  radii: ChatRadii;
  typography: ChatTypography;
  shadows: ChatShadows;
  /**
   * `narrow`: width under which ChatPage shows one pane at a time. `wide`: width from which its
   * side panel (group members) opens beside the conversation instead of in its place.
   */
  breakpoints: { narrow: string; wide: string };
  motion: { fast: string; normal: string };
}

declare module 'styled-components' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  export interface DefaultTheme extends ChatTheme {}
}
