import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ChatMessage } from '../../types';
import { MessageBubble } from './MessageBubble';

const msg = (over: Partial<ChatMessage> = {}): ChatMessage => ({
  id: 3,
  authorId: 'ada',
  text: 'see you at 5',
  timestamp: '2026-11-25T10:00:00Z',
  ...over,
});

const menuNames = () => screen.getAllByRole('menuitem').map((item) => item.textContent);
const openMenu = () => userEvent.click(screen.getByRole('button', { name: 'More actions' }));

class TestPointerEvent extends MouseEvent {
  pointerType: string;
  isPrimary = true;
  constructor(type: string, init: MouseEventInit & { pointerType?: string } = {}) {
    super(type, init);
    this.pointerType = init.pointerType ?? 'mouse';
  }
}
beforeAll(() => {
  if (!('PointerEvent' in window)) Object.assign(window, { PointerEvent: TestPointerEvent });
});

describe('MessageBubble actions menu', () => {
  it('offers the actions given, plus Copy text; none without handlers', async () => {
    const { rerender } = render(<MessageBubble message={msg()} />);
    expect(screen.queryByRole('button', { name: 'More actions' })).toBeNull();
    const onReply = jest.fn();
    const onForward = jest.fn();
    const onTogglePin = jest.fn();
    rerender(<MessageBubble message={msg()} onReply={onReply} onForward={onForward} onTogglePin={onTogglePin} />);
    await openMenu();
    expect(menuNames()).toEqual(['Reply', 'Forward', 'Pin', 'Copy text']);
    await userEvent.click(screen.getByRole('menuitem', { name: 'Forward' }));
    expect(onForward).toHaveBeenCalledWith(msg());
    expect(screen.getByRole('button', { name: 'More actions' })).toHaveFocus();
    rerender(<MessageBubble message={msg({ pinned: true })} onReply={onReply} onTogglePin={onTogglePin} />);
    await openMenu();
    await userEvent.click(screen.getByRole('menuitem', { name: 'Unpin' }));
    expect(onTogglePin).toHaveBeenCalledWith(msg({ pinned: true }));
  });

  it('puts Edit and Delete in the menu of own messages only, with no standalone buttons', async () => {
    const handlers = { onReply: jest.fn(), onEdit: jest.fn(), onDelete: jest.fn() };
    const { rerender } = render(<MessageBubble own message={msg({ authorId: 'me', status: 'sent' })} {...handlers} />);
    expect(screen.queryByRole('button', { name: /Edit|Delete/ })).toBeNull();
    await openMenu();
    expect(menuNames()).toEqual(['Reply', 'Copy text', 'Edit message', 'Delete message']);
    expect(screen.getByRole('menuitem', { name: 'Edit message' })).toBeInTheDocument();
    expect(screen.getByRole('menuitem', { name: 'Delete message' })).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    rerender(<MessageBubble message={msg()} {...handlers} />);
    expect(screen.queryByRole('button', { name: /Edit|Delete/ })).toBeNull();
    await openMenu();
    expect(menuNames()).toEqual(['Reply', 'Copy text']);
  });

  it('gives an own message a menu for Edit and Delete alone', async () => {
    render(<MessageBubble own message={msg({ authorId: 'me', status: 'delivered' })} onEdit={jest.fn()} onDelete={jest.fn()} />);
    await openMenu();
    expect(menuNames()).toEqual(['Copy text', 'Edit message', 'Delete message']);
  });

  it.each([
    ['a deleted message', { message: msg({ deleted: true, text: '' }) }],
    ['a message still sending', { own: true, message: msg({ status: 'sending' }) }],
    ['a failed message', { own: true, message: msg({ status: 'failed' }) }],
  ])('has no menu on %s', (_, props) => {
    render(<MessageBubble {...props} onReply={jest.fn()} onForward={jest.fn()} onToggleReaction={jest.fn()} />);
    expect(screen.queryByRole('button', { name: 'More actions' })).toBeNull();
  });

  it('"React" tells the app and opens the bubble\'s Add reaction menu on its first emoji', async () => {
    const onReact = jest.fn();
    const onToggleReaction = jest.fn();
    render(<MessageBubble message={msg()} onReact={onReact} onToggleReaction={onToggleReaction} />);
    await openMenu();
    await userEvent.click(screen.getByRole('menuitem', { name: 'React' }));
    expect(onReact).toHaveBeenCalledWith(msg());
    const picker = screen.getByRole('menu', { name: 'Add reaction' });
    expect(within(picker).getByRole('menuitem', { name: '👍' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(onToggleReaction).toHaveBeenCalledWith(msg(), '👍');
  });

  it('opens the menu on a touch long-press on the bubble, not on a short tap or a mouse press', () => {
    jest.useFakeTimers();
    try {
      render(<MessageBubble message={msg()} onReply={jest.fn()} />);
      const bubble = screen.getByText('see you at 5').closest('p')!.parentElement!;
      fireEvent.pointerDown(bubble, { pointerType: 'mouse' });
      jest.advanceTimersByTime(600);
      fireEvent.pointerDown(bubble, { pointerType: 'touch' });
      jest.advanceTimersByTime(200);
      fireEvent.pointerUp(bubble, { pointerType: 'touch' });
      jest.advanceTimersByTime(600);
      expect(screen.queryByRole('menu')).toBeNull();
      fireEvent.pointerDown(bubble, { pointerType: 'touch' });
      act(() => jest.advanceTimersByTime(500));
      expect(screen.getByRole('menuitem', { name: 'Reply' })).toHaveFocus();
      expect(screen.getByRole('button', { name: 'More actions' })).toHaveAttribute('aria-expanded', 'true');
    } finally {
      jest.useRealTimers();
    }
  });
});

describe('MessageBubble forwarded and pinned', () => {
  it('labels a forwarded message and exposes the state', () => {
    const { container, rerender } = render(<MessageBubble message={msg({ forwarded: { authorId: 'grace' }, pinned: true })} />);
    expect(screen.getByText('Forwarded')).toBeInTheDocument();
    expect(container.firstChild).toHaveAttribute('data-forwarded', 'true');
    expect(container.firstChild).toHaveAttribute('data-pinned', 'true');
    rerender(<MessageBubble message={msg({ forwarded: { authorId: 'grace' }, deleted: true, text: '' })} />);
    expect(screen.queryByText('Forwarded')).toBeNull();
  });
});

describe('MessageBubble mentions', () => {
  const names: Record<string, string> = { me: 'zoe', ada: 'ada', grace: 'grace' };
  const getUsername = (id: string | number) => names[String(id)];

  it('highlights mentioned @usernames as plain spans, the reader more strongly', () => {
    const { container } = render(
      <MessageBubble
        message={msg({ text: 'hey @Zoe and @grace, not @bob', mentions: ['me', 'grace'] })}
        currentUserId="me"
        getUsername={getUsername}
      />,
    );
    const marks = Array.from(container.querySelectorAll('[data-mention]'));
    expect(marks.map((m) => [m.tagName, m.textContent, m.hasAttribute('data-me')])).toEqual([
      ['SPAN', '@Zoe', true],
      ['SPAN', '@grace', false],
    ]);
    expect(screen.queryByRole('link')).toBeNull();
    expect(container.firstChild).toHaveAttribute('data-mentions-me', 'true');
  });

  it('marks nothing for the reader when they are not mentioned, or the message is their own', () => {
    const { container, rerender } = render(
      <MessageBubble message={msg({ text: 'hi @grace', mentions: ['grace'] })} currentUserId="me" getUsername={getUsername} />,
    );
    expect(container.firstChild).not.toHaveAttribute('data-mentions-me');
    expect(container.querySelector('[data-me]')).toBeNull();
    expect(container.querySelector('[data-mention]')).toHaveTextContent('@grace');
    rerender(<MessageBubble own message={msg({ authorId: 'me', text: 'me @zoe', mentions: ['me'] })} currentUserId="me" getUsername={getUsername} />);
    expect(container.firstChild).not.toHaveAttribute('data-mentions-me');
  });
});
