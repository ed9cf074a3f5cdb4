import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { es } from '../../locale/catalogs/es';
import { ChatThemeProvider } from '../../theme/ChatThemeProvider';
import { CallButton } from './CallButton';

describe('CallButton', () => {
  it('is named by its media and calls onClick from the keyboard', async () => {
    const onClick = jest.fn();
    render(
      <>
        <CallButton media="audio" onClick={onClick} />
        <CallButton media="video" />
      </>,
    );
    expect(screen.getByRole('button', { name: 'Start video call' })).toHaveAttribute('data-media', 'video');
    const audio = screen.getByRole('button', { name: 'Start audio call' });
    audio.focus();
    await userEvent.keyboard('{Enter}');
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('takes its name from the locale catalog', () => {
    render(
      <ChatThemeProvider locale="es" messages={es}>
        <CallButton media="video" />
      </ChatThemeProvider>,
    );
    expect(screen.getByRole('button', { name: 'Iniciar videollamada' })).toBeInTheDocument();
  });

  it('forwards ref and native attributes', () => {
    const ref = createRef<HTMLButtonElement>();
    render(<CallButton ref={ref} media="audio" disabled className="c" />);
    expect(ref.current).toBeDisabled();
    expect(ref.current).toHaveClass('c');
  });
});
