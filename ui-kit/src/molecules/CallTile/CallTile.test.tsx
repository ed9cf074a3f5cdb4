import { render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { ar } from '../../locale/catalogs/ar';
import { ChatThemeProvider } from '../../theme/ChatThemeProvider';
import { CallTile } from './CallTile';

const fakeStream = () => ({ id: 'stream' }) as unknown as MediaStream;

describe('CallTile', () => {
  it('is a group named by the visible name, showing the avatar without a stream', () => {
    const { container } = render(<CallTile name="Ada" />);
    expect(screen.getByRole('group', { name: 'Ada' })).toBeInTheDocument();
    expect(screen.getByText('Ada')).toBeVisible();
    expect(container.querySelector('video')).toBeNull();
    expect(container.querySelector('[data-size="lg"]')).not.toBeNull();
  });

  it('plays a remote stream unmuted and unmirrored, given as srcObject', () => {
    const stream = fakeStream();
    const { container } = render(<CallTile name="Ada" stream={stream} />);
    const video = container.querySelector('video');
    expect(video?.srcObject).toBe(stream);
    expect(video?.muted).toBe(false);
    expect(video).toHaveAttribute('autoplay');
    expect(video).toHaveAttribute('playsinline');
    expect(video).not.toHaveAttribute('data-mirrored');
    expect(container.querySelector('[data-size="lg"]')).toBeNull();
  });

  it('follows a new stream, and drops the video when the stream goes away', () => {
    const first = fakeStream();
    const second = fakeStream();
    const { container, rerender } = render(<CallTile name="Ada" stream={first} />);
    const video = container.querySelector('video');
    rerender(<CallTile name="Ada" stream={second} />);
    expect(video?.srcObject).toBe(second);
    rerender(<CallTile name="Ada" stream={null} />);
    expect(container.querySelector('video')).toBeNull();
  });

  it('mutes and mirrors your own video, unless mirrored is false', () => {
    const { container, rerender } = render(<CallTile name="You" self stream={fakeStream()} />);
    const video = container.querySelector('video');
    expect(video?.muted).toBe(true);
    expect(video).toHaveAttribute('data-mirrored', 'true');
    expect(screen.getByRole('group')).toHaveAttribute('data-self', 'true');
    rerender(<CallTile name="You" self mirrored={false} stream={fakeStream()} />);
    expect(video).not.toHaveAttribute('data-mirrored');
  });

  it('keeps the video mounted with the camera off, and shows the avatar', () => {
    const stream = fakeStream();
    const { container } = render(<CallTile name="Ada" stream={stream} cameraOff />);
    expect(container.querySelector('video')?.srcObject).toBe(stream);
    expect(container.querySelector('[data-size="lg"]')).not.toBeNull();
    expect(screen.getByRole('group')).toHaveAttribute('data-camera-off', 'true');
  });

  it('names the muted badge after the person, localized', () => {
    const { rerender } = render(<CallTile name="Ada" muted speaking />);
    expect(screen.getByRole('img', { name: 'Ada is muted' })).toBeInTheDocument();
    const tile = screen.getByRole('group', { name: 'Ada' });
    expect(tile).toHaveAttribute('data-muted', 'true');
    expect(tile).toHaveAttribute('data-speaking', 'true');
    rerender(
      <ChatThemeProvider locale="ar" messages={ar}>
        <CallTile name="Ada" muted />
      </ChatThemeProvider>,
    );
    expect(screen.getByRole('img', { name: 'ميكروفون Ada مكتوم' })).toBeInTheDocument();
  });

  it('has no state attributes by default, and forwards ref and native attributes', () => {
    const ref = createRef<HTMLDivElement>();
    render(<CallTile ref={ref} name="Ada" className="tile" />);
    expect(ref.current).toHaveClass('tile');
    for (const attr of ['data-self', 'data-muted', 'data-camera-off', 'data-speaking']) expect(ref.current).not.toHaveAttribute(attr);
    expect(screen.queryByRole('img', { name: /muted/ })).toBeNull();
  });
});
