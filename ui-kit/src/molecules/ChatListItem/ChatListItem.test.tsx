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

const inList = (ui: React.ReactElement) => render(<div role="listbox" aria-label="Chats">{ui}</div>);

describe('ChatListItem', () => {
  it('is an option with name, preview, time and an unread badge capped at 99+', () => {
    inList(<ChatListItem chat={chat} now="2026-11-25T15:00:00Z" timeZone="UTC" locale="en-GB" />);
    const option = screen.getByRole('option', { name: /Ada Lovelace/ });
    expect(option).toHaveAttribute('aria-selected', 'false');
    expect(within(option).getByText('See you tomorrow')).toBeInTheDocument();
    expect(within(option).getByText('09:05')).toBeInTheDocument();
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
});
