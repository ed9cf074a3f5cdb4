import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { ChatThemeProvider } from '../../theme/ChatThemeProvider';
import { es } from '../../locale/catalogs/es';
import type { PendingAttachment } from '../../types';
import { AttachmentChip } from './AttachmentChip';
import { formatBytes } from '../../utils/formatBytes';

const photo: PendingAttachment = {
  id: 'p1',
  name: 'beach.jpg',
  size: 2_400_000,
  type: 'image/jpeg',
  previewUrl: 'blob:photo',
  status: 'uploading',
  progress: 0.42,
};

describe('AttachmentChip', () => {
  it('shows a thumbnail, the name, the size and a named progress bar while uploading', () => {
    const ref = createRef<HTMLDivElement>();
    const { container } = render(<AttachmentChip ref={ref} attachment={photo} />);
    expect(ref.current).toHaveAttribute('data-status', 'uploading');
    expect(container.querySelector('img')).toHaveAttribute('src', 'blob:photo');
    expect(screen.getByText('beach.jpg')).toHaveAttribute('title', 'beach.jpg');
    expect(screen.getByText('2.4 MB')).toBeInTheDocument();
    const bar = screen.getByRole('progressbar', { name: 'Uploading beach.jpg' });
    expect(bar).toHaveAttribute('aria-valuenow', '42');
  });

  it('an upload without known progress has an indeterminate bar', () => {
    render(<AttachmentChip attachment={{ ...photo, progress: undefined }} />);
    expect(screen.getByRole('progressbar', { name: 'Uploading beach.jpg' })).not.toHaveAttribute('aria-valuenow');
  });

  it('shows an icon instead of a thumbnail for other files, and no progress once uploaded', () => {
    const { container } = render(
      <AttachmentChip attachment={{ id: 'f', name: 'a.pdf', size: 512_000, type: 'application/pdf', status: 'uploaded' }} />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('svg')).toBeInTheDocument();
    expect(screen.getByText('512 kB')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('Remove <name> and, when failed, the error and Retry <name> call back with the id', async () => {
    const onRemove = jest.fn();
    const onRetry = jest.fn();
    const failed: PendingAttachment = { ...photo, status: 'failed', error: 'Too large.' };
    const { rerender } = render(<AttachmentChip attachment={photo} onRemove={onRemove} onRetry={onRetry} />);
    expect(screen.queryByRole('button', { name: 'Retry beach.jpg' })).toBeNull();
    rerender(<AttachmentChip attachment={failed} onRemove={onRemove} onRetry={onRetry} />);
    expect(screen.getByText('Too large.')).toBeInTheDocument();
    expect(screen.getByText('beach.jpg').closest('[data-status]')).toHaveAttribute('data-status', 'failed');
    await userEvent.click(screen.getByRole('button', { name: 'Retry beach.jpg' }));
    await userEvent.click(screen.getByRole('button', { name: 'Remove beach.jpg' }));
    expect(onRetry).toHaveBeenCalledWith('p1');
    expect(onRemove).toHaveBeenCalledWith('p1');
  });

  it('a failed upload without a reason says it failed', () => {
    render(<AttachmentChip attachment={{ ...photo, status: 'failed' }} />);
    expect(screen.getByText('Upload failed.')).toBeInTheDocument();
  });

  it('speaks the kit locale', () => {
    render(
      <ChatThemeProvider locale="es" messages={es}>
        <AttachmentChip attachment={photo} onRemove={() => {}} />
      </ChatThemeProvider>,
    );
    expect(screen.getByText('2,4 MB')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Quitar beach.jpg' })).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Subiendo beach.jpg' })).toBeInTheDocument();
  });
});

describe('formatBytes, as chips show sizes', () => {
  it('uses decimal units through Intl', () => {
    expect(formatBytes(0, 'en')).toBe('0 bytes');
    expect(formatBytes(999, 'en')).toBe('999 bytes');
    expect(formatBytes(1_500, 'en')).toBe('1.5 kB');
    expect(formatBytes(2_400_000, 'en')).toBe('2.4 MB');
    expect(formatBytes(3_210_000_000, 'en')).toBe('3.2 GB');
  });
});
