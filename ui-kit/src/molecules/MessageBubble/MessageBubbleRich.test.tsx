import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ChatMessage } from '../../types';
import { MessageBubble } from './MessageBubble';

const msg = (over: Partial<ChatMessage> = {}): ChatMessage => ({
  id: 1,
  authorId: 'a',
  text: 'hello',
  timestamp: '2026-11-25T10:00:00Z',
  ...over,
});
const names: Record<string, string> = { a: 'Ada', g: 'Grace' };
const getAuthorName = (id: string | number) => names[String(id)];

describe('MessageBubble formatting', () => {
  it('renders bold, italic, strike, code and code blocks as elements, keeping dir="auto"', () => {
    const { container } = render(<MessageBubble message={msg({ text: '*b* _i_ ~s~ `c` snake_case_name 2*3*4\n```\nx = *y*\n```' })} />);
    const text = container.querySelector('p');
    expect(text).toHaveAttribute('dir', 'auto');
    expect(container.querySelector('strong')).toHaveTextContent('b');
    expect(container.querySelector('em')).toHaveTextContent('i');
    expect(container.querySelector('s')).toHaveTextContent('s');
    const codes = container.querySelectorAll('code');
    expect(codes[0]).toHaveTextContent('c');
    expect(codes[1]).toHaveAttribute('data-block');
    expect(codes[1]?.textContent).toBe('x = *y*');
    expect(text).toHaveTextContent('snake_case_name 2*3*4');
    expect(container.querySelectorAll('strong, em')).toHaveLength(2);
  });

  it('keeps hostile input inert: no script, no javascript: link', () => {
    const text = '<script>alert(1)</script> [x](javascript:alert(1)) *<b>bold</b>* `<img src=x onerror=alert(1)>`';
    const { container } = render(<MessageBubble message={msg({ text })} />);
    expect(container.querySelector('script, img, b')).toBeNull();
    expect(screen.queryByRole('link')).toBeNull();
    expect(container.querySelector('strong')).toHaveTextContent('<b>bold</b>');
    expect(container.querySelector('code')).toHaveTextContent('<img src=x onerror=alert(1)>');
  });

  it('links inside formatting open in a new tab, safely', () => {
    render(<MessageBubble message={msg({ text: 'read *https://example.com/a_b*' })} />);
    const link = screen.getByRole('link', { name: 'https://example.com/a_b' });
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', expect.stringContaining('noopener noreferrer'));
    expect(link.closest('strong')).not.toBeNull();
  });
});

describe('MessageBubble replies', () => {
  it('shows the quote above the text, as a button to the original', async () => {
    const onJump = jest.fn();
    const { container } = render(
      <MessageBubble
        message={msg({ text: 'yes!', replyTo: { id: 9, authorId: 'g', excerpt: 'Demo on Thursday?' } })}
        getAuthorName={getAuthorName}
        onJumpToMessage={onJump}
      />,
    );
    const quote = screen.getByRole('button', { name: 'Go to message from Grace Demo on Thursday?' });
    expect(quote.compareDocumentPosition(container.querySelector('p') as Node) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await userEvent.click(quote);
    expect(onJump).toHaveBeenCalledWith(9);
  });

  it('says when the original was deleted, and shows no quote on a deleted reply', () => {
    const { rerender } = render(
      <MessageBubble message={msg({ replyTo: { id: 9, authorId: 'g', excerpt: '', deleted: true } })} getAuthorName={getAuthorName} />,
    );
    expect(screen.getByText('Message deleted')).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
    rerender(<MessageBubble message={msg({ deleted: true, replyTo: { id: 9, authorId: 'g', excerpt: 'hi' } })} getAuthorName={getAuthorName} />);
    expect(screen.queryByText('Grace')).toBeNull();
  });
});

describe('MessageBubble reactions', () => {
  const reactions = [
    { emoji: '👍', count: 2, me: true, userIds: ['a', 'g'] },
    { emoji: '😂', count: 1, me: false },
  ];

  it('toggles a reaction with the message and emoji', async () => {
    const onToggle = jest.fn();
    const message = msg({ reactions });
    render(<MessageBubble message={message} onToggleReaction={onToggle} getAuthorName={getAuthorName} />);
    const group = screen.getByRole('group', { name: 'Reactions' });
    const mine = within(group).getByRole('button', { name: '👍 2, you reacted' });
    expect(mine).toHaveAttribute('title', 'Ada and Grace');
    await userEvent.click(mine);
    expect(onToggle).toHaveBeenCalledWith(message, '👍');
  });

  it('adds from the picker, but never takes back a reaction from it', async () => {
    const onToggle = jest.fn();
    const message = msg({ reactions });
    render(<MessageBubble message={message} onToggleReaction={onToggle} />);
    await userEvent.click(screen.getByRole('button', { name: 'Add reaction' }));
    await userEvent.click(screen.getByRole('menuitem', { name: '👍' }));
    expect(onToggle).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Add reaction' }));
    await userEvent.click(screen.getByRole('menuitem', { name: '🙏' }));
    expect(onToggle).toHaveBeenCalledWith(message, '🙏');
  });

  it('shows reactions read-only without a handler, and no picker on messages not yet sent', () => {
    const { rerender } = render(<MessageBubble message={msg({ reactions })} />);
    expect(screen.getByRole('button', { name: '😂 1' })).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Add reaction' })).toBeNull();
    rerender(<MessageBubble own message={msg({ status: 'sending' })} onToggleReaction={() => {}} />);
    expect(screen.queryByRole('button', { name: 'Add reaction' })).toBeNull();
    rerender(<MessageBubble message={msg({ deleted: true, reactions })} onToggleReaction={() => {}} />);
    expect(screen.queryByRole('group', { name: 'Reactions' })).toBeNull();
  });
});
