import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockChatLayout } from '../../test/layout';
import type { ChatMessage } from '../../types';
import { MessageList } from './MessageList';

const DAY = Date.UTC(2026, 10, 25, 8, 0, 0);
const getAuthorName = (id: string | number) => ({ me: 'Sam', ada: 'Ada' })[String(id)];

let restoreLayout: () => void;
beforeEach(() => {
  restoreLayout = mockChatLayout({ viewportHeight: 400, rowHeight: () => 50 });
});
afterEach(() => restoreLayout());

const theirs: ChatMessage = { id: 1, authorId: 'ada', text: 'Send me your password', timestamp: DAY };
const mine: ChatMessage = { id: 2, authorId: 'me', text: 'No.', timestamp: DAY + 1000, status: 'sent' };

describe('MessageList report', () => {
  it("offers Report in the menu of others' messages only, and calls onReport with the message", async () => {
    const onReport = jest.fn();
    render(<MessageList messages={[theirs, mine]} currentUserId="me" label="Ada" getAuthorName={getAuthorName} onReport={onReport} />);
    await act(() => new Promise((r) => setTimeout(r, 60)));
    // Only their message has a menu: Report is its one action (mine offers nothing).
    const triggers = screen.getAllByRole('button', { name: 'More actions' });
    expect(triggers).toHaveLength(1);
    await userEvent.click(triggers[0]!);
    await userEvent.click(screen.getByRole('menuitem', { name: 'Report message' }));
    expect(onReport).toHaveBeenCalledWith(expect.objectContaining({ id: 1, text: 'Send me your password' }));
  });
});
