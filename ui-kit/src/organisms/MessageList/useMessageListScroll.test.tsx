import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useMemo } from 'react';
import { mockChatLayout, rowTop } from '../../test/layout';
import type { ChatMessage } from '../../types';
import { buildRows } from './buildRows';
import { useMessageListScroll, type MessageListScrollOptions } from './useMessageListScroll';

// The hook on its own: rows are empty 50px boxes (no bubbles), its state is shown as attributes.
const ME = 'me';
const DAY = Date.UTC(2026, 10, 25, 8, 0, 0);

const message = (n: number, authorId = 'ada', kind?: 'system'): ChatMessage => ({
  id: n,
  authorId,
  kind,
  text: `message ${n}`,
  timestamp: DAY + n * 1000,
});
const range = (from: number, count: number, authorId?: string) => Array.from({ length: count }, (_, i) => message(from + i, authorId));

type HarnessProps = { messages: ChatMessage[] } & Partial<Omit<MessageListScrollOptions, 'rows' | 'messageCount'>>;

function Harness({ messages, ...options }: HarnessProps) {
  const rows = useMemo(() => buildRows(messages, ME, undefined, 'UTC'), [messages]);
  const { containerRef, scrollerRef, scrollerProps, virtualizer, atBottom, unseen, jumpToLatest } = useMessageListScroll({
    rows,
    messageCount: messages.length,
    highlightKey: null,
    loadingOlder: false,
    loadOlderThreshold: 200,
    bottomThreshold: 48,
    estimatedRowHeight: 64,
    overscan: 6,
    ...options,
  });
  return (
    <>
      <div ref={scrollerRef} role="log" tabIndex={0} data-at-bottom={atBottom} data-unseen={unseen} {...scrollerProps}>
        <div ref={containerRef} style={{ position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => (
            <div
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              data-row-key={rows[item.index]?.key}
              style={{ position: 'absolute', top: 0, left: 0 }}
            />
          ))}
        </div>
      </div>
      <button type="button" onClick={jumpToLatest}>
        latest
      </button>
    </>
  );
}

let restoreLayout: () => void;
beforeEach(() => {
  restoreLayout = mockChatLayout({ viewportHeight: 400, rowHeight: () => 50 });
});
afterEach(() => restoreLayout());

const log = () => screen.getByRole('log');
const rowOf = (id: number) => document.querySelector<HTMLElement>(`[data-row-key="m:${id}"]`)!;
const bottom = () => log().scrollHeight - log().clientHeight;
/**
 * Lets the hook's and the virtualizer's timers and frames run until the list's scroll position has
 * held still for three 20 ms checks (at least 60 ms; a loaded machine needs longer than that for
 * the virtualizer's scroll-to-index to settle, and a step taken before it did was overridden).
 */
const flush = () =>
  act(async () => {
    let last = Number.NaN;
    let still = 0;
    for (let i = 0; i < 100 && still < 3; i += 1) {
      await new Promise((r) => setTimeout(r, 20));
      const top = document.querySelector<HTMLElement>('[role="log"]')?.scrollTop ?? 0;
      still = top === last ? still + 1 : 0;
      last = top;
    }
  });
function scrollTo(top: number) {
  act(() => {
    fireEvent.wheel(log(), { deltaY: top - log().scrollTop });
    log().scrollTop = top;
    fireEvent.scroll(log());
  });
}

/** Renders `messages`, lets the first jump land, scrolls the reader up to 300px; returns a rerender with new messages. */
async function renderScrolledUp(messages: ChatMessage[]) {
  const { rerender } = render(<Harness messages={messages} />);
  await flush();
  scrollTo(300);
  await flush();
  return async (next: ChatMessage[]) => {
    rerender(<Harness messages={next} />);
    await flush();
  };
}

describe('useMessageListScroll', () => {
  it('starts at the newest row, at the bottom, with nothing unseen', async () => {
    render(<Harness messages={range(0, 30)} />);
    await flush();
    expect(log().scrollTop).toBe(bottom());
    expect(log()).toHaveAttribute('data-at-bottom', 'true');
    expect(log()).toHaveAttribute('data-unseen', '0');
  });

  it('follows new rows at the bottom without counting them', async () => {
    const first = range(0, 30);
    const { rerender } = render(<Harness messages={first} />);
    await flush();
    rerender(<Harness messages={[...first, message(30)]} />);
    await flush();
    expect(log().scrollTop).toBe(bottom());
    expect(log()).toHaveAttribute('data-unseen', '0');
  });

  it('scrolled up: the reader’s own new message (the newest) is scrolled into view', async () => {
    const first = range(0, 30);
    const showMessages = await renderScrolledUp(first);
    expect(log()).toHaveAttribute('data-at-bottom', 'false');
    await showMessages([...first, message(30), message(31, ME)]);
    await flush();
    expect(log().scrollTop).toBe(bottom());
    expect(log()).toHaveAttribute('data-at-bottom', 'true');
    expect(log()).toHaveAttribute('data-unseen', '0');
  });

  it('scrolled up: stays put and counts other people’s messages only (not own ones, not notices)', async () => {
    const first = range(0, 30);
    const showMessages = await renderScrolledUp(first);
    expect(log()).toHaveAttribute('data-at-bottom', 'false');
    const batch = [...first, message(30), message(31, ME), message(32, 'ada', 'system')];
    await showMessages(batch);
    expect(log().scrollTop).toBe(300);
    expect(log()).toHaveAttribute('data-unseen', '1');
    await showMessages([...batch, message(33), message(34)]);
    expect(log()).toHaveAttribute('data-unseen', '3');

    await userEvent.click(screen.getByRole('button', { name: 'latest' }));
    expect(log()).toHaveAttribute('data-unseen', '0');
    expect(log()).toHaveFocus();
    await flush();
    expect(log().scrollTop).toBe(bottom());
    expect(log()).toHaveAttribute('data-at-bottom', 'true');
  });

  it('does not count a conversation that only got longer at the top', async () => {
    const first = range(100, 30);
    const showMessages = await renderScrolledUp(first);
    await showMessages([...range(80, 20), ...first]);
    expect(log().scrollTop).toBeGreaterThanOrEqual(300 + 20 * 50); // the reader's rows moved down with them
    expect(log()).toHaveAttribute('data-unseen', '0');
  });

  it('asks for older rows once per oldest row near the top, only when allowed, and keeps the reader’s place', async () => {
    const onLoadOlder = jest.fn();
    const first = range(100, 30);
    const { rerender } = render(<Harness messages={first} onLoadOlder={onLoadOlder} />);
    await flush();
    expect(onLoadOlder).not.toHaveBeenCalled();
    scrollTo(150);
    await flush();
    scrollTo(100);
    await flush();
    expect(onLoadOlder).toHaveBeenCalledTimes(1);

    const before = rowTop(rowOf(102)) - log().scrollTop;
    const longer = [...range(80, 20), ...first];
    rerender(<Harness messages={longer} onLoadOlder={onLoadOlder} />);
    await flush();
    expect(rowTop(rowOf(102)) - log().scrollTop).toBe(before);
    expect(onLoadOlder).toHaveBeenCalledTimes(1);

    rerender(<Harness messages={longer} onLoadOlder={onLoadOlder} loadingOlder />);
    scrollTo(0);
    await flush();
    rerender(<Harness messages={longer} onLoadOlder={onLoadOlder} hasOlder={false} />);
    await flush();
    expect(onLoadOlder).toHaveBeenCalledTimes(1);
    rerender(<Harness messages={longer} onLoadOlder={onLoadOlder} />);
    await flush();
    expect(onLoadOlder).toHaveBeenCalledTimes(2);
  });

  it('calls the latest onLoadOlder', async () => {
    const first = jest.fn();
    const latest = jest.fn();
    const messages = range(0, 30);
    const { rerender } = render(<Harness messages={messages} onLoadOlder={first} />);
    await flush();
    rerender(<Harness messages={messages} onLoadOlder={latest} />);
    scrollTo(0);
    await flush();
    expect(first).not.toHaveBeenCalled();
    expect(latest).toHaveBeenCalledTimes(1);
  });

  it('scrolls a highlighted row into the middle once it exists, and only once', async () => {
    const first = range(100, 30);
    const { rerender } = render(<Harness messages={first} highlightKey="m:60" />);
    await flush();
    expect(log().scrollTop).toBe(bottom());
    const longer = [...range(50, 50), ...first];
    rerender(<Harness messages={longer} highlightKey="m:60" />);
    await flush();
    const offset = rowTop(rowOf(60)) - log().scrollTop;
    expect(offset).toBeGreaterThan(100);
    expect(offset).toBeLessThan(300);
    scrollTo(log().scrollTop + 500);
    await flush();
    rerender(<Harness messages={[...longer]} highlightKey="m:60" />);
    await flush();
    expect(rowTop(rowOf(60)) - log().scrollTop).toBeLessThan(-100);
  });
});
