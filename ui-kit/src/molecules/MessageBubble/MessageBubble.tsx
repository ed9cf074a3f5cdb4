import { forwardRef, memo, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { styled } from 'styled-components';
import { Button } from '../../atoms/Button/Button';
import { Timestamp } from '../../atoms/Timestamp/Timestamp';
import type { ChatMessage, MessageStatus } from '../../types';
import { AlertIcon, CheckIcon, ClockIcon, DoubleCheckIcon, RetryIcon } from '../../utils/icons';
import { linkify } from '../../utils/linkify';
import { base, color, fontSize, fontWeight, radius, space } from '../../utils/theme';
import { VisuallyHidden } from '../../utils/VisuallyHidden';

export interface MessageBubbleProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  message: ChatMessage;
  /** The reader's own message: right side, with delivery status. */
  own?: boolean;
  /** Author name, shown above the first bubble of a group from someone else. */
  authorName?: string;
  /** Show the author name (first message of a group). */
  showAuthor?: boolean;
  /** Called by the retry button of a failed message. */
  onRetry?: (message: ChatMessage) => void;
  /** Time formatting. */
  locale?: string;
  timeZone?: string;
  /** Extra content after the text (reactions, attachments). */
  footer?: ReactNode;
}

const statusText: Record<MessageStatus, string> = {
  sending: 'Sending',
  sent: 'Sent',
  delivered: 'Delivered',
  read: 'Read',
  failed: 'Not sent',
};

const Row = styled.div`
  ${base}
  display: flex;
  flex-direction: column;
  align-items: flex-start;
  max-width: 100%;
  &[data-own='true'] {
    align-items: flex-end;
  }
`;

const Author = styled.span`
  margin: 0 ${space('md')} ${space('xxs')};
  font-size: ${fontSize('xs')};
  font-weight: ${fontWeight('medium')};
  color: ${color('textMuted')};
`;

const Bubble = styled.div`
  max-width: min(75ch, 80%);
  padding: ${space('sm')} ${space('md')};
  border-radius: ${radius('bubble')};
  background: ${color('otherBubble')};
  color: ${color('onOtherBubble')};
  font-size: ${fontSize('md')};
  [data-own='true'] > & {
    background: ${color('ownBubble')};
    color: ${color('onOwnBubble')};
  }
  [data-status='failed'] > & {
    background: ${color('dangerSurface')};
    color: ${color('text')};
    border: 1px solid ${color('danger')};
  }
`;

const Text = styled.p`
  margin: 0;
  white-space: pre-wrap;
  overflow-wrap: anywhere;
  a {
    color: inherit;
    text-decoration: underline;
    text-underline-offset: 2px;
  }
  a:focus-visible {
    outline: 2px solid currentColor;
    outline-offset: 1px;
  }
  [data-deleted='true'] & {
    font-style: italic;
    opacity: 0.85;
  }
`;

const Meta = styled.div`
  display: flex;
  align-items: center;
  justify-content: flex-end;
  gap: ${space('xs')};
  margin-top: ${space('xxs')};
  font-size: ${fontSize('xs')};
  time {
    color: inherit;
    opacity: 0.85;
  }
`;

const StatusMark = styled.span`
  display: inline-flex;
  align-items: center;
  [data-status='failed'] & {
    color: ${color('danger')};
  }
`;

const FailedRow = styled.div`
  display: flex;
  align-items: center;
  gap: ${space('sm')};
  margin-top: ${space('xs')};
  font-size: ${fontSize('xs')};
  color: ${color('danger')};
`;

const icons: Record<MessageStatus, ReactNode> = {
  sending: <ClockIcon size={14} />,
  sent: <CheckIcon size={14} />,
  delivered: <DoubleCheckIcon size={14} />,
  read: <DoubleCheckIcon size={14} strokeWidth={3} />,
  failed: <AlertIcon size={14} />,
};

/** Renders message text as text: only http(s) links become anchors; no markup is interpreted. */
export function MessageText({ text }: { text: string }) {
  return (
    <>
      {linkify(text).map((part, i) =>
        part.kind === 'link' ? (
          <a key={i} href={part.href} target="_blank" rel="noopener noreferrer nofollow ugc">
            {part.text}
          </a>
        ) : (
          part.text
        ),
      )}
    </>
  );
}

const MessageBubbleBase = forwardRef<HTMLDivElement, MessageBubbleProps>(function MessageBubble(
  { message, own = false, authorName, showAuthor = false, onRetry, locale, timeZone, footer, ...rest },
  ref,
) {
  const status = own ? message.status : undefined;
  return (
    <Row
      ref={ref}
      data-own={own}
      data-status={status}
      data-deleted={message.deleted || undefined}
      data-edited={message.edited || undefined}
      {...rest}
    >
      {showAuthor && authorName && !own ? <Author>{authorName}</Author> : null}
      <Bubble>
        {!own && authorName && !showAuthor ? <VisuallyHidden>{authorName}: </VisuallyHidden> : null}
        {own && authorName ? <VisuallyHidden>{authorName}: </VisuallyHidden> : null}
        <Text>{message.deleted ? 'This message was deleted' : <MessageText text={message.text} />}</Text>
        {footer}
        <Meta>
          {message.edited && !message.deleted ? <span>edited</span> : null}
          <Timestamp value={message.timestamp} format="time" locale={locale} timeZone={timeZone} />
          {status ? (
            <StatusMark role="img" aria-label={statusText[status]} title={statusText[status]}>
              {icons[status]}
            </StatusMark>
          ) : null}
        </Meta>
      </Bubble>
      {status === 'failed' ? (
        <FailedRow>
          <span>Message not sent.</span>
          {onRetry ? (
            <Button variant="link" size="sm" onClick={() => onRetry(message)}>
              <RetryIcon size={14} />
              Retry
            </Button>
          ) : null}
        </FailedRow>
      ) : null}
    </Row>
  );
});

/**
 * One chat message. Memoized: in a list, a bubble re-renders only when its own props change.
 * State is exposed as `data-own`, `data-status`, `data-edited`, `data-deleted`.
 */
export const MessageBubble = memo(MessageBubbleBase);
MessageBubble.displayName = 'MessageBubble';
