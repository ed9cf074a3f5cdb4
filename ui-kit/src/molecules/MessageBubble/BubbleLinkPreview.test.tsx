import { render, screen } from '@testing-library/react';
import { linkPreviews } from '../../test/fixtures';
import type { ChatMessage } from '../../types';
import { LinkPreviewRemoveContext } from './BubbleLinkPreview';
import { MessageBubble } from './MessageBubble';

const message: ChatMessage = { id: 1, authorId: 'me', text: 'see https://example.com/engine', timestamp: 0, linkPreview: linkPreviews.full };

describe('MessageBubble link preview', () => {
  it('shows the card under the text', () => {
    render(<MessageBubble message={message} />);
    const card = screen.getByRole('group', { name: 'Link preview' });
    expect(screen.getByText(/^see/).compareDocumentPosition(card)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    expect(screen.queryByRole('button', { name: 'Remove preview' })).toBeNull();
  });

  it('shows no card for a deleted message', () => {
    render(<MessageBubble message={{ ...message, deleted: true }} />);
    expect(screen.queryByRole('group', { name: 'Link preview' })).toBeNull();
  });

  it('offers "Remove preview" on own messages only, through the context', () => {
    const remove = jest.fn();
    const { rerender } = render(
      <LinkPreviewRemoveContext.Provider value={remove}>
        <MessageBubble message={message} own />
      </LinkPreviewRemoveContext.Provider>,
    );
    screen.getByRole('button', { name: 'Remove preview' }).click();
    expect(remove).toHaveBeenCalledWith(message);
    rerender(
      <LinkPreviewRemoveContext.Provider value={remove}>
        <MessageBubble message={message} />
      </LinkPreviewRemoveContext.Provider>,
    );
    expect(screen.queryByRole('button', { name: 'Remove preview' })).toBeNull();
  });
});
