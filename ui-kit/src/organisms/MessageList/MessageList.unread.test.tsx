import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ChatThemeProvider } from '../../theme/ChatThemeProvider';
import { es } from '../../locale/catalogs';
import { mockChatLayout, rowTop } from '../../test/layout';
import type { ChatMessage } from '../../types';
import { MessageList } from './MessageList';

const DAY = Date.UTC(2026, 10, 25, 8, 0, 0);
const makeMessages = (from: number, count: number): ChatMessage[] =>
  Array.from({ length: count }, (_, i) => ({
    id: from + i,
    authorId: (from + i) % 3 === 0 ? 'me' : 'ada',
    text: `message ${from + i}`,
    timestamp: DAY + (from + i + 1000) * 1000,
  }));

let restoreLayout: () => void;
beforeEach(() => {
  restoreLayout = mockChatLayout({ viewportHeight: 400, rowHeight: () => 50 });
});
afterEach(() => restoreLayout());

const flush = () => act(() => new Promise((r) => setTimeout(r, 60)));
const log = () => screen.getByRole('log', { name: 'Ada' });
const divider = () => document.querySelector<HTMLElement>('[data-unread-divider]');
const rowOf = (key: string) => document.querySelector<HTMLElement>(`[data-row-key="${key}"]`)!;
function scrollTo(top: number) {
  act(() => {
    fireEvent.wheel(log(), { deltaY: top - log().scrollTop });
    log().scrollTop = top;
    fireEvent.scroll(log());
  });
}
const bottom = () => log().scrollHeight - log().clientHeight;

describe('MessageList "New messages"', () => {
  it('draws a "New messages" separator right before the first unread message', async () => {
    render(<MessageList messages={makeMessages(0, 10)} currentUserId="me" label="Ada" firstUnreadId={7} timeZone="UTC" />);
    await flush();
    const line = screen.getByRole('separator', { name: 'New messages' });
    expect(line).toHaveAttribute('data-unread-divider');
    const rows = Array.from(document.querySelectorAll('[data-row-key]')).map((row) => row.getAttribute('data-row-key'));
    expect(rows.indexOf('u:first-unread')).toBe(rows.indexOf('m:7') - 1);
  });

  it('says it in the kit locale', async () => {
    render(
      <ChatThemeProvider locale="es" messages={es}>
        <MessageList messages={makeMessages(0, 10)} currentUserId="me" label="Ada" firstUnreadId={7} timeZone="UTC" />
      </ChatThemeProvider>,
    );
    await flush();
    expect(screen.getByRole('separator', { name: 'Mensajes nuevos' })).toBeInTheDocument();
  });

  it('starts with the divider at the top instead of at the bottom', async () => {
    render(<MessageList messages={makeMessages(0, 100)} currentUserId="me" label="Ada" firstUnreadId={40} timeZone="UTC" />);
    await flush();
    expect(log().scrollTop).toBeLessThan(bottom());
    expect(rowTop(rowOf('u:first-unread'))).toBe(log().scrollTop);
    expect(screen.queryByRole('button', { name: 'Jump to first unread' })).toBeNull();
    // Away from the bottom: the existing "Jump to latest" is offered (once).
    expect(screen.getAllByRole('button', { name: 'Jump to latest' })).toHaveLength(1);
  });

  it('starts at the bottom without a first unread message, as before', async () => {
    render(<MessageList messages={makeMessages(0, 100)} currentUserId="me" label="Ada" timeZone="UTC" />);
    await flush();
    expect(log().scrollTop).toBe(bottom());
    expect(divider()).toBeNull();
  });

  it('offers "Jump to first unread" once the divider is above the viewport, and scrolls back to it', async () => {
    render(<MessageList messages={makeMessages(0, 100)} currentUserId="me" label="Ada" firstUnreadId={40} timeZone="UTC" />);
    await flush();
    const dividerTop = log().scrollTop;
    scrollTo(dividerTop + 1000);
    await flush();
    expect(screen.getByRole('log').parentElement).toHaveAttribute('data-unread-above', 'true');
    await userEvent.click(screen.getByRole('button', { name: 'Jump to first unread' }));
    await waitFor(() => expect(log().scrollTop).toBe(dividerTop));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Jump to first unread' })).toBeNull());
  });

  it('asks the app to load the first unread message when it is not among the messages', async () => {
    const onJumpToFirstUnread = jest.fn();
    render(
      <MessageList
        messages={makeMessages(50, 30)}
        currentUserId="me"
        label="Ada"
        firstUnreadId={12}
        onJumpToFirstUnread={onJumpToFirstUnread}
        timeZone="UTC"
      />,
    );
    await flush();
    expect(divider()).toBeNull();
    expect(log().scrollTop).toBe(bottom());
    await userEvent.click(screen.getByRole('button', { name: 'Jump to first unread' }));
    expect(onJumpToFirstUnread).toHaveBeenCalledTimes(1);
  });

  it('keeps the reading position, divider included, when older pages are prepended', async () => {
    const onLoadOlder = jest.fn();
    const recent = makeMessages(100, 30);
    const props = { currentUserId: 'me', label: 'Ada', firstUnreadId: 110, onLoadOlder, timeZone: 'UTC' } as const;
    const { rerender } = render(<MessageList messages={recent} {...props} />);
    await flush();
    scrollTo(150);
    await flush();
    scrollTo(100);
    await flush();
    expect(onLoadOlder).toHaveBeenCalled();
    const before = rowTop(divider()!.closest<HTMLElement>('[data-row-key]')!) - log().scrollTop;
    const message = rowTop(rowOf('m:112')) - log().scrollTop;
    rerender(<MessageList messages={[...makeMessages(80, 20), ...recent]} {...props} />);
    await flush();
    expect(log().scrollTop).toBeGreaterThanOrEqual(100 + 20 * 50);
    expect(rowTop(rowOf('u:first-unread')) - log().scrollTop).toBe(before);
    expect(rowTop(rowOf('m:112')) - log().scrollTop).toBe(message);
  });

  it('passes "Remove preview" to the reader\'s own messages only', async () => {
    const preview = { url: 'https://example.com/a', title: 'A page' };
    const messages: ChatMessage[] = [
      { id: 1, authorId: 'ada', text: 'https://example.com/a', timestamp: DAY, linkPreview: preview },
      { id: 2, authorId: 'me', text: 'https://example.com/a', timestamp: DAY + 1000, linkPreview: preview },
    ];
    const onRemoveLinkPreview = jest.fn();
    render(<MessageList messages={messages} currentUserId="me" label="Ada" onRemoveLinkPreview={onRemoveLinkPreview} timeZone="UTC" />);
    await flush();
    expect(screen.getAllByRole('link', { name: 'A page' })).toHaveLength(2);
    const remove = screen.getAllByRole('button', { name: 'Remove preview' });
    expect(remove).toHaveLength(1);
    await userEvent.click(remove[0]!);
    expect(onRemoveLinkPreview).toHaveBeenCalledWith(messages[1]);
  });
});
