import { forwardRef, useState, type ComponentPropsWithoutRef } from 'react';
import { styled } from 'styled-components';
import { Button } from '../../atoms/Button/Button';
import { IconButton } from '../../atoms/IconButton/IconButton';
import { useKitLocale } from '../../locale/useKitLocale';
import type { MessageId } from '../../types';
import { ChevronIcon } from '../../utils/icons';
import { base, color, focusRing, fontSize, fontWeight, radius, space } from '../../utils/theme';
import { VisuallyHidden } from '../../utils/VisuallyHidden';

/** A pinned message as the bar shows it. */
export interface PinnedMessage {
  id: MessageId;
  authorName: string;
  /** The start of its text (plain text, shown on one line). */
  excerpt: string;
}

export interface PinnedBarProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children'> {
  /** Pinned messages, the latest first: the bar starts with it. Nothing renders when empty. */
  pins: readonly PinnedMessage[];
  /** "Go to pinned message": called with the shown pin's id. */
  onJumpTo: (id: MessageId) => void;
  /** Offers "Unpin" for the shown pin (those allowed to pin). */
  onUnpin?: (id: MessageId) => void;
}

const Root = styled.section`
  ${base}
  display: flex;
  align-items: center;
  gap: ${space('xs')};
  min-width: 0;
  padding: ${space('xxs')} ${space('lg')};
  border-inline-start: 3px solid ${color('primary')};
  background: ${color('surface')};
  font-size: ${fontSize('sm')};
`;

const Jump = styled.button`
  all: unset;
  display: flex;
  flex: 1;
  gap: ${space('xs')};
  min-width: 0;
  min-height: 32px;
  align-items: center;
  border-radius: ${radius('sm')};
  cursor: pointer;
  ${focusRing}
`;

const Author = styled.span`
  flex: none;
  font-weight: ${fontWeight('medium')};
`;

const Excerpt = styled.span`
  min-width: 0;
  overflow: hidden;
  text-overflow: ellipsis;
  white-space: nowrap;
  color: ${color('textMuted')};
`;

const Count = styled.span`
  flex: none;
  color: ${color('textMuted')};
  font-size: ${fontSize('xs')};
`;

/**
 * The conversation's pinned messages, one at a time under the header: the latest pin's author and
 * a one-line excerpt as a button to the message, "2 of 5" with "Next pinned message" when there are
 * several, and "Unpin" (`onUnpin`). State: `data-count`, `data-index`.
 */
export const PinnedBar = forwardRef<HTMLElement, PinnedBarProps>(function PinnedBar({ pins, onJumpTo, onUnpin, ...rest }, ref) {
  const { messages: t } = useKitLocale();
  const [index, setIndex] = useState(0);
  if (pins.length === 0) return null;
  // Pins come and go live: the shown one stays within the list.
  const at = index % pins.length;
  const pin = pins[at]!;
  return (
    <Root ref={ref} aria-label={t.pinnedMessages} data-count={pins.length} data-index={at} {...rest}>
      <Jump type="button" onClick={() => onJumpTo(pin.id)}>
        <VisuallyHidden>{t.goToPinned}: </VisuallyHidden>
        <Author dir="auto">{pin.authorName}</Author>
        <Excerpt dir="auto">{pin.excerpt}</Excerpt>
      </Jump>
      {pins.length > 1 ? (
        <>
          <Count data-position>{t.pinnedPosition(at + 1, pins.length)}</Count>
          <IconButton label={t.nextPinned} icon={<ChevronIcon size={16} data-directional />} size={28} onClick={() => setIndex(at + 1)} />
        </>
      ) : null}
      {onUnpin ? (
        <Button variant="link" size="sm" onClick={() => onUnpin(pin.id)}>
          {t.unpin}
        </Button>
      ) : null}
    </Root>
  );
});
