import { defaultRangeExtractor, observeElementRect, useVirtualizer, type Range, type Virtualizer } from '@tanstack/react-virtual';
import {
  forwardRef,
  useCallback,
  useId,
  useMemo,
  useRef,
  useState,
  type ComponentPropsWithoutRef,
  type KeyboardEvent,
  type ReactElement,
  type ReactNode,
} from 'react';
import { useKitLocale } from '../../locale/useKitLocale';
import { styled } from 'styled-components';
import { EmptyState } from '../../molecules/EmptyState/EmptyState';
import { SearchField } from '../../molecules/SearchField/SearchField';
import type { ChatSummary, TimeInput } from '../../types';
import { base, color, space } from '../../utils/theme';
import { useCallbackRef } from '../../utils/useCallbackRef';
import { useControllableState } from '../../utils/useControllableState';
import { useIsomorphicLayoutEffect } from '../../utils/useIsomorphicLayoutEffect';
import { ChatListRow, ChatListRowContext, type ChatId, type ChatListRowContextValue } from './ChatListRow';
import { useScrollMargin } from './useScrollMargin';

export interface ChatListProps extends Omit<ComponentPropsWithoutRef<'div'>, 'onSelect' | 'children'> {
  /**
   * Conversations in display order, direct and group rows mixed (`kind`). Ids must be unique across
   * both kinds (e.g. "u:5" and "g:5"). Keep unchanged chat objects stable so their rows stay memoized.
   */
  chats: readonly ChatSummary[];
  selectedId?: ChatId | null;
  /** Called with the chat's id and object. May change freely (rows call the latest one). */
  onSelect?: (id: ChatId, chat: ChatSummary) => void;
  /** Accessible name of the listbox. */
  label?: string;
  /** Show the search field (filters by name and last message, unless `onSearchChange` is given). */
  searchable?: boolean;
  searchLabel?: string;
  /** Controlled search text. */
  searchValue?: string;
  /** Take over filtering (e.g. search on the server); the list then shows `chats` as given. */
  onSearchChange?: (value: string) => void;
  /** Shown when there are no chats at all. */
  emptyState?: ReactNode;
  /** Shown when a search matches nothing. */
  noResultsText?: string;
  /** First-guess row height (px) before a row is measured. */
  estimatedRowHeight?: number;
  /** Rows rendered beyond the viewport on each side. */
  overscan?: number;
  /**
   * Viewport height (px) assumed before the list is measured: on the server and in the first
   * client render, this many pixels of rows are rendered.
   */
  initialHeight?: number;
  /**
   * An outer element that scrolls the list (e.g. IonContent's `getScrollElement()`): the list then
   * has no scrollbar of its own and is virtualized against that element's viewport, wherever it sits
   * inside it. `null`: hosted, but the element is not known yet (no rows until it is).
   */
  scrollElement?: HTMLElement | null;
  /**
   * Wraps each row (e.g. in a swipeable item with actions). The list positions the wrapper and
   * measures it. Keep it stable (a new function renders every row again).
   */
  renderRow?: (row: ReactElement, chat: ChatSummary) => ReactNode;
  now?: TimeInput;
  locale?: string;
  timeZone?: string;
}

const Root = styled.div`
  ${base}
  display: flex;
  flex-direction: column;
  min-height: 0;
  background: ${color('surface')};
`;

const SearchBox = styled.div`
  padding: ${space('sm')} ${space('md')};
`;

// The vertical padding is the virtualizer's (paddingStart/paddingEnd), so offsets stay exact.
// Hosted (an outer element scrolls), the list is as tall as its rows and scrolls with the host.
const List = styled.div<{ $hosted: boolean }>`
  flex: ${(p) => (p.$hosted ? 'none' : '1')};
  min-height: 0;
  overflow-y: ${(p) => (p.$hosted ? 'visible' : 'auto')};
  overflow-anchor: none;
  overscroll-behavior: contain;
  padding: 0 ${space('sm')};
  outline: none;
`;

const Inner = styled.div`
  position: relative;
  width: 100%;
`;

const LIST_PADDING = 4;

/** Search matches what a row shows: the name, the last message and, in a group, its author. */
const matches = (chat: ChatSummary, q: string) =>
  chat.name.toLocaleLowerCase().includes(q) ||
  (chat.lastMessage ?? '').toLocaleLowerCase().includes(q) ||
  (chat.kind === 'group' && (chat.lastMessageAuthor ?? '').toLocaleLowerCase().includes(q));

/**
 * The conversations: a virtualized `listbox` of `option`s with roving focus (only the rows in
 * view, plus the focused one, are in the DOM; each option carries `aria-setsize`/`aria-posinset`).
 * ↑/↓ move, Home/End jump, Enter/Space (or a click) select; the list scrolls the focused row into
 * view before focusing it. Optional search and an empty state.
 */
export const ChatList = forwardRef<HTMLDivElement, ChatListProps>(function ChatList(
  {
    chats,
    selectedId = null,
    onSelect,
    label: labelProp,
    searchable = true,
    searchLabel,
    searchValue,
    onSearchChange,
    emptyState,
    noResultsText,
    estimatedRowHeight = 60,
    overscan = 4,
    initialHeight = 600,
    scrollElement,
    renderRow,
    now,
    locale,
    timeZone,
    ...rest
  },
  ref,
) {
  const { messages: t } = useKitLocale();
  const label = labelProp ?? t.chats;
  const [query, setQuery] = useControllableState({ prop: searchValue, defaultProp: '', onChange: onSearchChange });
  const q = query.trim().toLocaleLowerCase();
  const visible = useMemo(() => (onSearchChange || !q ? chats : chats.filter((c) => matches(c, q))), [chats, q, onSearchChange]);
  const [activeId, setActiveId] = useState<ChatId | null>(null);
  const itemRefs = useRef(new Map<ChatId, HTMLDivElement>());
  const boxRefs = useRef(new Map<ChatId, HTMLDivElement>());
  const scrollerRef = useRef<HTMLDivElement | null>(null);
  const idBase = useId();
  const hosted = scrollElement !== undefined;
  const [scrollMargin, innerRef] = useScrollMargin(scrollElement ?? null);

  // The tab stop: the active option if still visible, else the selected one, else the first.
  let tabIndex = activeId === null ? -1 : visible.findIndex((c) => c.id === activeId);
  if (tabIndex < 0 && selectedId !== null) tabIndex = visible.findIndex((c) => c.id === selectedId);
  if (tabIndex < 0) tabIndex = visible.length ? 0 : -1;
  const tabStop = visible[tabIndex]?.id;

  // The tab stop is always rendered, even when scrolled far away, so Tab reaches the list and
  // the focused option never leaves the DOM.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (tabIndex < 0 || tabIndex >= range.count) return indexes;
      if (tabIndex < indexes[0]!) return [tabIndex, ...indexes];
      if (tabIndex > indexes[indexes.length - 1]!) return [...indexes, tabIndex];
      return indexes;
    },
    [tabIndex],
  );

  // Rows are uniform (one line of name, one of preview, nowrap): every row is as tall as the first
  // rendered one, measured after mount and whenever the list's width changes. No per-row
  // ResizeObserver, and no row shifts as rows scroll in, so a scroll step costs one render of the
  // rows that entered the window.
  const [rowHeight, setRowHeight] = useState(estimatedRowHeight);
  const estimateSize = useCallback(() => rowHeight, [rowHeight]);
  const virtualizer = useVirtualizer<HTMLElement, Element>({
    count: visible.length,
    getScrollElement: () => (hosted ? (scrollElement ?? null) : scrollerRef.current),
    scrollMargin,
    estimateSize,
    getItemKey: (index) => visible[index]?.id ?? index,
    overscan,
    paddingStart: LIST_PADDING,
    paddingEnd: LIST_PADDING,
    initialRect: { width: 0, height: initialHeight },
    // Without layout (a hidden pane, or a DOM without layout such as jsdom) the list measures 0:
    // keep the first window (`initialHeight`) then rather than rendering no rows.
    observeElementRect: (instance: Virtualizer<HTMLElement, Element>, cb) =>
      observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : { width: rect.width, height: initialHeight })),
    rangeExtractor,
  });

  const listWidth = virtualizer.scrollRect?.width ?? 0;
  const firstRendered = visible[virtualizer.getVirtualItems()[0]?.index ?? -1]?.id;
  const measuredFor = useRef<unknown>(null);
  useIsomorphicLayoutEffect(() => {
    if (firstRendered === undefined || measuredFor.current === listWidth) return;
    const node = boxRefs.current.get(firstRendered) ?? itemRefs.current.get(firstRendered);
    const height = node ? node.getBoundingClientRect().height || node.offsetHeight : 0;
    if (height <= 0) return; // no layout (hidden, or jsdom without a layout mock): keep the estimate
    measuredFor.current = listWidth;
    if (Math.abs(height - rowHeight) > 0.01) setRowHeight(height);
  }, [firstRendered, listWidth, rowHeight]);

  // Stable row callbacks that read the latest props.
  const select = useCallbackRef(onSelect);
  const register = useCallback((id: ChatId, node: HTMLDivElement | null) => {
    if (node) itemRefs.current.set(id, node);
    else itemRefs.current.delete(id);
  }, []);
  const registerBox = useCallback((id: ChatId, node: HTMLDivElement | null) => {
    if (node) boxRefs.current.set(id, node);
    else boxRefs.current.delete(id);
  }, []);

  const onActivate = useCallback(
    (chat: ChatSummary) => {
      setActiveId(chat.id);
      select(chat.id, chat);
    },
    [select],
  );
  const onFocusChat = useCallback((id: ChatId) => setActiveId(id), []);
  const rowContext = useMemo<ChatListRowContextValue>(
    () => ({ register, registerBox, renderRow, onActivate, onFocusChat, now, locale, timeZone }),
    [register, registerBox, renderRow, onActivate, onFocusChat, now, locale, timeZone],
  );

  // Keyboard focus: scroll the target into view, render it (it becomes the tab stop), focus it.
  const pendingFocus = useRef<ChatId | null>(null);
  const focusPending = () => {
    const id = pendingFocus.current;
    if (id === null) return;
    const node = itemRefs.current.get(id);
    if (!node || !node.isConnected) return;
    pendingFocus.current = null;
    node.focus({ preventScroll: true });
  };
  useIsomorphicLayoutEffect(focusPending);

  const focusAt = (index: number) => {
    const target = Math.max(0, Math.min(visible.length - 1, index));
    const chat = visible[target];
    if (!chat) return;
    pendingFocus.current = chat.id;
    setActiveId(chat.id);
    // The first and last rows bring the list's padding into view too.
    if (target === 0) virtualizer.scrollToOffset(0);
    else if (target === visible.length - 1) virtualizer.scrollToEnd();
    else virtualizer.scrollToIndex(target, { align: 'auto' });
    focusPending(); // already rendered: focus now (otherwise after the next render)
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const current = visible[tabIndex];
    switch (event.key) {
      case 'ArrowDown':
        focusAt(tabIndex + 1);
        break;
      case 'ArrowUp':
        focusAt(tabIndex - 1);
        break;
      case 'Home':
        focusAt(0);
        break;
      case 'End':
        focusAt(visible.length - 1);
        break;
      case 'Enter':
      case ' ':
        if (current) onSelect?.(current.id, current);
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  // Hosted in an element not known yet: where the rows would be is unknown too.
  const items = scrollElement === null ? [] : virtualizer.getVirtualItems();

  return (
    <Root ref={ref} data-empty={chats.length === 0 || undefined} {...rest}>
      {searchable && chats.length > 0 ? (
        <SearchBox>
          <SearchField label={searchLabel ?? t.searchChats} value={query} onValueChange={setQuery} />
        </SearchBox>
      ) : null}
      {chats.length === 0 ? (
        (emptyState ?? <EmptyState title={t.noConversations} description={t.noConversationsHint} />)
      ) : visible.length === 0 ? (
        <EmptyState icon={null} title={noResultsText ?? t.noChatsMatch} role="status" />
      ) : (
        <List ref={scrollerRef} $hosted={hosted} role="listbox" aria-label={label} onKeyDown={onKeyDown} data-count={visible.length}>
          <ChatListRowContext.Provider value={rowContext}>
            <Inner ref={innerRef} style={{ height: virtualizer.getTotalSize() }}>
              {items.map((item) => {
                const chat = visible[item.index];
                if (!chat) return null;
                return (
                  <ChatListRow
                    key={chat.id}
                    chat={chat}
                    index={item.index}
                    start={item.start - scrollMargin}
                    setSize={visible.length}
                    selected={chat.id === selectedId}
                    tabbable={chat.id === tabStop}
                    domId={`${idBase}-${chat.id}`}
                  />
                );
              })}
            </Inner>
          </ChatListRowContext.Provider>
        </List>
      )}
    </Root>
  );
});
