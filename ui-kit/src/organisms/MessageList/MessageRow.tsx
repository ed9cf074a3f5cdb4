import { createContext, memo, useCallback, useContext } from 'react';
import { BlockedMessage } from '../../molecules/BlockedMessage/BlockedMessage';
import { styled } from 'styled-components';
import { CallNotice } from '../../molecules/CallNotice/CallNotice';
import { DateSeparator } from '../../molecules/DateSeparator/DateSeparator';
import { MessageBubble } from '../../molecules/MessageBubble/MessageBubble';
import { SystemNotice } from '../../molecules/SystemNotice/SystemNotice';
import type { ChatMessage, MessageAttachment, MessageId, TimeInput, UserId } from '../../types';
import { color, space } from '../../utils/theme';
import type { MessageListRow } from './buildRows';
import { UnreadDivider } from './UnreadDivider';
import type { RowMenuHandlers } from './rowActions';

/**
 * What every row of one MessageList shares. The handlers are stable while they are given (so
 * memoized bubbles stay intact); an undefined one means that action is not offered.
 */
export interface MessageRowContextValue {
  onRetry?: (message: ChatMessage) => void;
  onDiscard?: (message: ChatMessage) => void;
  onEdit?: (message: ChatMessage, text: string) => void;
  onDelete?: (message: ChatMessage) => void;
  onOpenImage?: ((message: ChatMessage, index: number) => void) | undefined;
  onAttachmentError?: ((attachment: MessageAttachment, message: ChatMessage) => void) | undefined;
  onJumpToMessage?: (id: MessageId) => void;
  onToggleReaction?: (message: ChatMessage, emoji: string) => void;
  onCallBack?: (message: ChatMessage) => void;
  getAuthorName?: (id: UserId) => string | undefined;
  /** The "More actions" menu's handlers. */
  menu: RowMenuHandlers;
  getUsername?: (id: UserId) => string | undefined;
  currentUserId: UserId;
  showAuthorNames: boolean;
  now?: TimeInput;
  locale?: string;
  timeZone?: string;
  /** The virtualizer's measuring ref for a row's element. */
  measureElement: (node: Element | null) => void;
  /** "Show" on a blocked person's message: the list remembers it, so the row stays open when it is rendered again. */
  reveal: (key: string) => void;
}

export const MessageRowContext = createContext<MessageRowContextValue | null>(null);

const RowBox = styled.div`
  position: absolute;
  top: 0;
  inset-inline-start: 0;
  width: 100%;
  padding: 1px ${space('lg')};
  &[data-group-start='true'] {
    padding-top: ${space('sm')};
  }
  &[data-highlighted='true'] {
    background: ${color('surfaceSelected')};
  }
  /* Each row is translated on its own, so later rows paint above earlier ones: a menu opening
     downwards (actions, reactions) would sit under the next row, which would take its clicks. */
  &:has([data-open]) {
    z-index: 2;
  }
`;

export interface MessageRowProps {
  row: MessageListRow;
  index: number;
  highlighted: boolean;
  /** A blocked person's message the reader chose to see. */
  revealed?: boolean;
}

/**
 * One row of MessageList: a day separator, a message bubble, a system notice or the "New
 * messages" divider. The virtualizer
 * positions it (its transform), so a row that only moves does not render again.
 */
export const MessageRow = memo(function MessageRow({ row, index, highlighted, revealed = false }: MessageRowProps) {
  const context = useContext(MessageRowContext);
  if (!context) throw new Error('MessageRow is rendered by MessageList only');
  const { showAuthorNames, now, locale, timeZone, measureElement, onOpenImage, onAttachmentError, reveal: revealRow } = context;
  // Bound to this row's message, and stable while it and the handler are: the bubble stays memoized.
  const message = row.kind === 'date' || row.kind === 'unread' ? undefined : row.message;
  const openImage = useCallback((i: number) => message && onOpenImage?.(message, i), [message, onOpenImage]);
  const attachmentError = useCallback((a: MessageAttachment) => message && onAttachmentError?.(a, message), [message, onAttachmentError]);
  // Remembered by the list, not the row: the virtualizer unmounts rows scrolled out of view.
  const reveal = useCallback(() => revealRow(row.key), [revealRow, row.key]);
  return (
    <RowBox
      ref={measureElement}
      data-index={index}
      data-row-key={row.key}
      data-group-start={row.kind === 'message' ? row.groupStart : row.kind === 'notice' || undefined}
      data-highlighted={highlighted || undefined}
      aria-current={highlighted || undefined}
    >
      {row.kind === 'date' ? (
        <DateSeparator date={row.date} now={now} locale={locale} timeZone={timeZone} />
      ) : row.kind === 'unread' ? (
        <UnreadDivider />
      ) : row.kind === 'notice' && row.message.call ? (
        <CallNotice
          {...row.message.call}
          timestamp={row.message.timestamp}
          locale={locale}
          timeZone={timeZone}
          onCallBack={context.onCallBack ? () => context.onCallBack?.(row.message) : undefined}
        />
      ) : row.kind === 'notice' ? (
        <SystemNotice text={row.message.text} timestamp={row.message.timestamp} locale={locale} timeZone={timeZone} />
      ) : row.message.senderBlocked && !revealed ? (
        <BlockedMessage onShow={reveal} />
      ) : (
        // MessageBubble is memoized on these props: an existing message re-renders only when it changes.
        <MessageBubble
          message={row.message}
          own={row.own}
          authorName={row.authorName}
          showAuthor={showAuthorNames && row.groupStart}
          onRetry={context.onRetry}
          onDiscard={context.onDiscard}
          onEdit={context.onEdit}
          onDelete={context.onDelete}
          onJumpToMessage={context.onJumpToMessage}
          onToggleReaction={context.onToggleReaction}
          getAuthorName={context.getAuthorName}
          {...context.menu}
          getUsername={context.getUsername}
          currentUserId={context.currentUserId}
          onOpenImage={onOpenImage ? openImage : undefined}
          onAttachmentError={onAttachmentError ? attachmentError : undefined}
          locale={locale}
          timeZone={timeZone}
        />
      )}
    </RowBox>
  );
});
