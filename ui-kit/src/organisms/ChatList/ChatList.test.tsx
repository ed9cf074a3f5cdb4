import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
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

  it('shows an empty state without chats', () => {
    render(<ChatList chats={[]} />);
    expect(screen.getByText('No conversations yet')).toBeInTheDocument();
    expect(screen.queryByRole('searchbox')).toBeNull();
  });
});
