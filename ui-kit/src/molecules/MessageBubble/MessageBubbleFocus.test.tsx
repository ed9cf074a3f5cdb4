import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ChatMessage } from '../../types';
import { MessageBubble } from './MessageBubble';

const msg = (over: Partial<ChatMessage> = {}): ChatMessage => ({
  id: 7,
  authorId: 'me',
  text: 'teh typo',
  timestamp: '2026-11-25T10:00:00Z',
  status: 'sent',
  ...over,
});

describe('MessageBubble focus after edit and delete', () => {
  it('returns focus to "Edit message" after Escape, Cancel or saving', async () => {
    render(<MessageBubble own message={msg()} onEdit={jest.fn()} onDelete={jest.fn()} />);
    const edit = () => screen.getByRole('button', { name: 'Edit message' });
    await userEvent.click(edit());
    await userEvent.keyboard('{Escape}');
    expect(edit()).toHaveFocus();
    await userEvent.click(edit());
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(edit()).toHaveFocus();
    await userEvent.click(edit());
    await userEvent.keyboard(' fixed{Enter}');
    expect(edit()).toHaveFocus();
  });

  it('cancels a delete with Escape or Cancel, focus back on "Delete message"', async () => {
    const onDelete = jest.fn();
    render(<MessageBubble own message={msg()} onEdit={jest.fn()} onDelete={onDelete} />);
    const del = () => screen.getByRole('button', { name: 'Delete message' });
    await userEvent.click(del());
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByText('Delete this message?')).toBeNull();
    expect(del()).toHaveFocus();
    await userEvent.click(del());
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(del()).toHaveFocus();
    expect(onDelete).not.toHaveBeenCalled();
  });

  it('puts focus on the message after a confirmed delete, and keeps it there once the message is deleted', async () => {
    const message = msg();
    const { container, rerender } = render(<MessageBubble own message={message} onEdit={jest.fn()} onDelete={jest.fn()} />);
    await userEvent.click(screen.getByRole('button', { name: 'Delete message' }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(container.firstChild).toHaveFocus();
    rerender(<MessageBubble own message={{ ...message, deleted: true, text: '' }} onEdit={jest.fn()} onDelete={jest.fn()} />);
    expect(container.firstChild).toHaveFocus();
  });

  it('moves focus to the message when the focused action disappears (deleted from another device)', async () => {
    const message = msg();
    const { container, rerender } = render(<MessageBubble own message={message} onEdit={jest.fn()} onDelete={jest.fn()} />);
    await userEvent.click(screen.getByRole('button', { name: 'Edit message' }));
    expect(screen.getByRole('textbox', { name: 'Edit message' })).toHaveFocus();
    rerender(<MessageBubble own message={{ ...message, deleted: true, text: '' }} onEdit={jest.fn()} onDelete={jest.fn()} />);
    expect(document.body).not.toHaveFocus();
    expect(container.firstChild).toHaveFocus();
  });
});
