import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import type { ChatMessage } from '../../types';
import { MessageBubble } from './MessageBubble';

const msg = (over: Partial<ChatMessage> = {}): ChatMessage => ({
  id: 1,
  authorId: 'a',
  text: 'hello',
  timestamp: '2026-11-25T10:00:00Z',
  ...over,
});

describe('MessageBubble', () => {
  it('shows HTML in a message as literal text and creates no element from it', () => {
    const text = '<img src=x onerror=alert(1)>';
    const { container } = render(<MessageBubble message={msg({ text })} />);
    expect(screen.getByText(text)).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
    expect(container.innerHTML).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('makes http(s) links clickable, safely, and leaves other schemes as text', () => {
    const { container } = render(
      <MessageBubble message={msg({ text: 'see https://example.com/a?b=1. or javascript:alert(1) or www.example.org' })} />,
    );
    const links = screen.getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://example.com/a?b=1', 'https://www.example.org/']);
    expect(links[0]).toHaveAttribute('rel', expect.stringContaining('noopener'));
    expect(links[0]).toHaveAttribute('target', '_blank');
    expect(container).toHaveTextContent('see https://example.com/a?b=1. or javascript:alert(1) or www.example.org');
  });

  it('keeps line breaks as text', () => {
    render(<MessageBubble message={msg({ text: 'line one\nline two' })} />);
    expect(screen.getByText(/line one/).textContent).toBe('line one\nline two');
  });

  it.each([
    ['sending', 'Sending'],
    ['sent', 'Sent'],
    ['delivered', 'Delivered'],
    ['read', 'Read'],
  ] as const)('shows the %s status of an own message', (status, label) => {
    const { container } = render(<MessageBubble own message={msg({ status })} />);
    expect(screen.getByRole('img', { name: label })).toBeInTheDocument();
    expect(container.firstChild).toHaveAttribute('data-status', status);
    expect(container.firstChild).toHaveAttribute('data-own', 'true');
  });

  it('offers Retry on a failed message and passes the message back', async () => {
    const onRetry = jest.fn();
    const failed = msg({ status: 'failed', id: 'x9' });
    render(<MessageBubble own message={failed} onRetry={onRetry} />);
    expect(screen.getByText('Message not sent.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledWith(failed);
  });

  it('says why a failed message was not sent, and keeps the Not sent status label', () => {
    render(<MessageBubble own message={msg({ status: 'failed', failureReason: 'Too long (max 4000 characters)' })} onRetry={jest.fn()} />);
    expect(screen.getByText('Too long (max 4000 characters)')).toBeInTheDocument();
    expect(screen.queryByText('Message not sent.')).toBeNull();
    expect(screen.getByRole('img', { name: 'Not sent' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('offers no Retry when sending again cannot help, only Discard', () => {
    const failed = msg({ status: 'failed', failureReason: "This person doesn't exist", retryable: false });
    const { container } = render(<MessageBubble own message={failed} onRetry={jest.fn()} onDiscard={jest.fn()} />);
    expect(screen.getByText("This person doesn't exist")).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Discard' })).toBeInTheDocument();
    expect(container.querySelector('[data-retryable]')).toHaveAttribute('data-retryable', 'false');
  });

  it('shows no delivery status for other people’s messages', () => {
    render(<MessageBubble message={msg({ status: 'read' })} authorName="Ada" showAuthor />);
    expect(screen.queryByRole('img', { name: 'Read' })).toBeNull();
    expect(screen.getByText('Ada')).toBeInTheDocument();
  });

  it('marks edited and deleted messages', () => {
    const { rerender, container } = render(<MessageBubble message={msg({ edited: true })} />);
    expect(screen.getByText('edited')).toBeInTheDocument();
    rerender(<MessageBubble message={msg({ deleted: true, text: 'secret' })} />);
    expect(screen.getByText('This message was deleted')).toBeInTheDocument();
    expect(screen.queryByText('secret')).toBeNull();
    expect(container.firstChild).toHaveAttribute('data-deleted', 'true');
  });

  it('shows no delivery status on one’s own deleted message', () => {
    const { rerender, container } = render(<MessageBubble own message={msg({ status: 'read' })} />);
    expect(screen.getByRole('img', { name: 'Read' })).toBeInTheDocument();
    rerender(<MessageBubble own message={msg({ status: 'read', deleted: true })} />);
    expect(screen.queryByRole('img', { name: 'Read' })).toBeNull();
    expect(container.firstChild).not.toHaveAttribute('data-status');
  });

  it('renders a <time> with the message time and forwards ref/className', () => {
    const ref = createRef<HTMLDivElement>();
    const { container } = render(<MessageBubble ref={ref} className="b" message={msg()} timeZone="UTC" locale="en-GB" />);
    expect(container.querySelector('time')).toHaveAttribute('dateTime', '2026-11-25T10:00:00.000Z');
    expect(screen.getByText('10:00')).toBeInTheDocument();
    expect(ref.current).toHaveClass('b');
  });
});
