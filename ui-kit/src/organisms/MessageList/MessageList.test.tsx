import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import type { ChatMessage } from '../../types';
import { mockChatLayout, rowTop } from '../../test/layout';
import { MessageList } from './MessageList';

// Count real MessageBubble renders: each render of a (non-deleted) bubble linkifies its text once.
const linkifyCalls: string[] = [];
jest.mock('../../utils/linkify', () => {
  const actual = jest.requireActual<typeof import('../../utils/linkify')>('../../utils/linkify');
  return {
    ...actual,
    linkify: (text: string) => {
      linkifyCalls.push(text);
      return actual.linkify(text);
    },
  };
});

const ME = 'me';
const DAY = Date.UTC(2026, 10, 25, 8, 0, 0);

/** Messages n..n+count-1, all on one day, authors alternating in runs of two. */
function makeMessages(from: number, count: number): ChatMessage[] {
  return Array.from({ length: count }, (_, i) => {
    const n = from + i;
    return {
      id: n,
      authorId: Math.floor(n / 2) % 2 === 0 ? ME : 'ada',
      text: `message ${n}`,
      timestamp: DAY + (n + 1000) * 1000,
    };
  });
}

let restoreLayout: () => void;
beforeEach(() => {
  restoreLayout = mockChatLayout({ viewportHeight: 400, rowHeight: () => 50 });
  linkifyCalls.length = 0;
});
afterEach(() => restoreLayout());

const log = () => screen.getByRole('log', { name: 'Ada Lovelace' });
const rowOf = (id: number) => document.querySelector<HTMLElement>(`[data-row-key="m:${id}"]`);

/** A user scroll: wheel input, then the offset changes and `scroll` fires. */
function scrollTo(top: number) {
  act(() => {
    fireEvent.wheel(log(), { deltaY: top - log().scrollTop });
    log().scrollTop = top;
    fireEvent.scroll(log());
  });
}

// Lets the virtualizer measure rows and settle its scroll writes (a few animation frames).
const flush = () => act(() => new Promise((r) => setTimeout(r, 60)));
/** The bottom-most scroll offset of the log, from its (mocked) layout. */
const bottom = () => log().scrollHeight - log().clientHeight;

/** Edit and Delete live in a message's "More actions" menu: open it, then pick the item. */
async function chooseAction(name: 'Edit message' | 'Delete message') {
  await userEvent.click(screen.getByRole('button', { name: 'More actions' }));
  await userEvent.click(screen.getByRole('menuitem', { name }));
}

describe('MessageList', () => {
  it('shows a blocked person’s message collapsed until Show', async () => {
    const messages: ChatMessage[] = [
      { id: 1, authorId: 'ada', text: 'hello all', timestamp: DAY },
      { id: 2, authorId: 'bob', text: 'secret words', timestamp: DAY + 1000, senderBlocked: true },
    ];
    render(<MessageList messages={messages} currentUserId={ME} label="Ada Lovelace" timeZone="UTC" showAuthorNames />);
    await flush();
    expect(screen.getByText('hello all')).toBeInTheDocument();
    expect(screen.getByText('Message from a blocked person')).toBeInTheDocument();
    expect(screen.queryByText('secret words')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Show' }));
    expect(screen.getByText('secret words')).toBeInTheDocument();
    expect(screen.queryByText('Message from a blocked person')).toBeNull();
  });

  it('keeps a shown blocked message open after it scrolls out of view and back', async () => {
    const messages = makeMessages(0, 30).map((m) => (m.id === 1 ? { ...m, authorId: 'bob', text: 'secret words', senderBlocked: true } : m));
    render(<MessageList messages={messages} currentUserId={ME} label="Ada Lovelace" timeZone="UTC" />);
    await flush();
    scrollTo(0);
    await flush();
    await userEvent.click(within(rowOf(1)!).getByRole('button', { name: 'Show' }));
    expect(screen.getByText('secret words')).toBeInTheDocument();
    scrollTo(bottom());
    await flush();
    expect(rowOf(1)).toBeNull(); // the virtualizer let go of the row
    scrollTo(0);
    await flush();
    expect(within(rowOf(1)!).getByText('secret words')).toBeInTheDocument();
    expect(screen.queryByText('Message from a blocked person')).toBeNull();
  });

  it('is a log region named by the label prop, starting at the newest message', async () => {
    const messages = makeMessages(0, 30);
    render(<MessageList messages={messages} currentUserId={ME} label="Ada Lovelace" timeZone="UTC" />);
    await flush();
    expect(log().scrollTop).toBeGreaterThan(1000);
    expect(log().scrollTop).toBe(bottom());
    expect(screen.getByText('message 29')).toBeInTheDocument();
    expect(screen.queryByText('message 0')).toBeNull(); // virtualized: far rows are not in the DOM
    expect(screen.queryByRole('button', { name: /new message|Jump to latest/ })).toBeNull();
  });

  it('groups consecutive messages by sender and adds date separators', async () => {
    const messages: ChatMessage[] = [
      { id: 1, authorId: 'ada', text: 'a1', timestamp: '2026-11-24T10:00:00Z' },
      { id: 2, authorId: 'ada', text: 'a2', timestamp: '2026-11-24T10:01:00Z' },
      { id: 3, authorId: ME, text: 'm1', timestamp: '2026-11-24T10:02:00Z' },
      { id: 4, authorId: ME, text: 'm2', timestamp: '2026-11-25T09:00:00Z' },
    ];
    render(
      <MessageList
        messages={messages}
        currentUserId={ME}
        label="Ada Lovelace"
        getAuthorName={(id) => (id === 'ada' ? 'Ada' : 'Me')}
        now="2026-11-25T12:00:00Z"
        timeZone="UTC"
      />,
    );
    await flush();
    expect(screen.getByText('Yesterday')).toBeInTheDocument();
    expect(screen.getByText('Today')).toBeInTheDocument();
    expect(rowOf(1)).toHaveAttribute('data-group-start', 'true');
    expect(rowOf(2)).toHaveAttribute('data-group-start', 'false');
    expect(rowOf(3)).toHaveAttribute('data-group-start', 'true');
    expect(rowOf(4)).toHaveAttribute('data-group-start', 'true'); // new day starts a new group
    expect(screen.getAllByText('Ada', { selector: 'span' })).toHaveLength(1); // author shown once per group
    expect(rowOf(3)?.querySelector('[data-own="true"]')).not.toBeNull();
  });

  it('sticks to the bottom when a message arrives while the reader is at the bottom', async () => {
    const messages = makeMessages(0, 30);
    const { rerender } = render(<MessageList messages={messages} currentUserId={ME} label="Ada Lovelace" timeZone="UTC" />);
    await flush();
    rerender(<MessageList messages={[...messages, ...makeMessages(30, 1)]} currentUserId={ME} label="Ada Lovelace" timeZone="UTC" />);
    await flush();
    await waitFor(() => expect(log().scrollTop).toBe(bottom()));
    expect(screen.getByText('message 30')).toBeInTheDocument();
  });

  it('keeps the reader’s place when scrolled up, and offers a "new messages" button', async () => {
    const messages = makeMessages(0, 30);
    const { rerender } = render(<MessageList messages={messages} currentUserId={ME} label="Ada Lovelace" timeZone="UTC" />);
    await flush();
    scrollTo(600);
    await flush();
    rerender(<MessageList messages={[...messages, ...makeMessages(30, 2)]} currentUserId={ME} label="Ada Lovelace" timeZone="UTC" />);
    await flush();
    expect(log().scrollTop).toBe(600);
    // Messages 30 and 31 are both Ada's (authors alternate in runs of two): two unseen.
    const jump = screen.getByRole('button', { name: '2 new messages' });
    expect(jump).toHaveAttribute('data-unseen', 'true');
    await userEvent.click(jump);
    await waitFor(() => expect(log().scrollTop).toBe(bottom()));
    await waitFor(() => expect(screen.queryByRole('button', { name: /new message/ })).toBeNull());
  });

  it('calls onLoadOlder once near the top and keeps the scroll position when older messages are prepended', async () => {
    const onLoadOlder = jest.fn();
    const recent = makeMessages(100, 30);
    const { rerender } = render(<MessageList messages={recent} currentUserId={ME} label="Ada Lovelace" onLoadOlder={onLoadOlder} timeZone="UTC" />);
    await flush();
    expect(onLoadOlder).not.toHaveBeenCalled(); // starts at the bottom, far from the top

    scrollTo(120); // within the 200px threshold
    await flush();
    scrollTo(80);
    await flush();
    scrollTo(60);
    await flush();
    expect(onLoadOlder).toHaveBeenCalledTimes(1);

    // What the reader sees: message 101 at some distance from the viewport top.
    const anchor = rowOf(101)!;
    const before = rowTop(anchor) - log().scrollTop;

    rerender(
      <MessageList
        messages={[...makeMessages(80, 20), ...recent]}
        currentUserId={ME}
        label="Ada Lovelace"
        onLoadOlder={onLoadOlder}
        timeZone="UTC"
      />,
    );
    await flush();
    // 20 rows were added above: the offset moved down by their height, so message 101 is exactly
    // where it was in the viewport.
    expect(log().scrollTop).toBeGreaterThanOrEqual(60 + 20 * 50);
    expect(rowTop(rowOf(101)!) - log().scrollTop).toBe(before);
    expect(onLoadOlder).toHaveBeenCalledTimes(1); // not near the top any more

    // Near the (new) top again: one more request.
    scrollTo(100);
    await flush();
    expect(onLoadOlder).toHaveBeenCalledTimes(2);
  });

  it('keeps the position on prepend even at the very top, where the day separator is the first row', async () => {
    const recent = makeMessages(100, 30);
    const { rerender } = render(<MessageList messages={recent} currentUserId={ME} label="Ada Lovelace" timeZone="UTC" />);
    await flush();
    scrollTo(0);
    await flush();
    // The date separator is at 0, message 100 right below it.
    const before = rowTop(rowOf(100)!) - log().scrollTop;
    expect(before).toBe(50);
    rerender(<MessageList messages={[...makeMessages(80, 20), ...recent]} currentUserId={ME} label="Ada Lovelace" timeZone="UTC" />);
    await flush();
    expect(log().scrollTop).toBeGreaterThanOrEqual(20 * 50);
    expect(rowTop(rowOf(100)!) - log().scrollTop).toBe(before);
  });

  it('scrolls a highlighted message into view and marks it, once it arrives with an older page', async () => {
    const onLoadOlder = jest.fn();
    const recent = makeMessages(100, 30);
    const { rerender } = render(
      <MessageList messages={recent} currentUserId={ME} label="Ada Lovelace" onLoadOlder={onLoadOlder} highlightId={60} timeZone="UTC" />,
    );
    await flush();
    // Not loaded yet: the list stays at the newest message.
    expect(log().scrollTop).toBe(bottom());
    expect(document.querySelector('[data-highlighted]')).toBeNull();

    rerender(
      <MessageList
        messages={[...makeMessages(50, 50), ...recent]}
        currentUserId={ME}
        label="Ada Lovelace"
        onLoadOlder={onLoadOlder}
        highlightId={60}
        timeZone="UTC"
      />,
    );
    await flush();
    const row = rowOf(60)!;
    expect(row).toHaveAttribute('data-highlighted', 'true');
    expect(row).toHaveAttribute('aria-current', 'true');
    expect(document.querySelectorAll('[data-highlighted]')).toHaveLength(1);
    // In the middle of the 400px viewport, give or take a row.
    const offset = rowTop(row) - log().scrollTop;
    expect(offset).toBeGreaterThan(100);
    expect(offset).toBeLessThan(300);

    // The reader scrolls on: the highlight does not pull them back.
    scrollTo(log().scrollTop + 500);
    await flush();
    rerender(
      <MessageList
        messages={[...makeMessages(50, 50), ...recent, ...makeMessages(130, 1)]}
        currentUserId={ME}
        label="Ada Lovelace"
        onLoadOlder={onLoadOlder}
        highlightId={60}
        timeZone="UTC"
      />,
    );
    await flush();
    expect(rowTop(rowOf(60)!) - log().scrollTop).toBeLessThan(-100);
  });

  it('does not ask for older messages while loading or when there are none', async () => {
    const onLoadOlder = jest.fn();
    const msgs = makeMessages(0, 30);
    const { rerender } = render(
      <MessageList messages={msgs} currentUserId={ME} label="Ada Lovelace" onLoadOlder={onLoadOlder} loadingOlder timeZone="UTC" />,
    );
    await flush();
    scrollTo(0);
    await flush();
    expect(onLoadOlder).not.toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveTextContent('Loading older messages');
    expect(log()).toHaveAttribute('aria-busy', 'true');
    rerender(<MessageList messages={msgs} currentUserId={ME} label="Ada Lovelace" onLoadOlder={onLoadOlder} hasOlder={false} timeZone="UTC" />);
    await flush();
    expect(onLoadOlder).not.toHaveBeenCalled();
  });

  it('resets to the bottom of the new conversation when conversationKey changes', async () => {
    const onLoadOlder = jest.fn();
    const a = makeMessages(0, 30);
    const { rerender } = render(
      <MessageList conversationKey="a" messages={a} currentUserId={ME} label="Ada Lovelace" onLoadOlder={onLoadOlder} timeZone="UTC" />,
    );
    await flush();
    scrollTo(50);
    await flush();
    expect(onLoadOlder).toHaveBeenCalledTimes(1);
    const b = makeMessages(500, 40);
    rerender(<MessageList conversationKey="b" messages={b} currentUserId={ME} label="Ada Lovelace" onLoadOlder={onLoadOlder} timeZone="UTC" />);
    await flush();
    expect(log().scrollTop).toBe(bottom());
    expect(screen.getByText('message 539')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Jump to latest/ })).toBeNull();
  });

  it('renders only the new row when one message is appended', async () => {
    const messages = makeMessages(0, 30);
    const { rerender } = render(<MessageList messages={messages} currentUserId={ME} label="Ada Lovelace" timeZone="UTC" />);
    await flush();
    const visibleBefore = document.querySelectorAll('[data-row-key^="m:"]').length;
    expect(visibleBefore).toBeGreaterThan(5);
    linkifyCalls.length = 0;
    rerender(<MessageList messages={[...messages, ...makeMessages(30, 1)]} currentUserId={ME} label="Ada Lovelace" timeZone="UTC" />);
    await flush();
    await waitFor(() => expect(log().scrollTop).toBe(bottom()));
    // Scrolling down by one row may bring one more old row into the overscan window, which
    // mounts once; no row that was already on screen renders again.
    const rerendered = linkifyCalls.filter((t) => {
      const n = Number(t.replace('message ', ''));
      return n >= 30 - visibleBefore + 1 && n < 30;
    });
    expect(linkifyCalls).toContain('message 30');
    expect(rerendered).toEqual([]);
    expect(linkifyCalls.filter((t) => t === 'message 30')).toHaveLength(1);
  });

  it('stays small in the DOM with 10,000 messages', async () => {
    const many = makeMessages(0, 10_000);
    const started = performance.now();
    render(<MessageList messages={many} currentUserId={ME} label="Ada Lovelace" timeZone="UTC" />);
    await flush();
    const elapsed = performance.now() - started;
    expect(document.querySelectorAll('[data-index]').length).toBeLessThan(40);
    expect(screen.getByText('message 9999')).toBeInTheDocument();
    expect(elapsed).toBeLessThan(3000);
  });

  it('passes retry through, shows the empty state, forwards ref and className', async () => {
    const onRetry = jest.fn();
    const ref = createRef<HTMLDivElement>();
    const failed: ChatMessage = { id: 1, authorId: ME, text: 'oops', timestamp: DAY, status: 'failed' };
    const { rerender } = render(
      <MessageList ref={ref} className="ml" messages={[failed]} currentUserId={ME} label="Ada Lovelace" onRetry={onRetry} timeZone="UTC" />,
    );
    await flush();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledWith(failed);
    expect(ref.current).toHaveClass('ml');
    rerender(<MessageList messages={[]} currentUserId={ME} label="Ada Lovelace" emptyState={<p>Say hello</p>} />);
    expect(screen.getByText('Say hello')).toBeInTheDocument();
  });

  it('hides author names in one-to-one chats (showAuthorNames={false}), keeping them for screen readers', async () => {
    const messages: ChatMessage[] = [
      { id: 1, authorId: 'ada', text: 'a1', timestamp: DAY },
      { id: 2, authorId: ME, text: 'm1', timestamp: DAY + 1000 },
      { id: 3, authorId: 'ada', text: 'a2', timestamp: DAY + 2000 },
    ];
    const getAuthorName = (id: string | number) => (id === 'ada' ? 'Ada' : 'Me');
    const { rerender } = render(
      <MessageList messages={messages} currentUserId={ME} label="Ada Lovelace" getAuthorName={getAuthorName} timeZone="UTC" />,
    );
    await flush();
    expect(screen.getAllByText('Ada', { exact: true })).toHaveLength(2);
    rerender(
      <MessageList
        messages={messages}
        currentUserId={ME}
        label="Ada Lovelace"
        getAuthorName={getAuthorName}
        showAuthorNames={false}
        timeZone="UTC"
      />,
    );
    await flush();
    expect(screen.queryByText('Ada', { exact: true })).toBeNull();
    // The bubbles still start with the author for assistive technology.
    expect(rowOf(1)).toHaveTextContent(/^Ada: a1/);
  });

  it('in a group, names the author once per run of someone else’s messages and never on own messages', async () => {
    const at = (n: number) => DAY + n * 60_000;
    const messages: ChatMessage[] = [
      { id: 1, authorId: 'ada', text: 'a1', timestamp: at(0) },
      { id: 2, authorId: 'ada', text: 'a2', timestamp: at(1) },
      { id: 3, authorId: 'grace', text: 'g1', timestamp: at(2) },
      { id: 4, authorId: ME, text: 'm1', timestamp: at(3), status: 'read' },
      { id: 5, authorId: ME, text: 'm2', timestamp: at(4), status: 'read' },
      { id: 6, authorId: 'ada', text: 'a3', timestamp: at(5) },
      { id: 7, authorId: 'grace', text: 'g2', timestamp: at(6) },
      { id: 8, authorId: 'grace', text: 'g3', timestamp: at(7) },
    ];
    const names: Record<string, string> = { ada: 'Ada', grace: 'Grace', [ME]: 'Sam' };
    render(
      <MessageList
        messages={messages}
        currentUserId={ME}
        label="Team chat"
        getAuthorName={(id) => names[String(id)]}
        showAuthorNames
        timeZone="UTC"
      />,
    );
    await flush();
    const shownAuthor = (id: number) => rowOf(id)?.querySelector('[data-author]')?.textContent ?? null;
    expect(messages.map((m) => shownAuthor(Number(m.id)))).toEqual(['Ada', null, 'Grace', null, null, 'Ada', 'Grace', null]);
    expect(screen.queryByText('Sam', { exact: true })).toBeNull(); // own messages: no visible name
    // Every incoming bubble still starts with its author for screen readers.
    expect(rowOf(2)).toHaveTextContent(/^Ada: a2/);
    expect(rowOf(8)).toHaveTextContent(/^Grace: g3/);
  });

  it('passes edit, delete and discard through to own messages, calling the latest handlers', async () => {
    const sent: ChatMessage = { id: 1, authorId: ME, text: 'draft', timestamp: DAY, status: 'delivered' };
    const failed: ChatMessage = { id: 2, authorId: ME, text: 'nope', timestamp: DAY + 1000, status: 'failed' };
    const first = jest.fn();
    const onEdit = jest.fn();
    const onDelete = jest.fn();
    const onDiscard = jest.fn();
    const props = { messages: [sent, failed], currentUserId: ME, label: 'Ada Lovelace', timeZone: 'UTC' };
    const { rerender } = render(<MessageList {...props} onEdit={first} onDelete={onDelete} onDiscard={onDiscard} />);
    await flush();
    rerender(<MessageList {...props} onEdit={onEdit} onDelete={onDelete} onDiscard={onDiscard} />);
    await chooseAction('Edit message');
    await userEvent.type(screen.getByRole('textbox', { name: 'Edit message' }), ' v2{Enter}');
    expect(onEdit).toHaveBeenCalledWith(sent, 'draft v2');
    expect(first).not.toHaveBeenCalled();
    await chooseAction('Delete message');
    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(onDelete).toHaveBeenCalledWith(sent);
    await userEvent.click(screen.getByRole('button', { name: 'Discard' }));
    expect(onDiscard).toHaveBeenCalledWith(failed);
    // Only one set of actions: the failed message has none, and no bubble has standalone buttons.
    expect(screen.getAllByRole('button', { name: 'More actions' })).toHaveLength(1);
    expect(screen.queryByRole('button', { name: /Edit message|Delete message/ })).toBeNull();
  });

  it('offers an action as soon as its handler is given, and drops it when it is taken away', async () => {
    const sent: ChatMessage = { id: 1, authorId: ME, text: 'hello', timestamp: DAY, status: 'sent' };
    const props = { messages: [sent], currentUserId: ME, label: 'Ada Lovelace', timeZone: 'UTC' };
    const { rerender } = render(<MessageList {...props} />);
    await flush();
    expect(screen.queryByRole('button', { name: 'More actions' })).toBeNull();
    const onEdit = jest.fn();
    rerender(<MessageList {...props} onEdit={onEdit} />);
    await chooseAction('Edit message');
    await userEvent.type(screen.getByRole('textbox', { name: 'Edit message' }), '!{Enter}');
    expect(onEdit).toHaveBeenCalledWith(sent, 'hello!');
    rerender(<MessageList {...props} />);
    expect(screen.queryByRole('button', { name: 'More actions' })).toBeNull();
    expect(screen.queryByRole('textbox', { name: 'Edit message' })).toBeNull();
  });

  it('formats every kind of row with the latest now, locale and timeZone', async () => {
    const messages: ChatMessage[] = [
      { id: 1, authorId: 'ada', text: 'a1', timestamp: '2026-11-25T10:00:00Z' },
      { id: 2, authorId: 'ada', kind: 'system', text: 'Ada left', timestamp: '2026-11-25T10:05:00Z' },
    ];
    const props = { messages, currentUserId: ME, label: 'Ada Lovelace', locale: 'en-GB' };
    const { rerender } = render(<MessageList {...props} timeZone="UTC" now="2026-11-25T12:00:00Z" />);
    await flush();
    expect(screen.getByText('Today')).toBeInTheDocument();
    expect(rowOf(1)!.querySelector('time')).toHaveTextContent('10:00');
    expect(rowOf(2)!.querySelector('time')).toHaveTextContent('10:05');
    rerender(<MessageList {...props} timeZone="Asia/Tokyo" now="2026-11-26T12:00:00Z" />);
    await flush();
    expect(screen.getByText('Yesterday')).toBeInTheDocument();
    expect(rowOf(1)!.querySelector('time')).toHaveTextContent('19:00');
    expect(rowOf(2)!.querySelector('time')).toHaveTextContent('19:05');
  });

  describe('system notices (kind: "system")', () => {
    const at = (n: number) => DAY + n * 60_000;
    const names: Record<string, string> = { ada: 'Ada', grace: 'Grace', [ME]: 'Sam' };
    const getAuthorName = (id: string | number) => names[String(id)];

    it('renders a notice as a line of text: no bubble, author name, status or actions, even for the reader’s own', async () => {
      const messages: ChatMessage[] = [
        { id: 1, authorId: ME, text: 'm1', timestamp: at(0), status: 'read' },
        { id: 2, authorId: ME, kind: 'system', text: 'You added Grace', timestamp: at(1), status: 'failed', edited: true },
        { id: 3, authorId: 'ada', kind: 'system', text: 'Ada left', timestamp: at(2) },
      ];
      const onEdit = jest.fn();
      const onDelete = jest.fn();
      const onRetry = jest.fn();
      const onDiscard = jest.fn();
      render(
        <MessageList
          messages={messages}
          currentUserId={ME}
          label="Ada Lovelace"
          getAuthorName={getAuthorName}
          onEdit={onEdit}
          onDelete={onDelete}
          onRetry={onRetry}
          onDiscard={onDiscard}
          showAuthorNames
          timeZone="UTC"
          locale="en-GB"
        />,
      );
      await flush();
      for (const id of [2, 3]) {
        const row = rowOf(id)!;
        expect(row.querySelector('[data-kind="system-notice"]')).not.toBeNull();
        expect(row.querySelector('[data-own]')).toBeNull(); // no bubble
        expect(row.querySelector('[data-author]')).toBeNull();
        expect(row.querySelector('[role="img"]')).toBeNull(); // no status tick
        expect(row.querySelectorAll('button')).toHaveLength(0);
        expect(row).toHaveAttribute('data-group-start', 'true'); // spaced like the start of a run
      }
      expect(rowOf(2)).toHaveTextContent(/^You added Grace8:01$/); // no "Sam:", no "edited", no "Message not sent"
      expect(rowOf(3)).toHaveTextContent(/^Ada left8:02$/);
      expect(rowOf(3)!.querySelector('time')).toHaveAttribute('dateTime', new Date(at(2)).toISOString());
      // The own text message still has its actions: only one set in the list.
      expect(screen.getAllByRole('button', { name: 'More actions' })).toHaveLength(1);
      await userEvent.click(screen.getByRole('button', { name: 'More actions' }));
      expect(screen.getAllByRole('menuitem', { name: 'Edit message' })).toHaveLength(1);
      expect(screen.getAllByRole('menuitem', { name: 'Delete message' })).toHaveLength(1);
      expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
    });

    it('ends an author’s run: the next message starts a new group and names its author again', async () => {
      const messages: ChatMessage[] = [
        { id: 1, authorId: 'ada', text: 'a1', timestamp: at(0) },
        { id: 2, authorId: 'ada', text: 'a2', timestamp: at(1) },
        { id: 3, authorId: 'ada', kind: 'system', text: 'Ada added Grace', timestamp: at(2) },
        { id: 4, authorId: 'ada', text: 'a3', timestamp: at(3) },
        { id: 5, authorId: ME, text: 'm1', timestamp: at(4) },
        { id: 6, authorId: ME, kind: 'system', text: 'You renamed the group', timestamp: at(5) },
        { id: 7, authorId: ME, text: 'm2', timestamp: at(6) },
        { id: 8, authorId: ME, text: 'm3', timestamp: at(7) },
        // Next day: the notice gets a date separator like any message.
        { id: 9, authorId: 'grace', kind: 'system', text: 'Grace left', timestamp: at(24 * 60) },
      ];
      render(
        <MessageList
          messages={messages}
          currentUserId={ME}
          label="Team chat"
          getAuthorName={getAuthorName}
          showAuthorNames
          now={at(24 * 60 + 5)}
          timeZone="UTC"
        />,
      );
      await flush();
      const shownAuthor = (id: number) => rowOf(id)?.querySelector('[data-author]')?.textContent ?? null;
      expect([1, 2, 4].map(shownAuthor)).toEqual(['Ada', null, 'Ada']);
      expect(rowOf(2)).toHaveAttribute('data-group-start', 'false');
      expect(rowOf(4)).toHaveAttribute('data-group-start', 'true');
      expect(rowOf(5)).toHaveAttribute('data-group-start', 'true');
      expect(rowOf(7)).toHaveAttribute('data-group-start', 'true');
      expect(rowOf(8)).toHaveAttribute('data-group-start', 'false');
      const keys = [...document.querySelectorAll('[data-row-key]')].map((el) => el.getAttribute('data-row-key'));
      expect(keys).toEqual(['d:2026-11-25', 'm:1', 'm:2', 'm:3', 'm:4', 'm:5', 'm:6', 'm:7', 'm:8', 'd:2026-11-26', 'm:9']);
      expect(screen.getByText('Yesterday')).toBeInTheDocument();
      expect(screen.getByText('Today')).toBeInTheDocument();
    });

    it('words a call’s row for the reader (CallNotice), with "Call back" only for missed or declined calls', async () => {
      const messages: ChatMessage[] = [
        {
          id: 1,
          authorId: 'ada',
          kind: 'system',
          text: 'Missed video call',
          timestamp: at(0),
          call: { outcome: 'missed', media: 'video', outgoing: false },
        },
        {
          id: 2,
          authorId: ME,
          kind: 'system',
          text: 'Audio call, 1:05',
          timestamp: at(1),
          call: { outcome: 'ended', media: 'audio', durationMs: 65_000, outgoing: true },
        },
      ];
      const onCallBack = jest.fn();
      render(<MessageList messages={messages} currentUserId={ME} label="Ada Lovelace" timeZone="UTC" locale="en-GB" onCallBack={onCallBack} />);
      await flush();
      expect(rowOf(1)!.querySelector('[data-kind="call-notice"]')).toHaveAttribute('data-outcome', 'missed');
      expect(rowOf(1)).toHaveTextContent('Missed video call');
      expect(rowOf(2)).toHaveTextContent('Audio call, 1:05');
      expect(within(rowOf(2)!).queryByRole('button')).toBeNull();
      await userEvent.click(within(rowOf(1)!).getByRole('button', { name: 'Call back' }));
      expect(onCallBack).toHaveBeenCalledWith(messages[0]);
    });

    it('shows markup in a notice literally', async () => {
      const text = '<img src=x onerror=alert(1)> joined';
      render(
        <MessageList
          messages={[{ id: 1, authorId: 'ada', kind: 'system', text, timestamp: DAY }]}
          currentUserId={ME}
          label="Ada Lovelace"
          timeZone="UTC"
        />,
      );
      await flush();
      expect(screen.getByText(text)).toBeInTheDocument();
      expect(log().querySelector('img')).toBeNull();
    });

    it('does not count an arriving notice as a new message', async () => {
      const messages = makeMessages(0, 30);
      const { rerender } = render(<MessageList messages={messages} currentUserId={ME} label="Ada Lovelace" timeZone="UTC" />);
      await flush();
      scrollTo(600);
      await flush();
      const notice: ChatMessage = { id: 'n1', authorId: 'ada', kind: 'system', text: 'Ada left', timestamp: DAY + 2000 * 1000 };
      rerender(<MessageList messages={[...messages, notice]} currentUserId={ME} label="Ada Lovelace" timeZone="UTC" />);
      await flush();
      expect(log().scrollTop).toBe(600);
      expect(screen.getByRole('button', { name: 'Jump to latest' })).toHaveAttribute('data-unseen', 'false');
    });

    it('keeps the position and asks for more when a prepended page holds only notices', async () => {
      const onLoadOlder = jest.fn();
      const recent = makeMessages(100, 30);
      const props = { currentUserId: ME, label: 'Ada Lovelace', onLoadOlder, timeZone: 'UTC' };
      const { rerender } = render(<MessageList {...props} messages={recent} />);
      await flush();
      scrollTo(120);
      await flush();
      scrollTo(60);
      await flush();
      expect(onLoadOlder).toHaveBeenCalledTimes(1);
      const before = rowTop(rowOf(101)!) - log().scrollTop;
      const notices: ChatMessage[] = Array.from({ length: 20 }, (_, i) => ({
        id: `n${i}`,
        authorId: 'ada',
        kind: 'system',
        text: `notice ${i}`,
        timestamp: DAY + i * 1000,
      }));
      rerender(<MessageList {...props} messages={[...notices, ...recent]} />);
      await flush();
      expect(rowTop(rowOf(101)!) - log().scrollTop).toBe(before);
      expect(onLoadOlder).toHaveBeenCalledTimes(1);
      // The oldest row is now a notice: near the top again, the list asks for the next page.
      scrollTo(100);
      await flush();
      expect(onLoadOlder).toHaveBeenCalledTimes(2);
    });
  });
});
