import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { ImageViewer } from '../../organisms/ImageViewer/ImageViewer';
import { imageAttachments, pdfAttachment, voiceAttachment } from '../../test/fixtures';
import type { ChatMessage } from '../../types';
import { MessageBubble } from './MessageBubble';

const msg = (over: Partial<ChatMessage> = {}): ChatMessage => ({ id: 1, authorId: 'a', text: 'hello', timestamp: '2026-11-25T10:00:00Z', ...over });

describe('MessageBubble attachments', () => {
  it('shows the text and, under it, images, files and voice messages', () => {
    const { container } = render(<MessageBubble message={msg({ attachments: [...imageAttachments(2), pdfAttachment, voiceAttachment] })} />);
    expect(screen.getByText('hello')).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /^Open photo-/ })).toHaveLength(2);
    expect(screen.getByRole('link', { name: 'Download quarterly-report.pdf' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Play voice message' })).toBeInTheDocument();
    expect(container.querySelector('[data-media-only]')).toBeNull();
  });

  it('shows a message of only images without a text paragraph or bubble padding', () => {
    const { container } = render(<MessageBubble message={msg({ text: '', attachments: imageAttachments(3) })} />);
    expect(container.querySelector('p')).toBeNull();
    expect(container.querySelector('[data-media-only="true"]')).not.toBeNull();
  });

  it('shows none of the files of a deleted message', () => {
    render(<MessageBubble message={msg({ text: '', deleted: true, attachments: [pdfAttachment] })} />);
    expect(screen.getByText('This message was deleted')).toBeInTheDocument();
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('reports a failed image once to onAttachmentError', () => {
    const onAttachmentError = jest.fn();
    const [image] = imageAttachments(1);
    render(<MessageBubble message={msg({ attachments: image ? [image] : [] })} onAttachmentError={onAttachmentError} />);
    fireEvent.error(screen.getByRole('img', { name: 'photo-1.jpg' }));
    fireEvent.error(screen.getByRole('img', { name: 'photo-1.jpg' }));
    expect(onAttachmentError).toHaveBeenCalledTimes(1);
    expect(onAttachmentError).toHaveBeenCalledWith(image);
  });

  it('opens the viewer at the image activated, and focus returns to that thumbnail on Escape', async () => {
    const message = msg({ attachments: imageAttachments(4) });
    function Conversation() {
      const [open, setOpen] = useState<number | null>(null);
      const images = message.attachments ?? [];
      return (
        <>
          <MessageBubble message={message} onOpenImage={setOpen} />
          <ImageViewer images={images} index={open ?? 0} onIndexChange={setOpen} open={open !== null} onClose={() => setOpen(null)} />
        </>
      );
    }
    render(<Conversation />);
    const thumb = screen.getByRole('button', { name: 'Open photo-3.jpg' });
    await userEvent.click(thumb);
    expect(screen.getByRole('dialog', { name: 'photo-3.jpg' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('dialog', { name: 'photo-4.jpg' })).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(thumb).toHaveFocus();
  });
});
