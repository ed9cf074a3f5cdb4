/**
 * @jest-environment node
 *
 * ChatList on the server: no DOM globals, a first window of rows (not all 5,000), each option
 * announcing the full size, and the same markup the client's first render hydrates.
 */
import { renderToString } from 'react-dom/server';
import type { ChatSummary } from '../../types';
import { ChatList } from './ChatList';

const chats: ChatSummary[] = Array.from({ length: 5000 }, (_, i) => ({
  id: `c${i}`,
  name: `Person ${i}`,
  lastMessage: `last ${i}`,
  unreadCount: i % 3,
}));

describe('ChatList SSR', () => {
  it('renders a first window of options without touching window or document', () => {
    expect(typeof window).toBe('undefined');
    const html = renderToString(<ChatList chats={chats} selectedId="c1" />);
    const options = html.match(/role="option"/g) ?? [];
    expect(options.length).toBeGreaterThan(5);
    expect(options.length).toBeLessThan(30);
    expect(html).toContain('aria-setsize="5000"');
    expect(html).toContain('aria-posinset="1"');
    expect(html).toContain('Person 0');
    expect(html).not.toContain('Person 4999');
  });
});
