import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { ar } from '../../locale/catalogs/ar';
import { es } from '../../locale/catalogs/es';
import { ChatThemeProvider } from '../../theme/ChatThemeProvider';
import { CallNotice, type CallNoticeProps } from './CallNotice';

const text = (props: Pick<CallNoticeProps, 'outcome' | 'media' | 'outgoing' | 'durationMs'>) => {
  const { container, unmount } = render(<CallNotice {...props} />);
  const shown = container.querySelector('p')?.textContent;
  unmount();
  return shown;
};

describe('CallNotice', () => {
  it.each([
    [{ outcome: 'missed', media: 'video', outgoing: true }, 'Video call, no answer'],
    [{ outcome: 'missed', media: 'audio', outgoing: true }, 'Audio call, no answer'],
    [{ outcome: 'missed', media: 'video', outgoing: false }, 'Missed video call'],
    [{ outcome: 'missed', media: 'audio', outgoing: false }, 'Missed audio call'],
    [{ outcome: 'declined', media: 'video', outgoing: true }, 'Video call declined'],
    [{ outcome: 'declined', media: 'video', outgoing: false }, 'You declined a video call'],
    [{ outcome: 'declined', media: 'audio', outgoing: false }, 'You declined an audio call'],
    [{ outcome: 'ended', media: 'video', outgoing: true, durationMs: 65_400 }, 'Video call, 1:05'],
    [{ outcome: 'ended', media: 'audio', outgoing: false, durationMs: 3_725_000 }, 'Audio call, 1:02:05'],
    [{ outcome: 'ended', media: 'audio', outgoing: false }, 'Audio call'],
    // A duration only belongs to a call that connected.
    [{ outcome: 'missed', media: 'video', outgoing: false, durationMs: 5_000 }, 'Missed video call'],
  ] as const)('%o reads "%s"', (props, expected) => {
    expect(text(props)).toBe(expected);
  });

  it('marks its outcome, media and direction, and shows the time', () => {
    const { container } = render(
      <CallNotice outcome="missed" media="video" outgoing={false} timestamp="2026-11-25T14:05:00Z" timeZone="UTC" locale="en-GB" />,
    );
    const root = container.firstChild as HTMLElement;
    expect(root).toHaveAttribute('data-outcome', 'missed');
    expect(root).toHaveAttribute('data-media', 'video');
    expect(root).toHaveAttribute('data-direction', 'incoming');
    expect(container.querySelector('time')).toHaveTextContent('14:05');
  });

  it('offers "Call back" after missed and declined calls only', async () => {
    const onCallBack = jest.fn();
    const { rerender } = render(<CallNotice outcome="missed" media="audio" outgoing={false} onCallBack={onCallBack} />);
    await userEvent.click(screen.getByRole('button', { name: 'Call back' }));
    expect(onCallBack).toHaveBeenCalledTimes(1);
    rerender(<CallNotice outcome="declined" media="audio" outgoing onCallBack={onCallBack} />);
    expect(screen.getByRole('button', { name: 'Call back' })).toBeInTheDocument();
    rerender(<CallNotice outcome="ended" media="audio" outgoing onCallBack={onCallBack} durationMs={1000} />);
    expect(screen.queryByRole('button')).toBeNull();
    rerender(<CallNotice outcome="missed" media="audio" outgoing />);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('reads in Spanish', () => {
    render(
      <ChatThemeProvider locale="es" messages={es}>
        <CallNotice outcome="declined" media="video" outgoing={false} onCallBack={() => {}} />
      </ChatThemeProvider>,
    );
    expect(screen.getByText('Rechazaste una videollamada')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Devolver la llamada' })).toBeInTheDocument();
  });

  it('reads in Arabic, with the duration in Arabic digits', () => {
    render(
      <ChatThemeProvider locale="ar-EG" messages={ar}>
        <CallNotice outcome="ended" media="video" outgoing durationMs={65_000} />
      </ChatThemeProvider>,
    );
    expect(screen.getByText('مكالمة فيديو، ١:٠٥')).toBeInTheDocument();
  });

  it('forwards ref and native attributes', () => {
    const ref = createRef<HTMLDivElement>();
    render(<CallNotice ref={ref} className="n" outcome="ended" media="audio" outgoing />);
    expect(ref.current).toHaveClass('n');
    expect(ref.current).toHaveAttribute('data-kind', 'call-notice');
  });
});
