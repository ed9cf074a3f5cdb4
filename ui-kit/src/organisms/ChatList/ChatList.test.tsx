import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockChatLayout, rowTop } from '../../test/layout';
import type { ChatSummary } from '../../types';
import { ChatList } from './ChatList';

const chats: ChatSummary[] = [
  { id: 'a', name: 'Ada Lovelace', lastMessage: 'Note G', unreadCount: 2 },
  { id: 'g', name: 'Grace Hopper', lastMessage: 'Found a moth' },
  { id: 'l', name: 'Linus Pauling', lastMessage: 'Vitamin C', unreadCount: 300 },
];

const options = () => screen.getAllByRole('option');

describe('ChatList', () => {
  it('is a labelled listbox of options showing the selection', () => {
    render(<ChatList chats={chats} selectedId="g" />);
    const list = screen.getByRole('listbox', { name: 'Chats' });
    expect(within(list).getAllByRole('option')).toHaveLength(3);
    expect(screen.getByRole('option', { name: /Grace Hopper/ })).toHaveAttribute('aria-selected', 'true');
    expect(within(options()[2]!).getByRole('img', { name: '300 unread messages' })).toHaveTextContent('99+');
  });

  it('shows the "@" badge of a row with unread mentions, and updates it', () => {
    const { rerender } = render(<ChatList chats={[{ ...chats[0]!, mentionCount: 3 }, chats[1]!]} />);
    expect(options()[0]).toHaveAccessibleName(expect.stringContaining('mentioned 3 times'));
    expect(options()[1]!.querySelector('[data-mention-badge]')).toBeNull();
    rerender(<ChatList chats={[chats[0]!, { ...chats[1]!, mentionCount: 1 }]} />);
    expect(options()[0]!.querySelector('[data-mention-badge]')).toBeNull();
    expect(options()[1]).toHaveAccessibleName(expect.stringContaining('mentioned once'));
  });

  it('moves focus with the arrow keys, Home and End, and selects with Enter and Space', async () => {
    const onSelect = jest.fn();
    render(<ChatList chats={chats} onSelect={onSelect} searchable={false} />);
    await userEvent.tab();
    expect(options()[0]).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(options()[1]).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}'); // stops at the last
    expect(options()[2]).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}');
    expect(options()[1]).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith('g', chats[1]);
    await userEvent.keyboard('{Home}');
    expect(options()[0]).toHaveFocus();
    await userEvent.keyboard('{End} ');
    expect(options()[2]).toHaveFocus();
    expect(onSelect).toHaveBeenLastCalledWith('l', chats[2]);
  });

  it('has a single tab stop that starts at the selected chat', async () => {
    render(<ChatList chats={chats} selectedId="l" searchable={false} />);
    expect(options().map((o) => o.tabIndex)).toEqual([-1, -1, 0]);
    await userEvent.tab();
    expect(screen.getByRole('option', { name: /Linus/ })).toHaveFocus();
  });

  it('selects on click', async () => {
    const onSelect = jest.fn();
    render(<ChatList chats={chats} onSelect={onSelect} />);
    await userEvent.click(screen.getByRole('option', { name: /Ada/ }));
    expect(onSelect).toHaveBeenCalledWith('a', chats[0]);
  });

  it('filters with the search field and says when nothing matches', async () => {
    render(<ChatList chats={chats} />);
    const search = screen.getByRole('searchbox', { name: 'Search chats' });
    await userEvent.type(search, 'moth');
    expect(options()).toHaveLength(1);
    expect(options()[0]).toHaveAccessibleName(/Grace Hopper/);
    await userEvent.clear(search);
    await userEvent.type(search, 'zzz');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('No chats match your search.');
  });

  it('hands filtering to the app when onSearchChange is given', async () => {
    const onSearchChange = jest.fn();
    render(<ChatList chats={chats} onSearchChange={onSearchChange} searchLabel="Search people" />);
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search people' }), 'x');
    expect(onSearchChange).toHaveBeenLastCalledWith('x');
    expect(options()).toHaveLength(3);
  });

  it('filters locally by a controlled searchValue, which only the owner changes', async () => {
    const { rerender } = render(<ChatList chats={chats} searchValue="moth" />);
    const search = screen.getByRole('searchbox', { name: 'Search chats' });
    expect(search).toHaveValue('moth');
    expect(options()).toHaveLength(1);
    await userEvent.type(search, 's');
    expect(search).toHaveValue('moth');
    rerender(<ChatList chats={chats} searchValue="" />);
    expect(options()).toHaveLength(3);
  });

  it('calls the latest onSelect on click', async () => {
    const first = jest.fn();
    const latest = jest.fn();
    const { rerender } = render(<ChatList chats={chats} onSelect={first} />);
    rerender(<ChatList chats={chats} onSelect={latest} />);
    await userEvent.click(screen.getByRole('option', { name: /Grace/ }));
    expect(latest).toHaveBeenCalledWith('g', chats[1]);
    expect(first).not.toHaveBeenCalled();
  });

  it('renders the rows again when now, locale or timeZone change', () => {
    const timed: ChatSummary[] = [{ id: 'a', name: 'Ada Lovelace', lastMessageAt: '2026-11-25T10:00:00Z' }];
    const props = { chats: timed, now: '2026-11-25T12:00:00Z', locale: 'en-GB' };
    const { rerender } = render(<ChatList {...props} timeZone="UTC" />);
    expect(within(options()[0]!).getByText('10:00')).toBeInTheDocument();
    rerender(<ChatList {...props} timeZone="Asia/Tokyo" />);
    expect(within(options()[0]!).getByText('19:00')).toBeInTheDocument();
    rerender(<ChatList {...props} timeZone="UTC" now="2026-12-30T12:00:00Z" />);
    expect(within(options()[0]!).getByText('25 Nov')).toBeInTheDocument();
  });

  it('mixes direct and group rows whose numeric ids collide ("u:5" and "g:5")', async () => {
    const mixed: ChatSummary[] = [
      { id: 'u:5', name: 'Ada Lovelace', presence: 'online', lastMessage: 'Note G' },
      { id: 'g:5', kind: 'group', name: 'Engine club', memberCount: 3, lastMessageAuthor: 'Grace', lastMessage: 'Thursday', unreadCount: 1 },
      { id: 'g:6', kind: 'group', name: 'Bug hunters', memberCount: 2, lastMessageAuthor: 'You', lastMessage: 'Fixed' },
    ];
    const onSelect = jest.fn();
    const { rerender } = render(<ChatList chats={mixed} selectedId="g:5" onSelect={onSelect} />);
    expect(options().map((o) => o.getAttribute('data-kind'))).toEqual(['direct', 'group', 'group']);
    expect(new Set(options().map((o) => o.id)).size).toBe(3); // distinct DOM ids
    const group = screen.getByRole('option', { name: /^Engine club, group, 3 members Grace: Thursday/ });
    expect(group).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('option', { name: /Ada Lovelace/ })).toHaveAttribute('aria-selected', 'false');
    // The tab stop starts at the selected group; arrows move across kinds.
    await userEvent.tab();
    await userEvent.tab();
    expect(group).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith('u:5', mixed[0]);
    await userEvent.click(screen.getByRole('option', { name: /Bug hunters/ }));
    expect(onSelect).toHaveBeenLastCalledWith('g:6', mixed[2]);
    rerender(<ChatList chats={mixed} selectedId="u:5" onSelect={onSelect} />);
    expect(screen.getByRole('option', { name: /Ada Lovelace/ })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('option', { name: /Engine club/ })).toHaveAttribute('aria-selected', 'false');
    // Search finds a group by the author shown in its preview.
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search chats' }), 'grace');
    expect(options()).toHaveLength(1);
    expect(options()[0]).toHaveAccessibleName(/^Engine club/);
  });

  it('shows an empty state without chats', () => {
    render(<ChatList chats={[]} />);
    expect(screen.getByText('No conversations yet')).toBeInTheDocument();
    expect(screen.queryByRole('searchbox')).toBeNull();
  });
});

// Counts real ChatListItem renders: the kit's memoized item, wrapped so each render is recorded.
const itemRenders: Array<string | number> = [];
jest.mock('../../molecules/ChatListItem/ChatListItem', () => {
  const React = jest.requireActual<typeof import('react')>('react');
  const actual = jest.requireActual<typeof import('../../molecules/ChatListItem/ChatListItem')>('../../molecules/ChatListItem/ChatListItem');
  type Props = import('../../molecules/ChatListItem/ChatListItem').ChatListItemProps;
  const Counted = React.memo(
    React.forwardRef<HTMLDivElement, Props>(function Counted(props, ref) {
      itemRenders.push(props.chat.id);
      return React.createElement(actual.ChatListItem, { ...props, ref });
    }),
  );
  return { ...actual, ChatListItem: Counted };
});

function makeChats(count: number, from = 0): ChatSummary[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `c${from + i}`,
    name: `Person ${from + i}`,
    lastMessage: `last message ${from + i}`,
    unreadCount: (from + i) % 7 === 0 ? 3 : 0,
    presence: (from + i) % 5 === 0 ? ('online' as const) : ('offline' as const),
  }));
}

describe('ChatList (virtualized)', () => {
  let restoreLayout: () => void;
  beforeEach(() => {
    // A 400px listbox with 50px rows: 8 rows in view.
    restoreLayout = mockChatLayout({ viewportHeight: 400, rowHeight: () => 50, scrollerRole: 'listbox' });
    itemRenders.length = 0;
  });
  afterEach(() => restoreLayout());

  const listbox = () => screen.getByRole('listbox', { name: 'Chats' });
  const flush = () => act(() => new Promise((r) => setTimeout(r, 60)));
  /** The name of the conversation that has focus (its option must be the focused element). */
  const focusedName = () => {
    const active = document.activeElement as HTMLElement;
    expect(active).toHaveAttribute('role', 'option');
    return within(active).getByText(/^Person \d+$/).textContent;
  };
  /** A user scroll: the offset changes and `scroll` fires. */
  const scrollTo = (top: number) =>
    act(() => {
      listbox().scrollTop = top;
      fireEvent.scroll(listbox());
    });

  it('renders only a window of 5,000 conversations, with the full size announced', async () => {
    const many = makeChats(5000);
    render(<ChatList chats={many} selectedId="c2" searchable={false} />);
    await flush();
    const rendered = options();
    expect(rendered.length).toBeGreaterThanOrEqual(8);
    expect(rendered.length).toBeLessThan(30);
    expect(listbox().querySelectorAll('*').length).toBeLessThan(600);
    rendered.forEach((o, i) => {
      expect(o).toHaveAttribute('aria-setsize', '5000');
      expect(o).toHaveAttribute('aria-posinset', String(i + 1));
    });
    expect(screen.getByRole('option', { name: /Person 2\b/ })).toHaveAttribute('aria-selected', 'true');
    expect(screen.queryByRole('option', { name: /Person 4999\b/ })).toBeNull();
    // The content is as tall as all rows: the scrollbar covers the whole list.
    expect(listbox().scrollHeight).toBe(5000 * 50 + 8);

    // Scrolling to the middle swaps the window.
    scrollTo(2500 * 50);
    await flush();
    expect(screen.queryByRole('option', { name: /Person 0\b/ })).toBeNull();
    const middle = screen.getByRole('option', { name: /Person 2500\b/ });
    expect(middle).toHaveAttribute('aria-posinset', '2501');
    expect(options().length).toBeLessThan(30);
  });

  it('End focuses the last of 5,000 conversations and Home the first, scrolling each into view', async () => {
    const many = makeChats(5000);
    const onSelect = jest.fn();
    render(<ChatList chats={many} onSelect={onSelect} searchable={false} />);
    await flush();
    await userEvent.tab();
    expect(focusedName()).toBe('Person 0');

    await userEvent.keyboard('{End}');
    await flush();
    expect(focusedName()).toBe('Person 4999');
    expect(document.activeElement).toHaveAttribute('aria-posinset', '5000');
    expect(document.activeElement).toHaveAttribute('tabindex', '0');
    // Scrolled to the very end: the last row and the list's 4px bottom padding are in view.
    const last = document.activeElement as HTMLElement;
    expect(listbox().scrollTop).toBe(listbox().scrollHeight - 400);
    expect(rowTop(last) + 50 + 4).toBe(listbox().scrollTop + 400);
    expect(screen.queryByRole('option', { name: /Person 0\b/ })).toBeNull(); // left the window
    await userEvent.keyboard('{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith('c4999', many[4999]);

    await userEvent.keyboard('{ArrowUp}');
    await flush();
    expect(focusedName()).toBe('Person 4998');

    await userEvent.keyboard('{Home}');
    await flush();
    expect(focusedName()).toBe('Person 0');
    expect(listbox().scrollTop).toBe(0);
    expect(screen.queryByRole('option', { name: /Person 4999\b/ })).toBeNull();
  });

  it('ArrowDown past the visible rows scrolls just enough and focuses the next conversation', async () => {
    render(<ChatList chats={makeChats(200)} searchable={false} />);
    await flush();
    await userEvent.tab();
    for (let i = 0; i < 7; i++) await userEvent.keyboard('{ArrowDown}');
    await flush();
    expect(focusedName()).toBe('Person 7'); // the last row in view (4px padding + 8 × 50 > 400)
    const before = listbox().scrollTop;
    expect(before).toBeLessThanOrEqual(4 + 8 * 50 - 400);

    await userEvent.keyboard('{ArrowDown}');
    await flush();
    expect(focusedName()).toBe('Person 8');
    // Row 8 spans 404–454: its bottom edge is now the viewport's.
    expect(listbox().scrollTop).toBe(4 + 9 * 50 - 400);
    for (let i = 0; i < 30; i++) await userEvent.keyboard('{ArrowDown}');
    await flush();
    expect(focusedName()).toBe('Person 38');
    expect(listbox().scrollTop).toBe(4 + 39 * 50 - 400);
    expect(document.activeElement).toHaveAttribute('aria-posinset', '39');
  });

  it('keeps the focused option in the DOM when the list is scrolled away from it', async () => {
    render(<ChatList chats={makeChats(1000)} searchable={false} />);
    await flush();
    await userEvent.tab();
    await userEvent.keyboard('{ArrowDown}');
    expect(focusedName()).toBe('Person 1');
    scrollTo(30_000);
    await flush();
    expect(focusedName()).toBe('Person 1');
    expect(screen.getByRole('option', { name: /Person 1\b/ })).toHaveAttribute('tabindex', '0');
    expect(screen.getByRole('option', { name: /Person 600\b/ })).toBeInTheDocument();
    await userEvent.keyboard('{ArrowDown}');
    await flush();
    expect(focusedName()).toBe('Person 2');
    expect(listbox().scrollTop).toBe(4 + 2 * 50);
  });

  it('Tab reaches the list at the selected conversation even when it is far down', async () => {
    render(<ChatList chats={makeChats(3000)} selectedId="c2500" searchable={false} />);
    await flush();
    await userEvent.tab();
    expect(focusedName()).toBe('Person 2500');
  });

  it('filters 5,000 conversations with the search field', async () => {
    const onSelect = jest.fn();
    const many = makeChats(5000);
    render(<ChatList chats={many} onSelect={onSelect} />);
    await flush();
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search chats' }), 'person 4321');
    await flush();
    expect(options()).toHaveLength(1);
    expect(options()[0]).toHaveAccessibleName(/Person 4321/);
    expect(options()[0]).toHaveAttribute('aria-setsize', '1');
    await userEvent.click(options()[0]!);
    expect(onSelect).toHaveBeenCalledWith('c4321', many[4321]);

    await userEvent.clear(screen.getByRole('searchbox', { name: 'Search chats' }));
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search chats' }), 'message 12');
    await flush();
    // 12, 120–129, 1200–1299: 111 matches, a window of them rendered.
    expect(options()[0]).toHaveAttribute('aria-setsize', '111');
    expect(options()[0]).toHaveAccessibleName(/Person 12\b/);
    expect(options().length).toBeLessThan(30);
  });

  it('re-renders only the rows that changed when a new message moves a conversation to the top', async () => {
    const list = makeChats(5000);
    const onSelect = () => {};
    const { rerender } = render(<ChatList chats={list} selectedId="c9" onSelect={onSelect} searchable={false} />);
    await flush();
    const windowSize = options().length;
    expect(windowSize).toBeGreaterThan(10);

    // A message arrives in the top conversation: a new object for it, the rest unchanged; the app
    // also passes a fresh onSelect (an inline arrow), which must not re-render the rows.
    itemRenders.length = 0;
    const top = { ...list[0]!, lastMessage: 'new!', unreadCount: 1 };
    const next1 = [top, ...list.slice(1)];
    rerender(<ChatList chats={next1} selectedId="c9" onSelect={() => {}} searchable={false} />);
    await flush();
    expect(itemRenders).toEqual(['c0']);

    // A message in c3 moves it to the top: it renders, and so do c0–c2, whose positions (and
    // aria-posinset) changed; every other row (c4…) is left alone.
    itemRenders.length = 0;
    const moved = { ...next1[3]!, lastMessage: 'moved up' };
    const next2 = [moved, ...next1.slice(0, 3), ...next1.slice(4)];
    rerender(<ChatList chats={next2} selectedId="c9" onSelect={() => {}} searchable={false} />);
    await flush();
    expect([...new Set(itemRenders)].sort()).toEqual(['c0', 'c1', 'c2', 'c3']);
    expect(options()[0]).toHaveAccessibleName(/Person 3\b/);
    expect(options()[0]).toHaveAttribute('aria-posinset', '1');
    expect(options()[1]).toHaveAccessibleName(/Person 0\b/);
    expect(options()[4]).toHaveAccessibleName(/Person 4\b/);
  });
});
