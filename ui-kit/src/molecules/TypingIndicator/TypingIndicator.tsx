import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { useKitLocale } from '../../locale/useKitLocale';
import { en } from '../../locale/catalogs/en';
import type { KitMessages } from '../../locale/types';
import { styled, keyframes } from 'styled-components';
import { base, color, fontSize, space } from '../../utils/theme';

export interface TypingIndicatorProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** Names of the people typing. Renders an empty live region when none, so later text is announced. */
  names: string[];
}

const bounce = keyframes`
  0%, 60%, 100% { transform: translateY(0); opacity: 0.5; }
  30% { transform: translateY(-3px); opacity: 1; }
`;

const Root = styled.div`
  ${base}
  display: flex;
  align-items: center;
  gap: ${space('sm')};
  min-height: 20px;
  padding: 0 ${space('md')};
  font-size: ${fontSize('sm')};
  color: ${color('textMuted')};
`;

const Dots = styled.span`
  display: inline-flex;
  gap: 3px;
  span {
    width: 5px;
    height: 5px;
    border-radius: 50%;
    background: currentColor;
    animation: ${bounce} 1.2s infinite ease-in-out;
  }
  span:nth-child(2) {
    animation-delay: 0.15s;
  }
  span:nth-child(3) {
    animation-delay: 0.3s;
  }
  @media (prefers-reduced-motion: reduce) {
    span {
      animation: none;
    }
  }
`;

/** "Ada is typing…", "Ada and Bob are typing…", "3 people are typing…" (or another catalog's wording). */
export function typingText(names: string[], messages: KitMessages = en): string {
  return names.length === 0 ? '' : messages.typing(names);
}

/** Says who is typing, in a polite live region. */
export const TypingIndicator = forwardRef<HTMLDivElement, TypingIndicatorProps>(function TypingIndicator({ names, ...rest }, ref) {
  const text = typingText(names, useKitLocale().messages);
  return (
    <Root ref={ref} role="status" aria-live="polite" data-active={names.length > 0} {...rest}>
      {text ? (
        <>
          <Dots aria-hidden="true">
            <span />
            <span />
            <span />
          </Dots>
          <span dir="auto">{text}</span>
        </>
      ) : null}
    </Root>
  );
});
