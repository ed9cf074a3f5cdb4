import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState, type ReactElement } from 'react';
import { rowTop } from '../../test/layout';
import type { ChatSummary } from '../../types';
import { ChatList } from './ChatList';

const makeChats = (n: number): ChatSummary[] => Array.from({ length: n }, (_, i) => ({ id: `c${i}`, name: `Person ${i}`, lastMessage: `m${i}` }));

/** The host's viewport, what sits above the list inside it, and each row. */
const VIEWPORT = 300;
const ABOVE = 200;
const ROW = 50;
const PADDING = 4;

/**
 * jsdom has no layout: just enough for a list inside an outer scroller (`data-host`) whose content
 * is a 200px block, then the list. The host has a 300px viewport and a scrollHeight of its content;
 * rows (`data-index`) are 50px; the list's content box is 200px below the host's content top.
 */
function mockHostLayout() {
  const proto = HTMLElement.prototype;
  const saved = (['clientHeight', 'clientWidth', 'scrollHeight', 'offsetHeight', 'getBoundingClientRect'] as const).map(
    (prop) => [prop, Object.getOwnPropertyDescriptor(proto, prop)] as const,
  );
  const isHost = (el: HTMLElement) => el.hasAttribute('data-host');
  const hostOf = (el: HTMLElement) => el.closest<HTMLElement>('[data-host]');
  const isListContent = (el: HTMLElement) => el.parentElement?.getAttribute('role') === 'listbox';
  Object.defineProperties(proto, {
    clientHeight: {
      configurable: true,
      get(this: HTMLElement) {
        return isHost(this) ? VIEWPORT : 0;
      },
    },
    clientWidth: {
      configurable: true,
      get(this: HTMLElement) {
        return isHost(this) ? 360 : 0;
      },
    },
    scrollHeight: {
      configurable: true,
      get(this: HTMLElement) {
        if (!isHost(this)) return 0;
        const content = this.querySelector<HTMLElement>('[role="listbox"] > div');
        return ABOVE + (parseFloat(content?.style.height ?? '') || 0);
      },
    },
    offsetHeight: {
      configurable: true,
      get(this: HTMLElement) {
        if (this.hasAttribute('data-index')) return ROW;
        return isHost(this) ? VIEWPORT : 0;
      },
    },
    getBoundingClientRect: {
      configurable: true,
      value(this: HTMLElement) {
        const host = hostOf(this);
        if (host && isListContent(this)) return new DOMRect(0, ABOVE - host.scrollTop, 360, parseFloat(this.style.height) || 0);
        return Element.prototype.getBoundingClientRect.call(this);
      },
    },
  });
  return () => {
    for (const [prop, descriptor] of saved) {
      if (descriptor) Object.defineProperty(proto, prop, descriptor);
      else delete (proto as unknown as Record<string, unknown>)[prop];
    }
  };
}

/** The list inside an outer scroller it is told about once mounted (as IonContent hands over its scroll element). */
function Hosted({ chats, renderRow }: { chats: readonly ChatSummary[]; renderRow?: (row: ReactElement, chat: ChatSummary) => ReactElement }) {
  const [host, setHost] = useState<HTMLElement | null>(null);
  return (
    <div data-host ref={setHost} style={{ overflowY: 'auto' }}>
      <div style={{ height: ABOVE }}>Above the list</div>
      <ChatList chats={chats} scrollElement={host} searchable={false} renderRow={renderRow} />
    </div>
  );
}

describe('ChatList in an outer scroller (scrollElement)', () => {
  let restore: () => void;
  beforeEach(() => {
    restore = mockHostLayout();
  });
  afterEach(() => restore());

  const host = () => document.querySelector<HTMLElement>('[data-host]')!;
  const listbox = () => screen.getByRole('listbox', { name: 'Chats' });
  const options = () => screen.queryAllByRole('option');
  const flush = () => act(() => new Promise((r) => setTimeout(r, 60)));
  const scrollHost = (top: number) =>
    act(() => {
      host().scrollTop = top;
      fireEvent.scroll(host());
    });

  it('renders no rows while its scroll host is not known yet', () => {
    render(<ChatList chats={makeChats(60)} scrollElement={null} searchable={false} />);
    expect(listbox()).toBeInTheDocument();
    expect(options()).toHaveLength(0);
  });

  it("renders the rows in the host's viewport, below what is above the list, and follows the host's scrolling", async () => {
    render(<Hosted chats={makeChats(60)} />);
    await flush();
    // 300px of viewport, 200 of them above the list: two rows in view, plus the overscan.
    const first = options();
    expect(first.length).toBeGreaterThanOrEqual(2);
    expect(first.length).toBeLessThanOrEqual(2 + 1 + 4);
    expect(rowTop(first[0]!)).toBe(PADDING);
    // The list scrolls with the host: its own box is as tall as all the rows.
    expect(listbox().firstElementChild).toHaveStyle({ height: `${60 * ROW + 2 * PADDING}px` });

    // 1,200px down the host's content is 1,000px down the list: row 20 on top.
    scrollHost(ABOVE + 1000);
    await flush();
    // (Person 0 stays: it is the tab stop.)
    expect(screen.queryByRole('option', { name: /Person 1\b/ })).toBeNull();
    const top = screen.getByRole('option', { name: /Person 20\b/ });
    expect(rowTop(top)).toBe(PADDING + 20 * ROW);
    expect(options().length).toBeLessThan(20);
  });

  it('scrolls the host to bring the focused row into view with the keyboard', async () => {
    render(<Hosted chats={makeChats(60)} />);
    await flush();
    await userEvent.tab();
    expect(document.activeElement).toHaveAccessibleName(/Person 0\b/);
    await userEvent.keyboard('{End}');
    await flush();
    expect(document.activeElement).toHaveAccessibleName(/Person 59\b/);
    expect(host().scrollTop).toBe(host().scrollHeight - VIEWPORT);

    await userEvent.keyboard('{Home}');
    await flush();
    expect(document.activeElement).toHaveAccessibleName(/Person 0\b/);
    expect(host().scrollTop).toBe(0);
  });

  it('wraps each row with renderRow, positioning the wrapper', async () => {
    const renderRow = (row: ReactElement, chat: ChatSummary) => (
      <div data-testid={`wrap-${chat.id}`}>
        {row}
        <button type="button">Mark {chat.name} as read</button>
      </div>
    );
    render(<Hosted chats={makeChats(60)} renderRow={renderRow} />);
    await flush();
    const wrapper = screen.getByTestId('wrap-c1');
    expect(within(wrapper).getByRole('option', { name: /Person 1\b/ })).toBeInTheDocument();
    expect(rowTop(wrapper.parentElement!)).toBe(PADDING + ROW);
    expect(within(wrapper).getByRole('button', { name: 'Mark Person 1 as read' })).toBeInTheDocument();
  });
});
