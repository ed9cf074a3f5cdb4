import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockChatLayout } from '../../test/layout';
import type { ChatMessage } from '../../types';
import { MessageList } from './MessageList';

const DAY = Date.UTC(2026, 10, 25, 8, 0, 0);
const names: Record<string, string> = { me: 'Sam', ada: 'Ada' };
const getAuthorName = (id: string | number) => names[String(id)];

let restoreLayout: () => void;
beforeEach(() => {
  restoreLayout = mockChatLayout({ viewportHeight: 400, rowHeight: () => 50 });
});
afterEach(() => restoreLayout());

const flush = () => act(() => new Promise((r) => setTimeout(r, 60)));

const original: ChatMessage = { id: 1, authorId: 'ada', text: 'Demo on *Thursday*?', timestamp: DAY };
const reply: ChatMessage = {
  id: 2,
  authorId: 'me',
  text: 'yes',
  timestamp: DAY + 1000,
  replyTo: { id: 1, authorId: 'ada', excerpt: 'Demo on Thursday?' },
  reactions: [{ emoji: '👍', count: 1, me: false, userIds: ['ada'] }],
};

describe('MessageList replies, reactions and formatting', () => {
  it('passes quote jumps and reaction toggles through with the message', async () => {
    const onJump = jest.fn();
    const onToggle = jest.fn();
    render(
      <MessageList
        messages={[original, reply]}
        currentUserId="me"
        label="Ada"
        getAuthorName={getAuthorName}
        onJumpToMessage={onJump}
        onToggleReaction={onToggle}
      />,
    );
    await flush();
    await userEvent.click(screen.getByRole('button', { name: 'Go to message from Ada Demo on Thursday?' }));
    expect(onJump).toHaveBeenCalledWith(1);
    const toggle = screen.getByRole('button', { name: '👍 1' });
    expect(toggle).toHaveAttribute('title', 'Ada');
    await userEvent.click(toggle);
    expect(onToggle).toHaveBeenCalledWith(reply, '👍');
    expect(screen.getAllByRole('button', { name: 'Add reaction' })).toHaveLength(2);
  });

  it('offers no jump or reactions without their handlers, and formats bubbles but not notices', async () => {
    const notice: ChatMessage = { id: 3, authorId: 'ada', kind: 'system', text: '*Ada* renamed the group', timestamp: DAY + 2000 };
    render(<MessageList messages={[original, reply, notice]} currentUserId="me" label="Ada" getAuthorName={getAuthorName} />);
    await flush();
    expect(screen.queryByRole('button', { name: /Go to message/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Add reaction' })).toBeNull();
    expect(screen.getByRole('button', { name: '👍 1' })).toBeDisabled();
    expect(screen.getByText('Thursday').tagName).toBe('STRONG');
    expect(screen.getByText('*Ada* renamed the group')).toBeInTheDocument();
  });
});
