import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { es } from '../../locale/catalogs';
import { imageAttachment, imageAttachments, pdfAttachment, voiceAttachment } from '../../test/fixtures';
import { ChatThemeProvider } from '../../theme/ChatThemeProvider';
import { formatDuration } from '../../utils/formatDuration';
import { fileType } from './fileType';
import { attachmentsHeight, imageBox, IMAGE_MAX_HEIGHT, IMAGE_MAX_WIDTH } from './layout';
import { MessageAttachments } from './MessageAttachments';

/** jsdom plays nothing: a media element that reports play and pause like a browser's. */
function fakePlayback(audio: HTMLAudioElement) {
  let paused = true;
  Object.defineProperty(audio, 'paused', { get: () => paused });
  audio.play = () => {
    paused = false;
    audio.dispatchEvent(new Event('play'));
    return Promise.resolve();
  };
  audio.pause = () => {
    paused = true;
    audio.dispatchEvent(new Event('pause'));
  };
}

describe('MessageAttachments: images', () => {
  it('shows one image as a button "Open <name>" with alt = name, from the thumbnail URL, and opens index 0', async () => {
    const onOpenImage = jest.fn();
    const image = imageAttachment(1);
    render(<MessageAttachments attachments={[image]} onOpenImage={onOpenImage} />);
    const button = screen.getByRole('button', { name: 'Open photo-1.jpg' });
    const img = within(button).getByRole('img', { name: 'photo-1.jpg' });
    expect(img).toHaveAttribute('src', image.thumbnail_url);
    await userEvent.click(button);
    expect(onOpenImage).toHaveBeenCalledWith(0);
  });

  it('falls back to url when there is no thumbnail', () => {
    const image = { ...imageAttachment(1), thumbnail_url: undefined };
    render(<MessageAttachments attachments={[image]} />);
    expect(screen.getByRole('img', { name: 'photo-1.jpg' })).toHaveAttribute('src', image.url);
  });

  it('reserves the image box from width and height before it loads, and marks it loaded after', () => {
    render(<MessageAttachments attachments={[imageAttachment(1, 900, 1600)]} />);
    const button = screen.getByRole('button', { name: 'Open photo-1.jpg' });
    const box = imageBox({ width: 900, height: 1600 });
    expect(button.style.width).toBe(`${box.width}px`);
    expect(button.style.aspectRatio).toBe(`${box.width} / ${box.height}`);
    expect(button).toHaveAttribute('data-loaded', 'false');
    fireEvent.load(screen.getByRole('img'));
    expect(button).toHaveAttribute('data-loaded', 'true');
  });

  it('shows at most four images, "+N" on the last, with indexes among the images only', async () => {
    const onOpenImage = jest.fn();
    render(<MessageAttachments attachments={[pdfAttachment, ...imageAttachments(7)]} onOpenImage={onOpenImage} />);
    const buttons = screen.getAllByRole('button', { name: /^Open / });
    expect(buttons).toHaveLength(4);
    expect(buttons[3]).toHaveTextContent('+3');
    await userEvent.click(screen.getByRole('button', { name: 'Open photo-2.jpg' }));
    expect(onOpenImage).toHaveBeenCalledWith(1);
  });

  it('calls onAttachmentError once per attachment and URL, again for a fresh URL that fails', () => {
    const onAttachmentError = jest.fn();
    const image = imageAttachment(1);
    const { rerender } = render(<MessageAttachments attachments={[image]} onAttachmentError={onAttachmentError} />);
    fireEvent.error(screen.getByRole('img'));
    fireEvent.error(screen.getByRole('img'));
    expect(onAttachmentError).toHaveBeenCalledTimes(1);
    expect(onAttachmentError).toHaveBeenCalledWith(image);
    const fresh = { ...image, thumbnail_url: 'data:image/png;base64,fresh' };
    rerender(<MessageAttachments attachments={[fresh]} onAttachmentError={onAttachmentError} />);
    fireEvent.error(screen.getByRole('img'));
    expect(onAttachmentError).toHaveBeenCalledTimes(2);
  });
});

describe('MessageAttachments: files', () => {
  it('shows a card with the full name, the size and a download link', () => {
    render(<MessageAttachments attachments={[pdfAttachment]} />);
    expect(screen.getByText('quarterly-report.pdf')).toHaveAttribute('title', 'quarterly-report.pdf');
    expect(screen.getByText('2.4 MB')).toBeInTheDocument();
    const link = screen.getByRole('link', { name: 'Download quarterly-report.pdf' });
    expect(link).toHaveAttribute('href', pdfAttachment.url);
    expect(link).toHaveAttribute('download', 'quarterly-report.pdf');
    expect(link.closest('[data-kind="file"]')).toHaveAttribute('data-file-type', 'pdf');
  });

  it('writes the size and the link name in the kit locale', () => {
    render(
      <ChatThemeProvider locale="es" messages={es}>
        <MessageAttachments attachments={[pdfAttachment]} />
      </ChatThemeProvider>,
    );
    expect(screen.getByText(/^2,4\sMB$/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Descargar quarterly-report.pdf' })).toBeInTheDocument();
  });

  it.each([
    [{ content_type: 'application/pdf', name: 'a' }, 'pdf'],
    [{ content_type: 'application/zip', name: 'a' }, 'archive'],
    [{ content_type: 'application/octet-stream', name: 'a.tar.gz' }, 'archive'],
    [{ content_type: 'text/plain', name: 'a' }, 'text'],
    [{ content_type: 'application/octet-stream', name: 'a.fig' }, 'other'],
  ])('picks the icon type of %o: %s', (file, type) => {
    expect(fileType(file)).toBe(type);
  });
});

describe('MessageAttachments: voice messages', () => {
  it('plays and pauses, with position and duration from duration_ms', async () => {
    const { container } = render(<MessageAttachments attachments={[voiceAttachment]} />);
    const audio = container.querySelector('audio');
    if (!audio) throw new Error('no audio element');
    expect(audio).toHaveAttribute('preload', 'metadata');
    fakePlayback(audio);
    const slider = screen.getByRole('slider', { name: 'Playback position' });
    expect(slider).toHaveAttribute('aria-valuetext', '0:00 of 1:05');
    await userEvent.click(screen.getByRole('button', { name: 'Play voice message' }));
    expect(screen.getByRole('button', { name: 'Pause voice message' })).toBeInTheDocument();
    audio.currentTime = 12;
    fireEvent.timeUpdate(audio);
    expect(slider).toHaveAttribute('aria-valuetext', '0:12 of 1:05');
    await userEvent.click(screen.getByRole('button', { name: 'Pause voice message' }));
    expect(screen.getByRole('button', { name: 'Play voice message' })).toBeInTheDocument();
  });

  it('takes the duration from the metadata when the server has none', () => {
    const { container } = render(<MessageAttachments attachments={[{ ...voiceAttachment, duration_ms: undefined }]} />);
    const audio = container.querySelector('audio');
    if (!audio) throw new Error('no audio element');
    Object.defineProperty(audio, 'duration', { value: 7.4 });
    fireEvent.loadedMetadata(audio);
    expect(screen.getByRole('slider', { name: 'Playback position' })).toHaveAttribute('aria-valuetext', '0:00 of 0:07');
  });

  it('shows only the position while a recording states no length, and the length once the browser learns it', () => {
    const { container } = render(<MessageAttachments attachments={[{ ...voiceAttachment, duration_ms: undefined }]} />);
    const audio = container.querySelector('audio');
    if (!audio) throw new Error('no audio element');
    let seconds = Infinity;
    Object.defineProperty(audio, 'duration', { get: () => seconds });
    fireEvent.loadedMetadata(audio);
    expect(container).toHaveTextContent('0:00');
    expect(container).not.toHaveTextContent('/');
    seconds = 3.2;
    fireEvent.durationChange(audio);
    expect(container).toHaveTextContent('0:00 / 0:03');
  });

  it('seeks with the slider', () => {
    const { container } = render(<MessageAttachments attachments={[voiceAttachment]} />);
    const audio = container.querySelector('audio');
    if (!audio) throw new Error('no audio element');
    fireEvent.change(screen.getByRole('slider', { name: 'Playback position' }), { target: { value: '30000' } });
    expect(audio.currentTime).toBe(30);
  });

  it('pauses the voice message that was playing when another starts', async () => {
    const second = { ...voiceAttachment, id: 'voice-2' };
    const { container } = render(<MessageAttachments attachments={[voiceAttachment, second]} />);
    const [a, b] = [...container.querySelectorAll('audio')];
    if (!a || !b) throw new Error('no audio elements');
    fakePlayback(a);
    fakePlayback(b);
    const [playA, playB] = screen.getAllByRole('button', { name: 'Play voice message' });
    await userEvent.click(playA!);
    await userEvent.click(playB!);
    expect(a.paused).toBe(true);
    expect(screen.getAllByRole('button', { name: 'Play voice message' })).toHaveLength(1);
  });

  it('reports a voice message whose URL fails, once', () => {
    const onAttachmentError = jest.fn();
    const { container } = render(<MessageAttachments attachments={[voiceAttachment]} onAttachmentError={onAttachmentError} />);
    const audio = container.querySelector('audio');
    if (!audio) throw new Error('no audio element');
    fireEvent.error(audio);
    fireEvent.error(audio);
    expect(onAttachmentError).toHaveBeenCalledTimes(1);
    expect(onAttachmentError).toHaveBeenCalledWith(voiceAttachment);
  });
});

describe('attachment layout', () => {
  it('scales an image down into the max box, keeping its ratio, and never up', () => {
    const wide = imageBox({ width: 4000, height: 1000 });
    expect(wide.width).toBe(IMAGE_MAX_WIDTH);
    expect(wide.height).toBe(70);
    const tall = imageBox({ width: 1000, height: 4000 });
    expect(tall.height).toBe(IMAGE_MAX_HEIGHT);
    expect(tall.width).toBe(80);
    expect(imageBox({ width: 100, height: 60 })).toEqual({ width: 100, height: 60 });
    expect(imageBox({})).toEqual({ width: 240, height: 180 });
  });

  it('adds the reserved heights of images, cards and players', () => {
    expect(attachmentsHeight(undefined)).toBe(0);
    const one = attachmentsHeight([imageAttachment(1, 900, 1600)]);
    expect(one).toBeGreaterThan(attachmentsHeight(imageAttachments(2)));
    expect(attachmentsHeight(imageAttachments(7))).toBe(attachmentsHeight(imageAttachments(3)));
    expect(attachmentsHeight([pdfAttachment, voiceAttachment])).toBeGreaterThan(attachmentsHeight([pdfAttachment]));
  });

  it('writes durations as m:ss (h:mm:ss past an hour) in the locale digits', () => {
    expect(formatDuration(65_000, 'en')).toBe('1:05');
    expect(formatDuration(3_725_000, 'en')).toBe('1:02:05');
    expect(formatDuration(Number.NaN, 'en')).toBe('0:00');
    expect(formatDuration(65_000, 'ar-EG')).toBe('١:٠٥');
  });
});
