import { act, render } from '@testing-library/react';
import type { ChatMessage } from '../../types';
import { mockChatLayout } from '../../test/layout';
import { MessageList } from './MessageList';

// Counts DateSeparator renders: a row that is only moved by a measurement must not render again.
const separatorRenders: string[] = [];
jest.mock('../../molecules/DateSeparator/DateSeparator', () => {
  const actual = jest.requireActual<typeof import('../../molecules/DateSeparator/DateSeparator')>('../../molecules/DateSeparator/DateSeparator');
  const { forwardRef, createElement } = jest.requireActual<typeof import('react')>('react');
  return {
    DateSeparator: forwardRef<HTMLDivElement, import('../../molecules/DateSeparator/DateSeparator').DateSeparatorProps>(function Counted(props, ref) {
      separatorRenders.push(String(props.date));
      return createElement(actual.DateSeparator, { ...props, ref });
    }),
  };
});

afterEach(() => {
  separatorRenders.length = 0;
});

describe('MessageList mount', () => {
  it('renders each row once while the virtualizer measures them (positions are written to the DOM, not rendered)', async () => {
    const restore = mockChatLayout({ viewportHeight: 400, rowHeight: () => 50 });
    const messages: ChatMessage[] = Array.from({ length: 10 }, (_, i) => ({
      id: i,
      authorId: i % 3 ? 'ada' : 'me',
      text: `m ${i}`,
      timestamp: Date.UTC(2026, 0, i < 5 ? 1 : 2, 8, i),
    }));
    render(<MessageList messages={messages} currentUserId="me" label="Ada" timeZone="UTC" />);
    await act(() => new Promise((r) => setTimeout(r, 100)));
    expect(separatorRenders).toHaveLength(2);
    const rows = document.querySelectorAll<HTMLElement>('[data-index]');
    expect(rows.length).toBe(12);
    // Placed by the virtualizer: the second day's separator sits below six 50 px rows.
    expect(document.querySelector<HTMLElement>('[data-index="6"]')!.style.transform).toMatch(/300px/);
    restore();
  });
});
