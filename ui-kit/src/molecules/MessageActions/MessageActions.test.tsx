import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ChatMessage } from '../../types';
import { MessageActions, messageActionKeys } from './MessageActions';

const msg = (over: Partial<ChatMessage> = {}): ChatMessage => ({
  id: 1,
  authorId: 'ada',
  text: 'hello *there*',
  timestamp: '2026-11-25T10:00:00Z',
  ...over,
});

const all = () => ({
  onReply: jest.fn(),
  onReact: jest.fn(),
  onForward: jest.fn(),
  onTogglePin: jest.fn(),
  onEdit: jest.fn(),
  onDelete: jest.fn(),
});

const names = () => screen.getAllByRole('menuitem').map((item) => item.textContent);

describe('MessageActions', () => {
  it('opens a menu from "More actions", focusing the first item', async () => {
    render(<MessageActions message={msg()} {...all()} />);
    const trigger = screen.getByRole('button', { name: 'More actions' });
    expect(trigger).toHaveAttribute('aria-haspopup', 'menu');
    expect(trigger).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(trigger);
    expect(trigger).toHaveAttribute('aria-expanded', 'true');
    const menu = screen.getByRole('menu', { name: 'Message actions' });
    expect(trigger).toHaveAttribute('aria-controls', menu.id);
    expect(screen.getByRole('menuitem', { name: 'Reply' })).toHaveFocus();
  });

  it('offers Edit and Delete only on own messages, Unpin on a pinned one', async () => {
    const { rerender } = render(<MessageActions message={msg()} {...all()} />);
    await userEvent.click(screen.getByRole('button', { name: 'More actions' }));
    expect(names()).toEqual(['Reply', 'React', 'Forward', 'Pin', 'Copy text']);
    rerender(<MessageActions own message={msg({ pinned: true })} {...all()} />);
    expect(names()).toEqual(['Reply', 'React', 'Forward', 'Unpin', 'Copy text', 'Edit message', 'Delete message']);
    expect(screen.getByRole('menuitem', { name: 'Edit message' })).toHaveTextContent('Edit');
  });

  it("offers Report on others' messages only, and calls onReport with the message", async () => {
    const onReport = jest.fn();
    const message = msg();
    const { rerender } = render(<MessageActions message={message} {...all()} onReport={onReport} />);
    await userEvent.click(screen.getByRole('button', { name: 'More actions' }));
    expect(names()).toEqual(['Reply', 'React', 'Forward', 'Pin', 'Copy text', 'Report message']);
    await userEvent.click(screen.getByRole('menuitem', { name: 'Report message' }));
    expect(onReport).toHaveBeenCalledWith(message);
    rerender(<MessageActions own message={message} {...all()} onReport={onReport} />);
    await userEvent.click(screen.getByRole('button', { name: 'More actions' }));
    expect(screen.queryByRole('menuitem', { name: 'Report message' })).toBeNull();
  });

  it('shows only the actions whose handler is given', async () => {
    render(<MessageActions message={msg()} onForward={jest.fn()} copyable={false} />);
    await userEvent.click(screen.getByRole('button', { name: 'More actions' }));
    expect(names()).toEqual(['Forward']);
  });

  it.each([
    ['a system notice', msg({ kind: 'system' })],
    ['a deleted message', msg({ deleted: true, text: '' })],
    ['a message still sending', msg({ status: 'sending' })],
    ['a failed message', msg({ status: 'failed' })],
  ])('renders nothing for %s', (_, message) => {
    const { container } = render(<MessageActions own message={message} {...all()} />);
    expect(container).toBeEmptyDOMElement();
    expect(messageActionKeys(message, true, all())).toEqual([]);
  });

  it('moves with ↓/↑ (wrapping) and Home/End; ↑ on the button opens on the last item', async () => {
    render(<MessageActions own message={msg()} {...all()} />);
    const trigger = screen.getByRole('button', { name: 'More actions' });
    trigger.focus();
    await userEvent.keyboard('{ArrowUp}');
    expect(screen.getByRole('menuitem', { name: 'Delete message' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'Reply' })).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}');
    expect(screen.getByRole('menuitem', { name: 'Delete message' })).toHaveFocus();
    await userEvent.keyboard('{Home}');
    expect(screen.getByRole('menuitem', { name: 'Reply' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'React' })).toHaveFocus();
    await userEvent.keyboard('{End}');
    expect(screen.getByRole('menuitem', { name: 'Delete message' })).toHaveFocus();
  });

  it('opens with ↓ or Enter from the keyboard and picks with Enter: called with the message, focus back on the button', async () => {
    const handlers = all();
    const message = msg();
    render(<MessageActions message={message} {...handlers} />);
    screen.getByRole('button', { name: 'More actions' }).focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}{Enter}');
    expect(handlers.onForward).toHaveBeenCalledWith(message);
    expect(screen.queryByRole('menu')).toBeNull();
    expect(screen.getByRole('button', { name: 'More actions' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('menuitem', { name: 'Reply' })).toHaveFocus();
    await userEvent.keyboard(' ');
    expect(handlers.onReply).toHaveBeenCalledWith(message);
  });

  it('closes with Escape, focus back on the button, without calling anything', async () => {
    const handlers = all();
    const outer = jest.fn();
    const listener = (event: KeyboardEvent) => {
      outer(event.defaultPrevented);
    };
    document.addEventListener('keydown', listener);
    render(<MessageActions message={msg()} {...handlers} />);
    await userEvent.click(screen.getByRole('button', { name: 'More actions' }));
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(screen.getByRole('button', { name: 'More actions' })).toHaveFocus();
    // Handled: an outer part (a composer, a dialog) does not also act on this Escape.
    expect(outer).toHaveBeenLastCalledWith(true);
    document.removeEventListener('keydown', listener);
    expect(Object.values(handlers).some((fn) => fn.mock.calls.length > 0)).toBe(false);
  });

  it('closes with Tab and with a click elsewhere', async () => {
    render(
      <>
        <MessageActions message={msg()} {...all()} />
        <button type="button">after</button>
      </>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'More actions' }));
    await userEvent.tab();
    expect(screen.queryByRole('menu')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'More actions' }));
    await userEvent.click(document.body);
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('can be opened from outside (a long-press on the bubble)', () => {
    const onOpenChange = jest.fn();
    const { rerender } = render(<MessageActions message={msg()} {...all()} open={false} onOpenChange={onOpenChange} />);
    expect(screen.queryByRole('menu')).toBeNull();
    rerender(<MessageActions message={msg()} {...all()} open onOpenChange={onOpenChange} />);
    expect(screen.getByRole('menuitem', { name: 'Reply' })).toHaveFocus();
  });

  describe('Copy text', () => {
    const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    afterEach(() => {
      if (original) Object.defineProperty(navigator, 'clipboard', original);
      else Reflect.deleteProperty(navigator, 'clipboard');
    });

    it('writes the plain text to the clipboard and announces "Copied" politely', async () => {
      const writeText = jest.fn(() => Promise.resolve());
      Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
      render(<MessageActions message={msg()} />);
      // No live region per message in a list: it comes with the first copy.
      expect(screen.queryByRole('status')).toBeNull();
      await userEvent.click(screen.getByRole('button', { name: 'More actions' }));
      await userEvent.click(screen.getByRole('menuitem', { name: 'Copy text' }));
      expect(writeText).toHaveBeenCalledWith('hello *there*');
      await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Copied'));
    });

    it('falls back to execCommand("copy") where the Clipboard API is missing or refuses', async () => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) }, configurable: true });
      const execCommand = jest.fn((command: string) => {
        // What is selected is what gets copied.
        const area = document.activeElement as HTMLTextAreaElement;
        return command === 'copy' && area.value === 'hello *there*';
      });
      Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
      render(<MessageActions message={msg()} />);
      await userEvent.click(screen.getByRole('button', { name: 'More actions' }));
      await userEvent.click(screen.getByRole('menuitem', { name: 'Copy text' }));
      await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Copied'));
      expect(execCommand).toHaveBeenCalledWith('copy');
      expect(document.querySelector('textarea')).toBeNull();
      Reflect.deleteProperty(document, 'execCommand');
    });
  });
});
