import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { ar } from '../../locale/catalogs/ar';
import { es } from '../../locale/catalogs/es';
import { ChatThemeProvider } from '../../theme/ChatThemeProvider';
import { CallControls } from './CallControls';

const names = () =>
  within(screen.getByRole('toolbar', { name: 'Call controls' }))
    .getAllByRole('button')
    .map((b) => b.textContent);

describe('CallControls', () => {
  it('shows only what the call can do', () => {
    const { rerender } = render(<CallControls onHangUp={() => {}} />);
    expect(names()).toEqual(['Mute', 'Share screen', 'Hang up']);
    rerender(<CallControls hasVideo canSwitchCamera onHangUp={() => {}} />);
    expect(names()).toEqual(['Mute', 'Turn camera off', 'Switch camera', 'Share screen', 'Hang up']);
    rerender(<CallControls canSwitchCamera canShareScreen={false} onHangUp={() => {}} />);
    expect(names()).toEqual(['Mute', 'Hang up']);
  });

  it('names each toggle by what it will do, with data-active and no aria-pressed', () => {
    render(<CallControls hasVideo muted cameraOff sharing onHangUp={() => {}} />);
    for (const name of ['Unmute', 'Turn camera on', 'Stop sharing']) {
      const button = screen.getByRole('button', { name });
      expect(button).toHaveAttribute('data-active', 'true');
      expect(button).not.toHaveAttribute('aria-pressed');
    }
    expect(screen.getByRole('button', { name: 'Hang up' })).toHaveAttribute('data-variant', 'danger');
    expect(screen.getByRole('button', { name: 'Hang up' })).not.toHaveAttribute('data-active');
  });

  it('calls each callback', async () => {
    const calls = { onToggleMute: jest.fn(), onToggleCamera: jest.fn(), onSwitchCamera: jest.fn(), onToggleShare: jest.fn(), onHangUp: jest.fn() };
    render(<CallControls hasVideo canSwitchCamera {...calls} />);
    await userEvent.click(screen.getByRole('button', { name: 'Mute' }));
    await userEvent.click(screen.getByRole('button', { name: 'Turn camera off' }));
    await userEvent.click(screen.getByRole('button', { name: 'Switch camera' }));
    await userEvent.click(screen.getByRole('button', { name: 'Share screen' }));
    await userEvent.click(screen.getByRole('button', { name: 'Hang up' }));
    for (const fn of Object.values(calls)) expect(fn).toHaveBeenCalledTimes(1);
  });

  it('moves focus with the arrow keys, wrapping, and Home/End', async () => {
    render(<CallControls hasVideo onHangUp={() => {}} />);
    screen.getByRole('button', { name: 'Mute' }).focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('button', { name: 'Turn camera off' })).toHaveFocus();
    await userEvent.keyboard('{End}');
    expect(screen.getByRole('button', { name: 'Hang up' })).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('button', { name: 'Mute' })).toHaveFocus();
    await userEvent.keyboard('{ArrowLeft}');
    expect(screen.getByRole('button', { name: 'Hang up' })).toHaveFocus();
    await userEvent.keyboard('{Home}');
    expect(screen.getByRole('button', { name: 'Mute' })).toHaveFocus();
  });

  it('flips the arrows right to left, and is localized', async () => {
    render(
      <ChatThemeProvider locale="ar" messages={ar}>
        <CallControls onHangUp={() => {}} />
      </ChatThemeProvider>,
    );
    expect(screen.getByRole('toolbar', { name: 'أدوات التحكم في المكالمة' })).toBeInTheDocument();
    screen.getByRole('button', { name: 'كتم الميكروفون' }).focus();
    await userEvent.keyboard('{ArrowLeft}');
    expect(screen.getByRole('button', { name: 'مشاركة الشاشة' })).toHaveFocus();
  });

  it('reads in Spanish', () => {
    render(
      <ChatThemeProvider locale="es" messages={es}>
        <CallControls hasVideo muted onHangUp={() => {}} />
      </ChatThemeProvider>,
    );
    expect(screen.getByRole('button', { name: 'Activar micrófono' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Desactivar cámara' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Colgar' })).toBeInTheDocument();
  });

  it('forwards ref and lets its own onKeyDown cancel the arrows', async () => {
    const ref = createRef<HTMLDivElement>();
    render(<CallControls ref={ref} className="bar" onKeyDown={(e) => e.preventDefault()} onHangUp={() => {}} />);
    expect(ref.current).toHaveClass('bar');
    screen.getByRole('button', { name: 'Mute' }).focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('button', { name: 'Mute' })).toHaveFocus();
  });
});
