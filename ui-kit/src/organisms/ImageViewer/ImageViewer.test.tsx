import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { ar } from '../../locale/catalogs';
import { imageAttachments } from '../../test/fixtures';
import { ChatThemeProvider } from '../../theme/ChatThemeProvider';
import type { MessageAttachment } from '../../types';
import { ImageViewer, type ImageViewerProps } from './ImageViewer';

const images = imageAttachments(5);

/** An opener button and the viewer it opens, as an app wires them. */
function Harness(props: Partial<ImageViewerProps> & { start?: number }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Show
      </button>
      <ImageViewer images={images} defaultIndex={props.start ?? 0} open={open} onClose={() => setOpen(false)} {...props} />
    </>
  );
}

const dialog = () => screen.getByRole('dialog');

describe('ImageViewer', () => {
  it('is a modal dialog named after the image, with the full image, "1 of 5" and a download link', () => {
    render(<ImageViewer images={images} open onClose={() => {}} />);
    expect(dialog()).toHaveAttribute('aria-modal', 'true');
    expect(screen.getByRole('dialog', { name: 'photo-1.jpg' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'photo-1.jpg' })).toHaveAttribute('src', images[0]?.url);
    expect(screen.getByText('1 of 5')).toHaveAttribute('aria-live', 'polite');
    const link = screen.getByRole('link', { name: 'Download photo-1.jpg' });
    expect(link).toHaveAttribute('href', images[0]?.url);
    expect(link).toHaveAttribute('download', 'photo-1.jpg');
  });

  it('renders nothing while closed', () => {
    render(<ImageViewer images={images} open={false} onClose={() => {}} />);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('moves with Next / Previous and marks the ends inert', async () => {
    render(<ImageViewer images={images} defaultIndex={3} open onClose={() => {}} />);
    const next = screen.getByRole('button', { name: 'Next image' });
    await userEvent.click(next);
    expect(screen.getByRole('dialog', { name: 'photo-5.jpg' })).toBeInTheDocument();
    expect(screen.getByText('5 of 5')).toBeInTheDocument();
    expect(next).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(next);
    expect(screen.getByRole('dialog', { name: 'photo-5.jpg' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Previous image' }));
    expect(screen.getByRole('dialog', { name: 'photo-4.jpg' })).toBeInTheDocument();
  });

  it('navigates with ArrowLeft / ArrowRight, mirrored right to left', async () => {
    const { unmount } = render(<ImageViewer images={images} defaultIndex={2} open onClose={() => {}} />);
    await userEvent.keyboard('{ArrowRight}');
    expect(dialog()).toHaveAccessibleName('photo-4.jpg');
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(dialog()).toHaveAccessibleName('photo-2.jpg');
    unmount();
    render(
      <ChatThemeProvider locale="ar" messages={ar}>
        <ImageViewer images={images} defaultIndex={2} open onClose={() => {}} />
      </ChatThemeProvider>,
    );
    await userEvent.keyboard('{ArrowLeft}');
    expect(dialog()).toHaveAccessibleName('photo-4.jpg');
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    expect(dialog()).toHaveAccessibleName('photo-2.jpg');
  });

  it('reports index changes while controlled and follows the index it is given', async () => {
    const onIndexChange = jest.fn();
    const { rerender } = render(<ImageViewer images={images} index={1} onIndexChange={onIndexChange} open onClose={() => {}} />);
    await userEvent.click(screen.getByRole('button', { name: 'Next image' }));
    expect(onIndexChange).toHaveBeenCalledWith(2);
    expect(dialog()).toHaveAccessibleName('photo-2.jpg');
    rerender(<ImageViewer images={images} index={2} onIndexChange={onIndexChange} open onClose={() => {}} />);
    expect(dialog()).toHaveAccessibleName('photo-3.jpg');
  });

  it('moves focus in on open, keeps Tab inside, and returns focus to the opener on Close', async () => {
    render(<Harness />);
    const opener = screen.getByRole('button', { name: 'Show' });
    await userEvent.click(opener);
    const close = screen.getByRole('button', { name: 'Close' });
    expect(close).toHaveFocus();
    // Close is the last control of the top bar: Tab goes on through the dialog and wraps around.
    const seen = new Set<Element | null>();
    for (let i = 0; i < 6; i += 1) {
      await userEvent.tab();
      seen.add(document.activeElement);
      expect(dialog()).toContainElement(document.activeElement as HTMLElement);
    }
    expect(seen.size).toBe(4);
    await userEvent.tab({ shift: true });
    expect(dialog()).toContainElement(document.activeElement as HTMLElement);
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(opener).toHaveFocus();
  });

  it('closes on Escape and returns focus to the opener', async () => {
    render(<Harness start={2} />);
    const opener = screen.getByRole('button', { name: 'Show' });
    await userEvent.click(opener);
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(opener).toHaveFocus();
  });

  it('returns focus to the opener when its owner unmounts it on close', async () => {
    function Unmounting() {
      const [open, setOpen] = useState(false);
      return (
        <>
          <button type="button" onClick={() => setOpen(true)}>
            Show
          </button>
          {open ? <ImageViewer images={images} open onClose={() => setOpen(false)} /> : null}
        </>
      );
    }
    render(<Unmounting />);
    const opener = screen.getByRole('button', { name: 'Show' });
    await userEvent.click(opener);
    expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(opener).toHaveFocus();
  });

  it('leaves an Escape that something inside already handled', () => {
    const onClose = jest.fn();
    render(<ImageViewer images={images} open onClose={onClose} />);
    const event = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    event.preventDefault();
    fireEvent(screen.getByRole('button', { name: 'Close' }), event);
    expect(onClose).not.toHaveBeenCalled();
  });

  it('calls onAttachmentError once when the full image fails', () => {
    const onAttachmentError = jest.fn<void, [MessageAttachment]>();
    render(<ImageViewer images={images} open onClose={() => {}} onAttachmentError={onAttachmentError} />);
    fireEvent.error(screen.getByRole('img'));
    fireEvent.error(screen.getByRole('img'));
    expect(onAttachmentError).toHaveBeenCalledTimes(1);
    expect(onAttachmentError).toHaveBeenCalledWith(images[0]);
  });

  it('speaks the kit locale', () => {
    render(
      <ChatThemeProvider locale="ar" messages={ar}>
        <ImageViewer images={images} defaultIndex={1} open onClose={() => {}} />
      </ChatThemeProvider>,
    );
    expect(screen.getByRole('button', { name: 'إغلاق' })).toBeInTheDocument();
    expect(screen.getByText(/^[2٢] من [5٥]$/)).toBeInTheDocument();
  });
});
