import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ChatHeader } from './ChatHeader';

describe('ChatHeader', () => {
  it('names the partner in a heading with presence', () => {
    render(<ChatHeader partner={{ name: 'Ada Lovelace', presence: 'away' }} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Ada Lovelace' })).toBeInTheDocument();
    expect(screen.getByText('Away')).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('offers a back button and an actions slot', async () => {
    const onBack = jest.fn();
    render(
      <ChatHeader
        partner={{ name: 'Ada' }}
        onBack={onBack}
        subtitle="typing…"
        headingLevel={1}
        actions={<button type="button">Call</button>}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Back to chats' }));
    expect(onBack).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Call' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Ada' })).toBeInTheDocument();
    expect(screen.getByText('typing…')).toBeInTheDocument();
  });

  it('says when an offline partner was last seen, and nothing of it while online', () => {
    const now = '2026-11-25T15:00:00Z';
    const { rerender } = render(
      <ChatHeader partner={{ name: 'Ada', presence: 'offline' }} lastSeen="2026-11-25T14:55:00Z" now={now} locale="en" />,
    );
    expect(screen.getByText(/Last seen/)).toHaveTextContent('Last seen 5 minutes ago');
    expect(document.querySelector('time')).toHaveAttribute('dateTime', '2026-11-25T14:55:00.000Z');
    rerender(<ChatHeader partner={{ name: 'Ada', presence: 'online' }} lastSeen="2026-11-25T14:55:00Z" now={now} locale="en" />);
    expect(screen.getByText('Online')).toBeInTheDocument();
    expect(screen.queryByText(/Last seen/)).toBeNull();
    rerender(<ChatHeader partner={{ name: 'Ada', presence: 'offline' }} lastSeen={null} now={now} />);
    expect(screen.getByText('Offline')).toBeInTheDocument();
    // An explicit subtitle (e.g. "typing…") wins.
    rerender(<ChatHeader partner={{ name: 'Ada', presence: 'offline' }} lastSeen="2026-11-25T14:55:00Z" subtitle="typing…" />);
    expect(screen.getByText('typing…')).toBeInTheDocument();
  });
});
