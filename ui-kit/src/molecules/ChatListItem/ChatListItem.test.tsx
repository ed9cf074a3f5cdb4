import { render, screen, within } from '@testing-library/react';
import type { ChatSummary } from '../../types';
import { ChatListItem } from './ChatListItem';

const chat: ChatSummary = {
  id: 1,
  name: 'Ada Lovelace',
  presence: 'online',
  lastMessage: 'See you tomorrow',
  lastMessageAt: '2026-11-25T09:05:00Z',
  unreadCount: 120,
};

const inList = (ui: React.ReactElement) =>
  render(
    <div role="listbox" aria-label="Chats">
      {ui}
    </div>,
  );

describe('ChatListItem', () => {
  it('is an option with name, preview, time and an unread badge capped at 99+', () => {
    inList(<ChatListItem chat={chat} now="2026-11-25T15:00:00Z" timeZone="UTC" locale="en-GB" />);
    const option = screen.getByRole('option', { name: /Ada Lovelace/ });
    expect(option).toHaveAttribute('aria-selected', 'false');
    expect(within(option).getByText('See you tomorrow')).toBeInTheDocument();
    expect(within(option).getByText('9:05')).toBeInTheDocument();
    expect(within(option).getByRole('img', { name: '120 unread messages' })).toHaveTextContent('99+');
    expect(option).toHaveAttribute('data-unread', 'true');
  });

  it('reflects selection and typing', () => {
    inList(<ChatListItem chat={{ ...chat, typing: true, unreadCount: 0 }} selected />);
    const option = screen.getByRole('option');
    expect(option).toHaveAttribute('aria-selected', 'true');
    expect(option).toHaveAttribute('data-selected', 'true');
    expect(within(option).getByText('typing…')).toBeInTheDocument();
    expect(within(option).queryByRole('img', { name: /unread/ })).toBeNull();
  });

  it('tells presence in the option’s name and as data-presence', () => {
    inList(<ChatListItem chat={{ ...chat, presence: 'offline' }} />);
    const option = screen.getByRole('option', { name: /Ada Lovelace\s*Offline/ });
    expect(option).toHaveAttribute('data-presence', 'offline');
  });

  it('renders a group row: group avatar without presence, author before the preview, "group, N members" in its name', () => {
    const group: ChatSummary = {
      id: 'g:3',
      kind: 'group',
      name: 'Team chat',
      memberCount: 3,
      presence: 'online', // ignored for a group
      lastMessageAuthor: 'Alice',
      lastMessage: 'hi',
      lastMessageAt: '2026-11-25T09:05:00Z',
      unreadCount: 2,
    };
    inList(<ChatListItem chat={group} now="2026-11-25T15:00:00Z" timeZone="UTC" locale="en-GB" />);
    const option = screen.getByRole('option');
    expect(option).toHaveAccessibleName('Team chat, group, 3 members Alice: hi 9:05 2 unread messages');
    expect(option).toHaveAttribute('data-kind', 'group');
    expect(option).not.toHaveAttribute('data-presence');
    expect(within(option).getByText('Alice: hi')).toBeInTheDocument();
    expect(option.querySelector('[data-kind="group"][data-size]')).not.toBeNull(); // the group avatar
    expect(option.querySelector('[data-status]')).toBeNull(); // no presence dot
    expect(within(option).queryByText('Online')).toBeNull();
  });

  it('says "1 member", leaves the count out when unknown, and shows "typing…" over the preview', () => {
    const group: ChatSummary = { id: 'g:1', kind: 'group', name: 'Solo', memberCount: 1, lastMessage: 'hi', lastMessageAuthor: 'Bo' };
    const { rerender } = inList(<ChatListItem chat={group} />);
    expect(screen.getByRole('option')).toHaveAccessibleName(/^Solo, group, 1 member Bo: hi/);
    rerender(
      <div role="listbox" aria-label="Chats">
        <ChatListItem chat={{ ...group, memberCount: undefined, typing: true }} />
      </div>,
    );
    expect(screen.getByRole('option')).toHaveAccessibleName('Solo, group typing…');
  });

  it('keeps direct rows as they were: no author prefix, data-kind="direct"', () => {
    inList(<ChatListItem chat={{ ...chat, lastMessageAuthor: 'Ada Lovelace' }} />);
    const option = screen.getByRole('option');
    expect(option).toHaveAttribute('data-kind', 'direct');
    expect(within(option).getByText('See you tomorrow')).toBeInTheDocument();
    expect(option).not.toHaveAccessibleName(/group/);
  });

  it('shows an "@" badge for unread mentions beside the unread count, named by count', () => {
    const { rerender } = inList(<ChatListItem chat={{ ...chat, kind: 'group', unreadCount: 5, mentionCount: 2 }} />);
    const option = screen.getByRole('option');
    expect(option).toHaveAttribute('data-mentions', '2');
    expect(option).toHaveAccessibleName(expect.stringContaining('mentioned 2 times'));
    expect(option.querySelector('[data-mention-badge]')).toHaveTextContent(/^@mentioned 2 times$/);
    rerender(
      <div role="listbox" aria-label="Chats">
        <ChatListItem chat={{ ...chat, mentionCount: 1 }} />
      </div>,
    );
    expect(screen.getByRole('option')).toHaveAccessibleName(expect.stringContaining('mentioned once'));
    rerender(
      <div role="listbox" aria-label="Chats">
        <ChatListItem chat={{ ...chat, mentionCount: 0 }} />
      </div>,
    );
    expect(screen.getByRole('option')).not.toHaveAttribute('data-mentions');
    expect(screen.getByRole('option').querySelector('[data-mention-badge]')).toBeNull();
  });
});
