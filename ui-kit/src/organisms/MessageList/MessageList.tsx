import { useVirtualizer } from '@tanstack/react-virtual';
import {
  forwardRef,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ComponentPropsWithoutRef,
  type ForwardedRef,
  type ReactNode,
} from 'react';
import { styled } from 'styled-components';
import { Spinner } from '../../atoms/Spinner/Spinner';
import { DateSeparator } from '../../molecules/DateSeparator/DateSeparator';
import { MessageBubble } from '../../molecules/MessageBubble/MessageBubble';
import { SystemNotice } from '../../molecules/SystemNotice/SystemNotice';
import type { ChatMessage, TimeInput, UserId } from '../../types';
import { ArrowDownIcon } from '../../utils/icons';
import { base, color, focusRing, fontSize, fontWeight, radius, shadow, space } from '../../utils/theme';
import { useCallbackRef } from '../../utils/useCallbackRef';
import { useIsomorphicLayoutEffect } from '../../utils/useIsomorphicLayoutEffect';
import { buildRows, type MessageListRow } from './buildRows';

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

const RowBox = styled.div`
  position: absolute;
  top: 0;
  left: 0;
  width: 100%;
  padding: 1px ${space('lg')};
  &[data-group-start='true'] {
    padding-top: ${space('sm')};
  }
  &[data-highlighted='true'] {
    background: ${color('surfaceSelected')};
  }
`;

const Top = styled.div`
  position: absolute;
  top: ${space('sm')};
  left: 50%;
  transform: translateX(-50%);
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
  right: ${space('lg')};
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
  const scrollerRef = useRef<HTMLDivElement | null>(null);
  const rows = useMemo(
    () => buildRows(messages, currentUserId, getAuthorName, timeZone),
    [messages, currentUserId, getAuthorName, timeZone],
  );
  const retry = useCallbackRef(onRetry);
  const discard = useCallbackRef(onDiscard);
  const edit = useCallbackRef(onEdit);
  const remove = useCallbackRef(onDelete);
  // Stable per presence, so rows stay memoized while the handlers themselves change.
  const actions = useMemo<RowActions>(
    () => ({
      onRetry: onRetry ? retry : undefined,
      onDiscard: onDiscard ? discard : undefined,
      onEdit: onEdit ? edit : undefined,
      onDelete: onDelete ? remove : undefined,
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [Boolean(onRetry), Boolean(onDiscard), Boolean(onEdit), Boolean(onDelete), retry, discard, edit, remove],
  );

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollerRef.current,
    estimateSize: (index) => {
      const kind = rows[index]?.kind;
      return kind === 'date' ? 40 : kind === 'notice' ? 32 : estimatedRowHeight;
    },
    getItemKey: (index) => rows[index]?.key ?? index,
    overscan,
    // Chat semantics: when rows are added at either edge, keep the row under the viewport where it
    // was (so prepending older messages does not move what the reader sees), and follow appended
    // rows only while the reader is at the bottom.
    anchorTo: 'end',
    followOnAppend: true,
    scrollEndThreshold: bottomThreshold,
  });

  // Start at the newest message.
  const [ready, setReady] = useState(false);
  useIsomorphicLayoutEffect(() => {
    if (rows.length > 0) virtualizer.scrollToEnd();
    setReady(true);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Where the reader is, read from the scroller on every scroll and after every render (content
  // height changes); state updates bail out when nothing changed.
  const [atBottom, setAtBottom] = useState(true);
  const [nearTop, setNearTop] = useState(false);
  const checkPosition = useCallback(() => {
    const el = scrollerRef.current;
    if (!el) return;
    setAtBottom(el.scrollHeight - el.scrollTop - el.clientHeight <= bottomThreshold);
    setNearTop(el.scrollTop <= loadOlderThreshold);
  }, [bottomThreshold, loadOlderThreshold]);
  useIsomorphicLayoutEffect(checkPosition);

  // Load-older waits until the initial jump to the newest message has landed.
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    if (ready && !settled && atBottom) setSettled(true);
  }, [ready, settled, atBottom]);

  // Messages that arrived below the viewport while the reader was scrolled up (system notices are
  // not messages: they do not count).
  const lastKey = rows.length ? rows[rows.length - 1]!.key : null;
  const lastKeyRef = useRef(lastKey);
  const messageCountRef = useRef(messages.length);
  const [unseen, setUnseen] = useState(0);
  useIsomorphicLayoutEffect(() => {
    const appended = lastKey !== lastKeyRef.current && messages.length > messageCountRef.current;
    if (appended && !atBottom) {
      const previousLast = lastKeyRef.current;
      const start = rows.findIndex((r) => r.key === previousLast);
      const added = rows.slice(start + 1).filter((r) => r.kind === 'message' && !r.own).length;
      if (added > 0) setUnseen((n) => n + added);
    }
    lastKeyRef.current = lastKey;
    messageCountRef.current = messages.length;
  }, [lastKey, messages.length, rows, atBottom]);
  useEffect(() => {
    if (atBottom && unseen !== 0) setUnseen(0);
  }, [atBottom, unseen]);

  // Ask for older messages once per "top" (the oldest message or notice) when near the top.
  const firstKey = rows.find((r) => r.kind !== 'date')?.key ?? null;

  // Keep the reader's place when older messages are prepended. The virtualizer anchors to the row
  // at the scroll offset, but at the very top that row is the day separator, which stays first
  // when same-day messages arrive above it. So the list also pins the first visible *message*:
  // after a prepend, and while the new rows above it are measured (a few frames), it is kept where
  // it was in the viewport. Any user input on the list releases the pin.
  const anchorRef = useRef<{ key: string; delta: number } | null>(null);
  const pinRef = useRef<{ key: string; delta: number; until: number } | null>(null);
  const prevFirstKeyRef = useRef(firstKey);
  useIsomorphicLayoutEffect(() => {
    const previousFirst = prevFirstKeyRef.current;
    prevFirstKeyRef.current = firstKey;
    const prepended =
      previousFirst !== null && firstKey !== previousFirst && rows.findIndex((r) => r.key === previousFirst) > 0;
    if (prepended && anchorRef.current) pinRef.current = { ...anchorRef.current, until: Date.now() + 500 };
    const pin = pinRef.current;
    if (!pin) return;
    const index = rows.findIndex((r) => r.key === pin.key);
    const item = index >= 0 ? virtualizer.measurementsCache[index] : undefined;
    const el = scrollerRef.current;
    if (!item || !el || Date.now() > pin.until) {
      pinRef.current = null;
      return;
    }
    const target = Math.max(0, item.start - pin.delta);
    if (Math.abs(el.scrollTop - target) > 1) virtualizer.scrollToOffset(target);
  });
  const releasePin = useCallback(() => {
    pinRef.current = null;
  }, []);
  const recordAnchor = useCallback(() => {
    const offset = scrollerRef.current?.scrollTop ?? virtualizer.scrollOffset ?? 0;
    const item = virtualizer
      .getVirtualItems()
      .find((it) => String(it.key).startsWith('m:') && it.end > offset);
    anchorRef.current = item ? { key: String(item.key), delta: item.start - offset } : null;
  }, [virtualizer]);
  useIsomorphicLayoutEffect(recordAnchor);
  // A highlighted message: scrolled to once when its row exists (ending any prepend pin), after which
  // the list behaves as if the reader had scrolled there (older pages load near the top).
  const highlightKey = highlightId === undefined ? null : `m:${String(highlightId)}`;
  const highlightIndex = highlightKey === null ? -1 : rows.findIndex((r) => r.key === highlightKey);
  const scrolledToRef = useRef<string | null>(null);
  useIsomorphicLayoutEffect(() => {
    if (highlightIndex < 0 || scrolledToRef.current === highlightKey) return;
    scrolledToRef.current = highlightKey;
    pinRef.current = null;
    virtualizer.scrollToIndex(highlightIndex, { align: 'center' });
    setSettled(true);
  }, [highlightKey, highlightIndex, virtualizer]);
  const requestedForRef = useRef<string | null | undefined>(undefined);
  const canLoadOlder = Boolean(onLoadOlder) && (hasOlder ?? true) && !loadingOlder;
  const loadOlder = useCallbackRef(onLoadOlder);
  useEffect(() => {
    if (!settled || !canLoadOlder || rows.length === 0) return;
    if (!nearTop) return;
    // Re-check against the virtualizer's layout position: right after older messages are
    // prepended it already includes the anchoring shift, even before the scroll write lands.
    const offset = Math.max(virtualizer.scrollOffset ?? 0, scrollerRef.current?.scrollTop ?? 0);
    if (offset > loadOlderThreshold) return;
    if (requestedForRef.current === firstKey) return;
    requestedForRef.current = firstKey;
    loadOlder();
  }, [settled, canLoadOlder, nearTop, firstKey, rows.length, loadOlder, loadOlderThreshold, virtualizer]);

  const jumpToLatest = () => {
    // Smooth over a short distance; jump straight there from far away (a long smooth scroll
    // through unmeasured rows keeps re-targeting and feels slow).
    const el = scrollerRef.current;
    const far = !el || el.scrollHeight - el.scrollTop - el.clientHeight > el.clientHeight * 3;
    virtualizer.scrollToEnd({ behavior: far ? 'auto' : 'smooth' });
    setUnseen(0);
    scrollerRef.current?.focus({ preventScroll: true });
  };

  const items = virtualizer.getVirtualItems();

  return (
    <Root
      ref={forwardedRef}
      data-at-bottom={atBottom}
      data-loading-older={loadingOlder || undefined}
      data-empty={rows.length === 0 || undefined}
      {...rest}
    >
      {loadingOlder ? (
        <Top>
          <Spinner size={16} label="Loading older messages" />
        </Top>
      ) : null}
      <Scroller
        ref={scrollerRef}
        role="log"
        aria-label={label}
        aria-busy={loadingOlder || undefined}
        tabIndex={0}
        onScroll={() => {
          checkPosition();
          recordAnchor();
        }}
        onWheel={releasePin}
        onTouchStart={releasePin}
        onPointerDown={releasePin}
        onKeyDown={releasePin}
        data-conversation={_conversationKey}
      >
        {rows.length === 0 ? (
          <Empty>{emptyState}</Empty>
        ) : (
          <Inner style={{ height: virtualizer.getTotalSize() }}>
            {items.map((item) => {
              const row = rows[item.index];
              if (!row) return null;
              return (
                <RowBox
                  key={item.key}
                  ref={virtualizer.measureElement}
                  data-index={item.index}
                  data-row-key={row.key}
                  data-group-start={row.kind === 'message' ? row.groupStart : row.kind === 'notice' || undefined}
                  data-highlighted={row.key === highlightKey || undefined}
                  aria-current={row.key === highlightKey || undefined}
                  style={{ transform: `translateY(${item.start}px)` }}
                >
                  <Row
                    row={row}
                    actions={actions}
                    showAuthor={showAuthorNames}
                    now={now}
                    locale={locale}
                    timeZone={timeZone}
                  />
                </RowBox>
              );
            })}
          </Inner>
        )}
      </Scroller>
      {!atBottom && rows.length > 0 ? (
        <Jump type="button" onClick={jumpToLatest} data-unseen={unseen > 0}>
          <ArrowDownIcon size={16} />
          {unseen > 0 ? `${unseen} new ${unseen === 1 ? 'message' : 'messages'}` : 'Jump to latest'}
        </Jump>
      ) : null}
    </Root>
  );
}

interface RowActions {
  onRetry?: (message: ChatMessage) => void;
  onDiscard?: (message: ChatMessage) => void;
  onEdit?: (message: ChatMessage, text: string) => void;
  onDelete?: (message: ChatMessage) => void;
}

function Row({
  row,
  actions,
  showAuthor,
  now,
  locale,
  timeZone,
}: {
  row: MessageListRow;
  actions: RowActions;
  showAuthor: boolean;
  now?: TimeInput;
  locale?: string;
  timeZone?: string;
}) {
  if (row.kind === 'date') return <DateSeparator date={row.date} now={now} locale={locale} timeZone={timeZone} />;
  if (row.kind === 'notice')
    return <SystemNotice text={row.message.text} timestamp={row.message.timestamp} locale={locale} timeZone={timeZone} />;
  // MessageBubble is memoized on these props: an existing message re-renders only when it changes.
  return (
    <MessageBubble
      message={row.message}
      own={row.own}
      authorName={row.authorName}
      showAuthor={showAuthor && row.groupStart}
      onRetry={actions.onRetry}
      onDiscard={actions.onDiscard}
      onEdit={actions.onEdit}
      onDelete={actions.onDelete}
      locale={locale}
      timeZone={timeZone}
    />
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
