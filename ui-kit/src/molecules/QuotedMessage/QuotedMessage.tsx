import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { styled } from 'styled-components';
import { HiddenParts } from '../../locale/HiddenParts';
import { useKitLocale } from '../../locale/useKitLocale';
import type { MessageId } from '../../types';
import { base, color, focusRing, fontSize, fontWeight, radius, space } from '../../utils/theme';

export interface QuotedMessageProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** Who wrote the quoted message. */
  authorName: string;
  /** The start of its text (clamped to two lines). */
  excerpt: string;
  /** The original was deleted: shows "Message deleted" instead of the excerpt. */
  deleted?: boolean;
  /** The quoted message's id, passed to `onJumpTo`. */
  messageId?: MessageId;
  /** Makes the quote a button ("Go to message from Ada") that calls this with `messageId`. */
  onJumpTo?: (id: MessageId) => void;
}

const Root = styled.div`
  ${base}
  display: flex;
  min-width: 0;
  border-inline-start: 3px solid ${color('primary')};
  border-radius: ${radius('sm')};
  background: ${color('surfaceSelected')};
  color: ${color('text')};
  font-size: ${fontSize('sm')};
  &[data-deleted='true'] [data-excerpt] {
    font-style: italic;
  }
`;

const Body = styled.span`
  display: flex;
  flex-direction: column;
  gap: ${space('xxs')};
  min-width: 0;
  width: 100%;
  padding: ${space('xs')} ${space('sm')};
  text-align: start;
`;

const Jump = styled.button`
  all: unset;
  display: flex;
  width: 100%;
  min-width: 0;
  cursor: pointer;
  border-radius: ${radius('sm')};
  ${focusRing}
`;

const Author = styled.span`
  font-weight: ${fontWeight('medium')};
`;

const Excerpt = styled.span`
  display: -webkit-box;
  -webkit-box-orient: vertical;
  -webkit-line-clamp: 2;
  overflow: hidden;
  overflow-wrap: anywhere;
  color: ${color('textMuted')};
`;

/**
 * A quoted message: its author and the start of its text, or "Message deleted". In a bubble it is
 * a button to the original (`onJumpTo`); above the composer it is a plain preview. State:
 * `data-deleted`, `data-interactive`.
 */
export const QuotedMessage = forwardRef<HTMLDivElement, QuotedMessageProps>(function QuotedMessage(
  { authorName, excerpt, deleted = false, messageId, onJumpTo, ...rest },
  ref,
) {
  const { messages: t } = useKitLocale();
  const jump = onJumpTo && messageId !== undefined ? onJumpTo : undefined;
  const body = (
    <Body>
      <Author dir="auto">{jump ? <HiddenParts text={t.goToQuoted} name={authorName} /> : authorName}</Author>
      <Excerpt data-excerpt dir="auto">
        {deleted ? t.quotedDeleted : excerpt}
      </Excerpt>
    </Body>
  );
  return (
    <Root ref={ref} data-deleted={deleted || undefined} data-interactive={jump ? true : undefined} {...rest}>
      {jump && messageId !== undefined ? (
        <Jump type="button" onClick={() => jump(messageId)}>
          {body}
        </Jump>
      ) : (
        body
      )}
    </Root>
  );
});
