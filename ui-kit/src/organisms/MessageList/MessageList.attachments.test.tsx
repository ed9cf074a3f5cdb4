import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { attachmentsHeight } from '../../molecules/MessageAttachments/layout';
import { imageAttachments, pdfAttachment } from '../../test/fixtures';
import { mockChatLayout } from '../../test/layout';
import type { ChatMessage } from '../../types';
import { MessageList } from './MessageList';

const DAY = Date.UTC(2026, 10, 25, 8, 0, 0);
/** `count` messages; `middle` changes message 30 (never rendered: far from both ends). */
const messages = (count: number, middle: Partial<ChatMessage> = {}): ChatMessage[] =>
  Array.from({ length: count }, (_, n) => ({
    id: n,
    authorId: n % 2 ? 'me' : 'ada',
    text: `message ${n}`,
    timestamp: DAY + n * 1000,
    ...(n === 30 ? middle : {}),
  }));

let restoreLayout: () => void;
beforeEach(() => {
  restoreLayout = mockChatLayout({ viewportHeight: 400, rowHeight: () => 50 });
});
afterEach(() => restoreLayout());

const flush = () => act(() => new Promise((r) => setTimeout(r, 60)));
const contentHeight = () => parseFloat(screen.getByRole('log').querySelector<HTMLElement>(':scope > div')?.style.height ?? '');

describe('MessageList with attachments', () => {
  it('passes the message and image index to onOpenImage, and the attachment and message to onAttachmentError', async () => {
    const onOpenImage = jest.fn();
    const onAttachmentError = jest.fn();
    const list = messages(3);
    const withImages: ChatMessage = { id: 'img', authorId: 'ada', text: '', timestamp: DAY + 10_000, attachments: imageAttachments(3) };
    render(
      <MessageList messages={[...list, withImages]} currentUserId="me" label="Ada" onOpenImage={onOpenImage} onAttachmentError={onAttachmentError} />,
    );
    await flush();
    await userEvent.click(screen.getByRole('button', { name: 'Open photo-2.jpg' }));
    expect(onOpenImage).toHaveBeenCalledWith(withImages, 1);
    fireEvent.error(screen.getByRole('img', { name: 'photo-3.jpg' }));
    expect(onAttachmentError).toHaveBeenCalledWith(withImages.attachments?.[2], withImages);
  });

  it('first guesses a row with attachments at its reserved height, before it is measured', async () => {
    // Message 30 is far from the first rows (rendered, measured, before the jump to the end) and from the last.
    const { unmount } = render(<MessageList messages={messages(60)} currentUserId="me" label="Ada" />);
    await flush();
    const plain = contentHeight();
    unmount();
    const attachments = [...imageAttachments(7), pdfAttachment];
    render(<MessageList messages={messages(60, { attachments })} currentUserId="me" label="Ada" />);
    await flush();
    expect(document.querySelector('[data-row-key="m:30"]')).toBeNull();
    expect(contentHeight() - plain).toBe(attachmentsHeight(attachments));
  });
});
