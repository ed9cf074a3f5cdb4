import {
  forwardRef,
  useCallback,
  useId,
  useMemo,
  useRef,
  useState,
  type ComponentPropsWithoutRef,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { styled } from 'styled-components';
import { ChatListItem } from '../../molecules/ChatListItem/ChatListItem';
import { EmptyState } from '../../molecules/EmptyState/EmptyState';
import { SearchField } from '../../molecules/SearchField/SearchField';
import type { ChatSummary, TimeInput } from '../../types';
import { base, color, space } from '../../utils/theme';

type ChatId = ChatSummary['id'];

export interface ChatListProps extends Omit<ComponentPropsWithoutRef<'div'>, 'onSelect' | 'children'> {
  chats: readonly ChatSummary[];
  selectedId?: ChatId | null;
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

const List = styled.div`
  flex: 1;
  min-height: 0;
  overflow-y: auto;
  padding: ${space('xs')} ${space('sm')};
  outline: none;
`;

const matches = (chat: ChatSummary, q: string) =>
  chat.name.toLocaleLowerCase().includes(q) || (chat.lastMessage ?? '').toLocaleLowerCase().includes(q);

/**
 * The conversations: a `listbox` of `option`s with roving focus. ↑/↓ move, Home/End jump,
 * Enter/Space (or a click) select. Optional search and an empty state.
 */
export const ChatList = forwardRef<HTMLDivElement, ChatListProps>(function ChatList(
  {
    chats,
    selectedId = null,
    onSelect,
    label = 'Chats',
    searchable = true,
    searchLabel = 'Search chats',
    searchValue,
    onSearchChange,
    emptyState,
    noResultsText = 'No chats match your search.',
    now,
    locale,
    timeZone,
    ...rest
  },
  ref,
) {
  const [query, setQuery] = useState('');
  const q = (searchValue ?? query).trim().toLocaleLowerCase();
  const visible = useMemo(
    () => (onSearchChange || !q ? chats : chats.filter((c) => matches(c, q))),
    [chats, q, onSearchChange],
  );
  const [activeId, setActiveId] = useState<ChatId | null>(null);
  const itemRefs = useRef(new Map<ChatId, HTMLDivElement>());
  const idBase = useId();

  // The tab stop: the active option if still visible, else the selected one, else the first.
  const tabStop =
    visible.find((c) => c.id === activeId)?.id ?? visible.find((c) => c.id === selectedId)?.id ?? visible[0]?.id;

  const focusAt = useCallback(
    (index: number) => {
      const chat = visible[Math.max(0, Math.min(visible.length - 1, index))];
      if (!chat) return;
      setActiveId(chat.id);
      const node = itemRefs.current.get(chat.id);
      node?.focus();
      node?.scrollIntoView?.({ block: 'nearest' });
    },
    [visible],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = visible.findIndex((c) => c.id === tabStop);
    const current = visible[index];
    switch (event.key) {
      case 'ArrowDown':
        focusAt(index + 1);
        break;
      case 'ArrowUp':
        focusAt(index - 1);
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

  const search = (value: string) => {
    if (searchValue === undefined) setQuery(value);
    onSearchChange?.(value);
  };

  return (
    <Root ref={ref} data-empty={chats.length === 0 || undefined} {...rest}>
      {searchable && chats.length > 0 ? (
        <SearchBox>
          <SearchField label={searchLabel} value={searchValue ?? query} onValueChange={search} />
        </SearchBox>
      ) : null}
      {chats.length === 0 ? (
        (emptyState ?? <EmptyState title="No conversations yet" description="Find someone to start a chat." />)
      ) : visible.length === 0 ? (
        <EmptyState icon={null} title={noResultsText} role="status" />
      ) : (
        <List role="listbox" aria-label={label} onKeyDown={onKeyDown}>
          {visible.map((chat) => (
            <ChatListItem
              key={chat.id}
              id={`${idBase}-${chat.id}`}
              ref={(node) => {
                if (node) itemRefs.current.set(chat.id, node);
                else itemRefs.current.delete(chat.id);
              }}
              chat={chat}
              selected={chat.id === selectedId}
              tabIndex={chat.id === tabStop ? 0 : -1}
              onClick={() => {
                setActiveId(chat.id);
                onSelect?.(chat.id, chat);
              }}
              onFocus={() => setActiveId(chat.id)}
              now={now}
              locale={locale}
              timeZone={timeZone}
            />
          ))}
        </List>
      )}
    </Root>
  );
});
