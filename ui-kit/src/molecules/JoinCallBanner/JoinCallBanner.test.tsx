import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { ar } from '../../locale/catalogs/ar';
import { es } from '../../locale/catalogs/es';
import { ChatThemeProvider } from '../../theme/ChatThemeProvider';
import { JoinCallBanner } from './JoinCallBanner';

const people = ['Ada', 'Grace', 'Linus', 'Alan', 'Hedy'].map((name) => ({ name }));

describe('JoinCallBanner', () => {
  it('is a region named "Call in progress" with the count, pluralized', () => {
    const { rerender } = render(<JoinCallBanner media="video" participants={people.slice(0, 1)} onJoin={() => {}} />);
    expect(screen.getByRole('region', { name: 'Call in progress' })).toHaveAttribute('data-media', 'video');
    expect(screen.getByText('1 person in call')).toBeInTheDocument();
    rerender(<JoinCallBanner media="video" participants={people.slice(0, 1)} count={3} onJoin={() => {}} />);
    expect(screen.getByText('3 people in call')).toBeInTheDocument();
  });

  it('shows three faces, then "+N"', () => {
    render(<JoinCallBanner media="audio" participants={people} onJoin={() => {}} />);
    expect(screen.getAllByRole('img').map((img) => img.getAttribute('aria-label'))).toEqual(['Ada', 'Grace', 'Linus', 'and 2 more']);
    expect(screen.getByRole('img', { name: 'and 2 more' })).toHaveTextContent(/^\+2$/);
    expect(screen.getByText('5 people in call')).toBeInTheDocument();
  });

  it('has no "+N" with three or fewer, and no faces with none', () => {
    const { rerender } = render(<JoinCallBanner media="audio" participants={people.slice(0, 3)} onJoin={() => {}} />);
    expect(screen.getAllByRole('img')).toHaveLength(3);
    expect(screen.queryByText(/^\+/)).toBeNull();
    rerender(<JoinCallBanner media="audio" count={4} onJoin={() => {}} />);
    expect(screen.queryAllByRole('img')).toHaveLength(0);
    expect(screen.getByText('4 people in call')).toBeInTheDocument();
  });

  it('calls onJoin, and onDismiss only when given', async () => {
    const onJoin = jest.fn();
    const onDismiss = jest.fn();
    const { rerender } = render(<JoinCallBanner media="audio" count={2} onJoin={onJoin} />);
    expect(screen.queryByRole('button', { name: 'Dismiss' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Join call' }));
    expect(onJoin).toHaveBeenCalledTimes(1);
    rerender(<JoinCallBanner media="audio" count={2} onJoin={onJoin} onDismiss={onDismiss} />);
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });

  it('uses the locale plural forms', () => {
    const { rerender } = render(
      <ChatThemeProvider locale="es" messages={es}>
        <JoinCallBanner media="audio" count={1} onJoin={() => {}} />
      </ChatThemeProvider>,
    );
    expect(screen.getByRole('region', { name: 'Llamada en curso' })).toBeInTheDocument();
    expect(screen.getByText('1 persona en la llamada')).toBeInTheDocument();
    rerender(
      <ChatThemeProvider locale="ar" messages={ar}>
        <JoinCallBanner media="audio" count={2} onJoin={() => {}} />
      </ChatThemeProvider>,
    );
    expect(screen.getByText('شخصان في المكالمة')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'الانضمام إلى المكالمة' })).toBeInTheDocument();
  });

  it('forwards ref and native attributes', () => {
    const ref = createRef<HTMLElement>();
    render(<JoinCallBanner ref={ref} className="b" media="audio" count={1} onJoin={() => {}} />);
    expect(ref.current).toHaveClass('b');
  });
});
