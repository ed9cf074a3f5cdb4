import { forwardRef, useCallback, useMemo, useState, type ComponentPropsWithoutRef, type ForwardedRef, type ReactNode } from 'react';
import { useKitLocale } from '../../locale/useKitLocale';
import { styled } from 'styled-components';
import { Spinner } from '../../atoms/Spinner/Spinner';
import type { ChatMessage, MessageAttachment, MessageId, TimeInput, UserId } from '../../types';
import { ArrowDownIcon } from '../../utils/icons';
import { base, color, focusRing, fontSize, fontWeight, radius, shadow, space } from '../../utils/theme';
import { useCallbackRef } from '../../utils/useCallbackRef';
import { LinkPreviewRemoveContext } from '../../molecules/MessageBubble/BubbleLinkPreview';
import { buildRows } from './buildRows';
import { useRowMenuHandlers } from './rowActions';
import { MessageRow, MessageRowContext, type MessageRowContextValue } from './MessageRow';
import { useMessageListScroll } from './useMessageListScroll';

export interface MessageListProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /**
   * Messages, oldest first. Keep message objects stable between renders so rows stay memoized.
   * Those with `kind: 'system'` show as SystemNotice lines (no bubble, name, status or actions).
   */
  messages: readonly ChatMessage[];
  /** Whose messages are "own" (right side, delivery status). */
  currentUserId: UserId;
  /** Accessible name of the log region, e.g. the partner's name. */
  label: string;
  /** Identifies the conversation; changing it resets scroll, load-older and unseen state. */
  conversationKey?: string | number;
  /** Author names for other people's messages (shown at the top of each group). */
  getAuthorName?: (authorId: UserId) => string | undefined;
  /** Called once when the reader scrolls within `loadOlderThreshold` px of the top. */
  onLoadOlder?: () => void;
  /** Whether older messages exist. Defaults to `true` when `onLoadOlder` is given. */
  hasOlder?: boolean;
  /** Older messages are being fetched: shows a spinner at the top. */
  loadingOlder?: boolean;
  loadOlderThreshold?: number;
  /** Retry handler for failed own messages. */
  onRetry?: (message: ChatMessage) => void;
  /** Discard handler for failed own messages (a "Discard" button beside "Retry"). */
  onDiscard?: (message: ChatMessage) => void;
  /** Own sent messages offer "Edit" (inline editor); called with the new text. */
  onEdit?: (message: ChatMessage, text: string) => void;
  /** Own sent messages offer "Delete" (confirmed inline). */
  onDelete?: (message: ChatMessage) => void;
  /** An image thumbnail of a message was activated: its index among that message's images (for ImageViewer). */
  onOpenImage?: (message: ChatMessage, index: number) => void;
  /** A call's row offers "Call back" (missed or declined calls): called with that row. */
  onCallBack?: (message: ChatMessage) => void;
  /** An attachment's image or audio failed to load (an expired URL?): fetch fresh URLs and pass new messages. */
  onAttachmentError?: (attachment: MessageAttachment, message: ChatMessage) => void;
  /**
   * A reply's quote was activated: called with the original's id. Load it if needed (`around`)
   * and pass it as `highlightId` to scroll to it and mark it.
   */
  onJumpToMessage?: (id: MessageId) => void;
  /**
   * The reader's first unread message: a "New messages" divider goes before it and, when given at
   * the first render, the list starts with the divider near the top instead of at the bottom.
   */
  firstUnreadId?: MessageId;
  /**
   * "Jump to first unread" was pressed while `firstUnreadId` is not among `messages`: load the page
   * around it (the list scrolls to the divider once it is there and the button is pressed again).
   */
  onJumpToFirstUnread?: () => void;
  /** The reader's own messages with a link preview offer "Remove preview". */
  onRemoveLinkPreview?: (message: ChatMessage) => void;
  /** Shows reactions as toggles and an "Add reaction" menu on each message; called with the emoji. */
  onToggleReaction?: (message: ChatMessage, emoji: string) => void;
  /** "Reply" in each message's "More actions" menu. */
  onReply?: (message: ChatMessage) => void;
  /** "React" in the menu (offered with `onToggleReaction` too): opens the message's "Add reaction". */
  onReact?: (message: ChatMessage) => void;
  /** "Forward" in the menu. */
  onForward?: (message: ChatMessage) => void;
  /** "Pin" / "Unpin" in the menu. */
  onTogglePin?: (message: ChatMessage) => void;
  /** "Report" in the menu of others' messages (to the instance's admins). */
  onReport?: (message: ChatMessage) => void;
  /** Usernames for `message.mentions`: their `@username` is highlighted, the reader's more strongly. */
  getUsername?: (id: UserId) => string | undefined;
  /**
   * Show author names above each group of someone else's messages (default true). A one-to-one
   * chat can turn them off: the partner's name is in the header (screen readers still hear it).
   */
  showAuthorNames?: boolean;
  /**
   * A message to show and mark (e.g. a search hit), by its `id`: the list scrolls it into the middle
   * once it is among `messages` (load older pages until it is) and marks its row.
   */
  highlightId?: string | number;
  /** Shown when there are no messages. */
  emptyState?: ReactNode;
  /** Distance from the bottom (px) that still counts as "at the bottom". */
  bottomThreshold?: number;
  /** First-guess row height before a row is measured. */
  estimatedRowHeight?: number;
  /** Rows rendered beyond the viewport on each side. */
  overscan?: number;
  now?: TimeInput;
  locale?: string;
  timeZone?: string;
}

const Root = styled.div`
  ${base}
  position: relative;
  display: flex;
  flex-direction: column;
  flex: 1;
  min-height: 0;
  background: ${color('background')};
`;

const Scroller = styled.div`
  flex: 1;
  min-height: 0;
  overflow-y: auto;
  overflow-anchor: none;
  overscroll-behavior: contain;
  ${focusRing}
  &:focus-visible {
    outline-offset: -2px;
  }
`;

const Inner = styled.div`
  position: relative;
  width: 100%;
`;

const Top = styled.div`
  position: absolute;
  top: ${space('sm')};
  /* Centred in either direction: both insets and auto margins around a shrink-wrapped box. */
  inset-inline: 0;
  width: fit-content;
  margin-inline: auto;
  z-index: 1;
  display: flex;
  padding: ${space('xs')};
  border-radius: ${radius('round')};
  background: ${color('surface')};
  color: ${color('textMuted')};
  box-shadow: ${shadow('sm')};
`;

const Jump = styled.button`
  position: absolute;
  inset-inline-end: ${space('lg')};
  bottom: ${space('lg')};
  z-index: 1;
  display: inline-flex;
  align-items: center;
  gap: ${space('xs')};
  min-height: 36px;
  padding: 0 ${space('md')};
  border: 1px solid ${color('border')};
  border-radius: ${radius('round')};
  background: ${color('surface')};
  color: ${color('text')};
  font: inherit;
  font-size: ${fontSize('sm')};
  font-weight: ${fontWeight('medium')};
  box-shadow: ${shadow('md')};
  cursor: pointer;
  ${focusRing}
  &[data-unseen='true'] {
    background: ${color('primary')};
    border-color: ${color('primary')};
    color: ${color('onPrimary')};
  }
`;

// Under the loading spinner's place, at the end side: the "Jump to latest" button's twin at the top.
const JumpUnread = styled(Jump)`
  top: ${space('sm')};
  bottom: auto;
`;

const Empty = styled.div`
  display: flex;
  flex: 1;
  align-items: center;
  justify-content: center;
  min-height: 100%;
`;

interface ListBodyProps extends MessageListProps {
  forwardedRef: ForwardedRef<HTMLDivElement>;
}

function MessageListBody({
  forwardedRef,
  messages,
  currentUserId,
  label,
  conversationKey: _conversationKey,
  getAuthorName,
  onLoadOlder,
  hasOlder,
  loadingOlder = false,
  loadOlderThreshold = 200,
  onRetry,
  onDiscard,
  onEdit,
  onDelete,
  onOpenImage,
  onAttachmentError,
  onCallBack,
  onJumpToMessage,
  onToggleReaction,
  firstUnreadId,
  onJumpToFirstUnread,
  onRemoveLinkPreview,
  onReply,
  onReact,
  onForward,
  onTogglePin,
  onReport,
  getUsername,
  showAuthorNames = true,
  highlightId,
  emptyState,
  bottomThreshold = 48,
  estimatedRowHeight = 64,
  overscan = 6,
  now,
  locale,
  timeZone,
  ...rest
}: ListBodyProps) {
  const { messages: t } = useKitLocale();
  const rows = useMemo(
    () => buildRows(messages, currentUserId, getAuthorName, timeZone, firstUnreadId),
    [messages, currentUserId, getAuthorName, timeZone, firstUnreadId],
  );
  const retry = useCallbackRef(onRetry);
  const discard = useCallbackRef(onDiscard);
  const edit = useCallbackRef(onEdit);
  const remove = useCallbackRef(onDelete);
  const openImage = useCallbackRef(onOpenImage);
  const attachmentError = useCallbackRef(onAttachmentError);
  const callBack = useCallbackRef(onCallBack);
  const jumpTo = useCallbackRef(onJumpToMessage);
  const toggleReaction = useCallbackRef(onToggleReaction);
  const menu = useRowMenuHandlers({ onReply, onReact, onForward, onTogglePin, onReport });
  const highlightKey = highlightId === undefined ? null : `m:${String(highlightId)}`;
  const removePreview = useCallbackRef(onRemoveLinkPreview);
  const jumpToFirstUnread = useCallbackRef(onJumpToFirstUnread);
  const { containerRef, scrollerRef, scrollerProps, virtualizer, atBottom, unseen, jumpToLatest, unreadAbove, unreadLoaded, jumpToUnread } =
    useMessageListScroll({
      rows,
      messageCount: messages.length,
      highlightKey,
      hasUnread: firstUnreadId !== undefined,
      onLoadOlder,
      hasOlder,
      loadingOlder,
      loadOlderThreshold,
      bottomThreshold,
      estimatedRowHeight,
      overscan,
    });

  // Stable while the same handlers are present, so rows stay memoized as the handlers themselves change.
  const rowRetry = onRetry ? retry : undefined;
  const rowDiscard = onDiscard ? discard : undefined;
  const rowEdit = onEdit ? edit : undefined;
  const rowDelete = onDelete ? remove : undefined;
  const rowOpenImage = onOpenImage ? openImage : undefined;
  const rowAttachmentError = onAttachmentError ? attachmentError : undefined;
  const rowCallBack = onCallBack ? callBack : undefined;
  const rowJumpTo = onJumpToMessage ? jumpTo : undefined;
  const rowToggleReaction = onToggleReaction ? toggleReaction : undefined;
  const { measureElement } = virtualizer;
  // Blocked people's messages the reader opened with "Show", by row key, for as long as this conversation is shown.
  const [revealed, setRevealed] = useState<ReadonlySet<string>>(() => new Set());
  const reveal = useCallback((key: string) => setRevealed((was) => (was.has(key) ? was : new Set(was).add(key))), []);
  const rowContext = useMemo<MessageRowContextValue>(
    () => ({
      onRetry: rowRetry,
      onDiscard: rowDiscard,
      onEdit: rowEdit,
      onDelete: rowDelete,
      onOpenImage: rowOpenImage,
      onAttachmentError: rowAttachmentError,
      onCallBack: rowCallBack,
      onJumpToMessage: rowJumpTo,
      onToggleReaction: rowToggleReaction,
      // Not behind a ref: when names change, bubbles show the new ones (buildRows reruns too).
      getAuthorName,
      menu,
      getUsername,
      currentUserId,
      showAuthorNames,
      now,
      locale,
      timeZone,
      measureElement,
      reveal,
    }),
    [
      rowRetry,
      rowDiscard,
      rowEdit,
      rowDelete,
      rowOpenImage,
      rowAttachmentError,
      rowCallBack,
      rowJumpTo,
      rowToggleReaction,
      getAuthorName,
      menu,
      getUsername,
      currentUserId,
      showAuthorNames,
      now,
      locale,
      timeZone,
      measureElement,
      reveal,
    ],
  );

  const items = virtualizer.getVirtualItems();

  return (
    <Root
      ref={forwardedRef}
      data-at-bottom={atBottom}
      data-loading-older={loadingOlder || undefined}
      data-empty={rows.length === 0 || undefined}
      data-unread-above={unreadAbove || undefined}
      {...rest}
    >
      {loadingOlder ? (
        <Top>
          <Spinner size={16} label={t.loadingOlder} />
        </Top>
      ) : null}
      <Scroller
        ref={scrollerRef}
        role="log"
        aria-label={label}
        aria-busy={loadingOlder || undefined}
        tabIndex={0}
        {...scrollerProps}
        data-conversation={_conversationKey}
      >
        {rows.length === 0 ? (
          <Empty>{emptyState}</Empty>
        ) : (
          <MessageRowContext.Provider value={rowContext}>
            <LinkPreviewRemoveContext.Provider value={onRemoveLinkPreview ? removePreview : undefined}>
              <Inner ref={containerRef}>
                {items.map((item) => {
                  const row = rows[item.index];
                  if (!row) return null;
                  return (
                    <MessageRow key={item.key} row={row} index={item.index} highlighted={row.key === highlightKey} revealed={revealed.has(row.key)} />
                  );
                })}
              </Inner>
            </LinkPreviewRemoveContext.Provider>
          </MessageRowContext.Provider>
        )}
      </Scroller>
      {!atBottom && rows.length > 0 ? (
        <Jump type="button" onClick={jumpToLatest} data-unseen={unseen > 0}>
          <ArrowDownIcon size={16} />
          {unseen > 0 ? t.newMessages(unseen) : t.jumpToLatest}
        </Jump>
      ) : null}
      {unreadAbove && (unreadLoaded || onJumpToFirstUnread) ? (
        <JumpUnread type="button" data-jump-unread onClick={unreadLoaded ? jumpToUnread : jumpToFirstUnread}>
          <ArrowDownIcon size={16} style={{ transform: 'rotate(180deg)' }} />
          {t.jumpToFirstUnread}
        </JumpUnread>
      ) : null}
    </Root>
  );
}

/**
 * The conversation: a virtualized `log` region with dynamic row heights, grouped by author and
 * day (system notices, `kind: 'system'`, show as centered lines and end an author's run), that sticks to the bottom unless the reader scrolled up (then offers a "new messages"
 * button), asks for older messages once near the top and keeps the reader's position when they
 * are prepended. Changing `conversationKey` starts over at the bottom of the new conversation.
 */
export const MessageList = forwardRef<HTMLDivElement, MessageListProps>(function MessageList(props, ref) {
  return <MessageListBody key={props.conversationKey ?? undefined} {...props} forwardedRef={ref} />;
});
