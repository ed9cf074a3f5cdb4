import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { ar } from '../../locale/catalogs/ar';
import { es } from '../../locale/catalogs/es';
import { ChatThemeProvider } from '../../theme/ChatThemeProvider';
import { CallView, type CallViewProps } from './CallView';
import type { CallParticipant } from './types';

const you: CallParticipant = { id: 'me', name: 'You', self: true };
const ada: CallParticipant = { id: 1, name: 'Ada' };
const grace: CallParticipant = { id: 2, name: 'Grace' };
const linus: CallParticipant = { id: 3, name: 'Linus' };

const view = (props: Partial<CallViewProps> = {}) => (
  <CallView title="Ada" media="video" state="connected" participants={[you, ada]} onHangUp={() => {}} {...props} />
);

describe('CallView', () => {
  it('is a region named by its title, with the state in a status', () => {
    render(view({ state: 'ringing' }));
    const region = screen.getByRole('region', { name: 'Ada' });
    expect(region).toHaveAttribute('data-state', 'ringing');
    expect(screen.getByRole('status')).toHaveTextContent(/^Ringing…$/);
  });

  it.each([
    ['connecting', 'Connecting…'],
    ['connected', 'Connected'],
    ['reconnecting', 'Reconnecting…'],
    ['ended', 'Call ended'],
  ] as const)('shows %s as "%s"', (state, text) => {
    render(view({ state }));
    expect(screen.getByRole('status')).toHaveTextContent(new RegExp(`^${text}$`));
  });

  it('lays out one other person as picture in picture, several as a grid, you alone as solo', () => {
    const { rerender } = render(view());
    const region = screen.getByRole('region', { name: 'Ada' });
    expect(region).toHaveAttribute('data-layout', 'pip');
    const [main, corner] = screen.getAllByRole('group');
    expect(main).toHaveAccessibleName('Ada');
    expect(corner).toHaveAccessibleName('You');
    rerender(view({ participants: [you, ada, grace, linus] }));
    expect(region).toHaveAttribute('data-layout', 'grid');
    expect(screen.getAllByRole('group')).toHaveLength(4);
    rerender(view({ participants: [you] }));
    expect(region).toHaveAttribute('data-layout', 'solo');
  });

  it('ticks the timer each second, outside the status region', () => {
    jest.useFakeTimers();
    try {
      render(view({ startedAt: Date.now() - 65_000 }));
      const timer = screen.getByRole('timer', { name: 'Call duration' });
      expect(timer).toHaveTextContent('1:05');
      act(() => jest.advanceTimersByTime(1000));
      expect(timer).toHaveTextContent('1:06');
      act(() => jest.advanceTimersByTime(54_000));
      expect(timer).toHaveTextContent('2:00');
      expect(screen.getByRole('status')).not.toContainElement(timer);
    } finally {
      jest.useRealTimers();
    }
  });

  it('has no timer until startedAt is given', () => {
    render(view({ state: 'connecting' }));
    expect(screen.queryByRole('timer')).toBeNull();
  });

  it('shows the notice in an alert', () => {
    render(view({ notice: 'Camera or microphone blocked — you can still listen' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Camera or microphone blocked — you can still listen');
  });

  it('passes the controls through, and your tile follows them', async () => {
    const onToggleMute = jest.fn();
    const onHangUp = jest.fn();
    render(view({ muted: true, cameraOff: true, onToggleMute, onHangUp }));
    const toolbar = screen.getByRole('toolbar', { name: 'Call controls' });
    await userEvent.click(within(toolbar).getByRole('button', { name: 'Unmute' }));
    await userEvent.click(within(toolbar).getByRole('button', { name: 'Hang up' }));
    expect(onToggleMute).toHaveBeenCalledTimes(1);
    expect(onHangUp).toHaveBeenCalledTimes(1);
    expect(within(toolbar).getByRole('button', { name: 'Turn camera on' })).toBeInTheDocument();
    const yours = screen.getByRole('group', { name: 'You' });
    expect(yours).toHaveAttribute('data-muted', 'true');
    expect(yours).toHaveAttribute('data-camera-off', 'true');
  });

  it('shows avatars and no camera button in an audio call', () => {
    const stream = {} as MediaStream;
    const { container } = render(view({ media: 'audio', participants: [you, { ...ada, stream }] }));
    expect(screen.queryByRole('button', { name: 'Turn camera off' })).toBeNull();
    expect(screen.getByRole('group', { name: 'Ada' })).toHaveAttribute('data-camera-off', 'true');
    // The voice still plays through the hidden video.
    expect(container.querySelector('video')?.srcObject).toBe(stream);
  });

  it('does not mirror your tile while you share your screen', () => {
    const { container } = render(view({ sharing: true, participants: [{ ...you, stream: {} as MediaStream }, ada] }));
    expect(container.querySelector('video')).not.toHaveAttribute('data-mirrored');
  });

  it('is localized', () => {
    const { rerender } = render(
      <ChatThemeProvider locale="es" messages={es}>
        {view({ state: 'ended' })}
      </ChatThemeProvider>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Llamada finalizada');
    rerender(
      <ChatThemeProvider locale="ar-EG" messages={ar}>
        {view({ startedAt: Date.now() - 5_000 })}
      </ChatThemeProvider>,
    );
    expect(screen.getByRole('timer', { name: 'مدة المكالمة' })).toHaveTextContent('٠:٠٥');
  });

  it('forwards ref and native attributes', () => {
    const ref = createRef<HTMLElement>();
    render(<CallView ref={ref} className="call" title="Ada" media="audio" state="connected" participants={[you]} onHangUp={() => {}} />);
    expect(ref.current).toHaveClass('call');
    expect(ref.current?.tagName).toBe('SECTION');
  });
});
