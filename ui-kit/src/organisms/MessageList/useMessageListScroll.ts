import { useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { useCallbackRef } from '../../utils/useCallbackRef';
import { useIsomorphicLayoutEffect } from '../../utils/useIsomorphicLayoutEffect';
import { attachmentsHeight } from '../../molecules/MessageAttachments/layout';
import { UNREAD_KEY, type MessageListRow } from './buildRows';
import { createScrollSync } from './scrollSync';

export interface MessageListScrollOptions {
  /** The list's rows, oldest first (see buildRows). */
  rows: readonly MessageListRow[];
  /** How many messages the rows were built from: a new last row only counts as arrived when it grew. */
  messageCount: number;
  /** The key (`m:<id>`) of the row to scroll to once it exists, or null. */
  highlightKey: string | null;
  /** A first unread message exists (`firstUnreadId`), loaded or not: its divider row is `UNREAD_KEY`. */
  hasUnread?: boolean;
  onLoadOlder?: (() => void) | undefined;
  hasOlder?: boolean | undefined;
  loadingOlder: boolean;
  loadOlderThreshold: number;
  bottomThreshold: number;
  estimatedRowHeight: number;
  overscan: number;
}

export interface MessageListScroll {
  /** For the element that holds the rows: the virtualizer sets its height. */
  containerRef: (node: HTMLElement | null) => void;
  /** For the scrolling element (the `log`). */
  scrollerRef: RefObject<HTMLDivElement | null>;
  /** For the scrolling element: track the position on scroll; any user input releases a prepend pin. */
  scrollerProps: {
    onScroll: () => void;
    onWheel: () => void;
    onTouchStart: () => void;
    onPointerDown: () => void;
    onKeyDown: () => void;
  };
  virtualizer: Virtualizer<HTMLDivElement, Element>;
  /** The reader is within `bottomThreshold` px of the newest message. */
  atBottom: boolean;
  /** Messages from others that arrived below the viewport since the reader was last at the bottom. */
  unseen: number;
  /** Scrolls to the newest message and focuses the scroller. */
  jumpToLatest: () => void;
  /** The "New messages" divider is above the viewport, or not loaded yet (`hasUnread` without the row). */
  unreadAbove: boolean;
  /** Whether the divider's row exists. */
  unreadLoaded: boolean;
  /** Scrolls the divider near the top and focuses the scroller. */
  jumpToUnread: () => void;
}

/**
 * MessageList's scrolling: a virtualizer over `rows` that starts at the newest message, sticks to
 * the bottom while the reader is there, keeps the reader's place when older rows are prepended,
 * counts the messages that arrive while the reader is scrolled up, scrolls to a highlighted row
 * once it exists, and calls `onLoadOlder` once per oldest row when the reader is near the top.
 * MessageList remounts it (by `conversationKey`) to start over.
 */
export function useMessageListScroll({
  rows,
  messageCount,
  highlightKey,
  hasUnread = false,
  onLoadOlder,
  hasOlder,
  loadingOlder,
  loadOlderThreshold,
  bottomThreshold,
  estimatedRowHeight,
  overscan,
}: MessageListScrollOptions): MessageListScroll {
  const scrollerRef = useRef<HTMLDivElement | null>(null);
  // Size-change corrections judged against where the scroller is, not where it last reported being
  // (a script's scrollTop writes are reported a frame late; see scrollSync).
  const [sync] = useState(createScrollSync);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollerRef.current,
    estimateSize: (index) => {
      const row = rows[index];
      if (row?.kind !== 'message') return row?.kind === 'date' ? 40 : row?.kind === 'notice' || row?.kind === 'unread' ? 32 : estimatedRowHeight;
      // Attachments reserve their boxes before they load: the first guess can include them.
      return estimatedRowHeight + (row.message.deleted ? 0 : attachmentsHeight(row.message.attachments));
    },
    getItemKey: (index) => rows[index]?.key ?? index,
    overscan,
    // Chat semantics: when rows are added at either edge, keep the row under the viewport where it
    // was (so prepending older messages does not move what the reader sees), and follow appended
    // rows only while the reader is at the bottom.
    anchorTo: 'end',
    followOnAppend: true,
    scrollEndThreshold: bottomThreshold,
    observeElementOffset: sync.observeElementOffset,
    scrollToFn: sync.scrollToFn,
    // Measuring a row moves the rows after it: the virtualizer writes their positions and the
    // content height straight to the DOM and re-renders only when the range of rows changes. A
    // mount measures every row once: each measurement used to re-render the list (and, with the
    // positions as props, every row).
    directDomUpdates: true,
  });
  virtualizer.shouldAdjustScrollPositionOnItemSizeChange = sync.shouldAdjust;

  // Start at the newest message, or with the "New messages" divider near the top when there is one.
  const unreadIndex = rows.findIndex((r) => r.key === UNREAD_KEY);
  const [ready, setReady] = useState(false);
  const [startedAtUnread, setStartedAtUnread] = useState(false);
  useIsomorphicLayoutEffect(() => {
    if (unreadIndex >= 0) {
      virtualizer.scrollToIndex(unreadIndex, { align: 'start' });
      setStartedAtUnread(true);
    } else if (rows.length > 0) virtualizer.scrollToEnd();
    setReady(true);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Where the reader is, read from the scroller on every scroll and after every render (content
  // height changes); state updates bail out when nothing changed.
  const [atBottom, setAtBottom] = useState(true);
  const [nearTop, setNearTop] = useState(false);
  const [dividerAbove, setDividerAbove] = useState(false);
  const checkPosition = useCallback(() => {
    const el = scrollerRef.current;
    if (!el) return;
    setAtBottom(el.scrollHeight - el.scrollTop - el.clientHeight <= bottomThreshold);
    setNearTop(el.scrollTop <= loadOlderThreshold);
    const divider = unreadIndex < 0 ? undefined : virtualizer.measurementsCache[unreadIndex];
    setDividerAbove(divider !== undefined && divider.end <= el.scrollTop);
  }, [bottomThreshold, loadOlderThreshold, virtualizer, unreadIndex]);
  useIsomorphicLayoutEffect(checkPosition);

  // Load-older waits until the initial jump to the newest message has landed.
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    if (ready && !settled && (atBottom || startedAtUnread)) setSettled(true);
  }, [ready, settled, atBottom, startedAtUnread]);

  // Messages that arrived below the viewport while the reader was scrolled up (system notices are
  // not messages: they do not count).
  const lastKey = rows.length ? rows[rows.length - 1]!.key : null;
  const lastKeyRef = useRef(lastKey);
  const messageCountRef = useRef(messageCount);
  const [unseen, setUnseen] = useState(0);
  // To the newest message: smooth over a short distance, straight there from far away (a long smooth
  // scroll through unmeasured rows keeps re-targeting and feels slow).
  const scrollToLatest = useCallback(() => {
    const el = scrollerRef.current;
    const far = !el || el.scrollHeight - el.scrollTop - el.clientHeight > el.clientHeight * 3;
    virtualizer.scrollToEnd({ behavior: far ? 'auto' : 'smooth' });
  }, [virtualizer]);
  useIsomorphicLayoutEffect(() => {
    const appended = lastKey !== lastKeyRef.current && messageCount > messageCountRef.current;
    if (appended && !atBottom) {
      const previousLast = lastKeyRef.current;
      const newRows = rows.slice(rows.findIndex((r) => r.key === previousLast) + 1);
      const newest = rows[rows.length - 1];
      if (newest?.kind === 'message' && newest.own) {
        // The reader's own message became the newest (they just sent it): always brought into view.
        scrollToLatest();
        setUnseen(0);
      } else {
        const added = newRows.filter((r) => r.kind === 'message' && !r.own).length;
        if (added > 0) setUnseen((n) => n + added);
      }
    }
    lastKeyRef.current = lastKey;
    messageCountRef.current = messageCount;
  }, [lastKey, messageCount, rows, atBottom, scrollToLatest]);

  // The viewport itself changes size (a composer growing below it, a window resize): a reader who
  // was at the bottom stays there. Judged with the height it had, as the scroll position is unchanged.
  const heightRef = useRef<number | null>(null);
  useEffect(() => {
    const el = scrollerRef.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    heightRef.current = el.clientHeight;
    const observer = new ResizeObserver(() => {
      const previous = heightRef.current ?? el.clientHeight;
      heightRef.current = el.clientHeight;
      if (el.clientHeight >= previous) return;
      const wasAtBottom = el.scrollHeight - el.scrollTop - previous <= bottomThreshold;
      if (wasAtBottom && el.scrollHeight - el.scrollTop - el.clientHeight > 1) virtualizer.scrollToEnd();
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [virtualizer, bottomThreshold]);
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
    const prepended = previousFirst !== null && firstKey !== previousFirst && rows.findIndex((r) => r.key === previousFirst) > 0;
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
    const item = virtualizer.getVirtualItems().find((it) => String(it.key).startsWith('m:') && it.end > offset);
    anchorRef.current = item ? { key: String(item.key), delta: item.start - offset } : null;
  }, [virtualizer]);
  useIsomorphicLayoutEffect(recordAnchor);
  // A highlighted message: scrolled to once when its row exists (ending any prepend pin), after which
  // the list behaves as if the reader had scrolled there (older pages load near the top).
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

  const jumpToLatest = useCallback(() => {
    scrollToLatest();
    setUnseen(0);
    scrollerRef.current?.focus({ preventScroll: true });
  }, [scrollToLatest]);

  const jumpToUnread = useCallback(() => {
    if (unreadIndex < 0) return;
    pinRef.current = null;
    virtualizer.scrollToIndex(unreadIndex, { align: 'start' });
    scrollerRef.current?.focus({ preventScroll: true });
  }, [virtualizer, unreadIndex]);

  return {
    containerRef: virtualizer.containerRef,
    scrollerRef,
    scrollerProps: {
      onScroll: () => {
        checkPosition();
        recordAnchor();
      },
      onWheel: releasePin,
      onTouchStart: releasePin,
      onPointerDown: releasePin,
      onKeyDown: releasePin,
    },
    virtualizer,
    atBottom,
    unseen,
    jumpToLatest,
    unreadAbove: hasUnread && (unreadIndex < 0 || dividerAbove),
    unreadLoaded: unreadIndex >= 0,
    jumpToUnread,
  };
}
