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

const more = () => screen.getByRole('button', { name: 'More actions' });
/** Edit and Delete live in the "More actions" menu: open it, then pick the item. */
const choose = async (name: 'Edit message' | 'Delete message') => {
  await userEvent.click(more());
  await userEvent.click(screen.getByRole('menuitem', { name }));
};

describe('MessageBubble edit and delete', () => {
  it('edits inline: Edit opens an editor with the text, Enter saves the trimmed new text', async () => {
    const onEdit = jest.fn();
    const message = msg();
    const { container } = render(<MessageBubble own message={message} onEdit={onEdit} onDelete={jest.fn()} />);
    await choose('Edit message');
    const editor = screen.getByRole('textbox', { name: 'Edit message' });
    expect(editor).toHaveValue('teh typo');
    expect(editor).toHaveFocus();
    expect(container.firstChild).toHaveAttribute('data-editing', 'true');
    await userEvent.clear(editor);
    await userEvent.type(editor, '  the typo  {Enter}');
    expect(onEdit).toHaveBeenCalledWith(message, 'the typo');
    expect(screen.queryByRole('textbox', { name: 'Edit message' })).toBeNull();
  });

  it('saves with the Save button, and Escape or Cancel leaves without calling onEdit', async () => {
    const onEdit = jest.fn();
    render(<MessageBubble own message={msg()} onEdit={onEdit} />);
    await choose('Edit message');
    await userEvent.type(screen.getByRole('textbox', { name: 'Edit message' }), '!{Escape}');
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.getByText('teh typo')).toBeInTheDocument();
    await choose('Edit message');
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onEdit).not.toHaveBeenCalled();
    await choose('Edit message');
    await userEvent.type(screen.getByRole('textbox', { name: 'Edit message' }), ' fixed');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onEdit).toHaveBeenCalledWith(expect.objectContaining({ id: 7 }), 'teh typo fixed');
  });

  it('does not call onEdit for unchanged or empty text; Shift+Enter adds a line', async () => {
    const onEdit = jest.fn();
    render(<MessageBubble own message={msg()} onEdit={onEdit} />);
    await choose('Edit message');
    await userEvent.type(screen.getByRole('textbox'), '{Enter}');
    await choose('Edit message');
    await userEvent.clear(screen.getByRole('textbox'));
    await userEvent.type(screen.getByRole('textbox'), '   {Enter}');
    expect(onEdit).not.toHaveBeenCalled();
    await choose('Edit message');
    await userEvent.type(screen.getByRole('textbox'), '{Shift>}{Enter}{/Shift}second line{Enter}');
    expect(onEdit).toHaveBeenCalledWith(expect.anything(), 'teh typo\nsecond line');
  });

  it('deletes after an inline confirmation; Cancel keeps the message', async () => {
    const onDelete = jest.fn();
    const message = msg();
    render(<MessageBubble own message={message} onEdit={jest.fn()} onDelete={onDelete} />);
    await choose('Delete message');
    expect(screen.getByText('Delete this message?')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onDelete).not.toHaveBeenCalled();
    await choose('Delete message');
    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(onDelete).toHaveBeenCalledWith(message);
    expect(screen.queryByText('Delete this message?')).toBeNull();
  });

  it.each([
    ['someone else’s message', { own: false, message: msg({ authorId: 'ada', status: undefined }) }],
    ['a message still sending', { own: true, message: msg({ status: 'sending' }) }],
    ['a failed message', { own: true, message: msg({ status: 'failed' }) }],
    ['a deleted message', { own: true, message: msg({ deleted: true, text: '' }) }],
  ])('offers no edit or delete on %s', (_name, props) => {
    render(<MessageBubble {...props} onEdit={jest.fn()} onDelete={jest.fn()} />);
    expect(screen.queryByRole('button', { name: /Edit|Delete/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'More actions' })).toBeNull();
  });

  it('shows the deleted placeholder (custom text too) and the edited mark', () => {
    const { rerender } = render(<MessageBubble own message={msg({ edited: true, text: 'the typo' })} />);
    expect(screen.getByText('edited')).toBeInTheDocument();
    rerender(<MessageBubble own message={msg({ edited: true, deleted: true, text: '' })} deletedText="Message deleted" />);
    expect(screen.getByText('Message deleted')).toBeInTheDocument();
    expect(screen.queryByText('edited')).toBeNull();
  });

  it('offers Discard beside Retry for a failed message', async () => {
    const onRetry = jest.fn();
    const onDiscard = jest.fn();
    const failed = msg({ status: 'failed' });
    render(<MessageBubble own message={failed} onRetry={onRetry} onDiscard={onDiscard} />);
    await userEvent.click(screen.getByRole('button', { name: 'Discard' }));
    expect(onDiscard).toHaveBeenCalledWith(failed);
    expect(onRetry).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});

describe('MessageBubble focus after edit and delete', () => {
  it('returns focus to "More actions" after Escape, Cancel or saving', async () => {
    render(<MessageBubble own message={msg()} onEdit={jest.fn()} onDelete={jest.fn()} />);
    await choose('Edit message');
    expect(screen.getByRole('textbox', { name: 'Edit message' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(more()).toHaveFocus();
    await choose('Edit message');
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(more()).toHaveFocus();
    await choose('Edit message');
    await userEvent.keyboard(' fixed{Enter}');
    expect(more()).toHaveFocus();
  });

  it('is reached from the keyboard alone: ↑ on "More actions", Enter, editor, Escape back', async () => {
    const onEdit = jest.fn();
    render(<MessageBubble own message={msg()} onEdit={onEdit} onDelete={jest.fn()} />);
    more().focus();
    await userEvent.keyboard('{ArrowUp}');
    expect(screen.getByRole('menuitem', { name: 'Delete message' })).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}{Enter}');
    expect(screen.getByRole('textbox', { name: 'Edit message' })).toHaveFocus();
    await userEvent.type(screen.getByRole('textbox', { name: 'Edit message' }), ' now{Enter}');
    expect(onEdit).toHaveBeenCalledWith(expect.objectContaining({ id: 7 }), 'teh typo now');
    expect(more()).toHaveFocus();
  });

  it('cancels a delete with Escape or Cancel, focus back on "More actions"', async () => {
    const onDelete = jest.fn();
    render(<MessageBubble own message={msg()} onEdit={jest.fn()} onDelete={onDelete} />);
    await choose('Delete message');
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByText('Delete this message?')).toBeNull();
    expect(more()).toHaveFocus();
    await choose('Delete message');
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(more()).toHaveFocus();
    expect(onDelete).not.toHaveBeenCalled();
  });

  it('puts focus on the message after a confirmed delete, and keeps it there once the message is deleted', async () => {
    const message = msg();
    const { container, rerender } = render(<MessageBubble own message={message} onEdit={jest.fn()} onDelete={jest.fn()} />);
    await choose('Delete message');
    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(container.firstChild).toHaveFocus();
    rerender(<MessageBubble own message={{ ...message, deleted: true, text: '' }} onEdit={jest.fn()} onDelete={jest.fn()} />);
    expect(container.firstChild).toHaveFocus();
  });

  it('moves focus to the message when the focused action disappears (deleted from another device)', async () => {
    const message = msg();
    const { container, rerender } = render(<MessageBubble own message={message} onEdit={jest.fn()} onDelete={jest.fn()} />);
    await choose('Edit message');
    expect(screen.getByRole('textbox', { name: 'Edit message' })).toHaveFocus();
    rerender(<MessageBubble own message={{ ...message, deleted: true, text: '' }} onEdit={jest.fn()} onDelete={jest.fn()} />);
    expect(document.body).not.toHaveFocus();
    expect(container.firstChild).toHaveFocus();
  });
});
