import { render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { SystemNotice } from './SystemNotice';

describe('SystemNotice', () => {
  it('shows the sentence and the time in a <time> element', () => {
    const { container } = render(<SystemNotice text="Ada added Grace" timestamp="2026-11-25T14:05:00Z" timeZone="UTC" locale="en-GB" />);
    expect(screen.getByText('Ada added Grace')).toBeInTheDocument();
    const time = container.querySelector('time');
    expect(time).toHaveAttribute('dateTime', '2026-11-25T14:05:00.000Z');
    expect(time).toHaveTextContent('14:05');
    expect(container.firstChild).toHaveTextContent(/^Ada added Grace14:05$/);
  });

  it('has no time without a timestamp', () => {
    const { container } = render(<SystemNotice text="Linus left" />);
    expect(container.querySelector('time')).toBeNull();
    expect(container.firstChild).toHaveTextContent(/^Linus left$/);
  });

  it('renders markup in the text literally', () => {
    const { container } = render(<SystemNotice text="Ada renamed the group to <img src=x onerror=alert(1)>" />);
    expect(screen.getByText('Ada renamed the group to <img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
  });

  it('forwards ref, className and native attributes, and marks itself with data-kind', () => {
    const ref = createRef<HTMLDivElement>();
    render(<SystemNotice ref={ref} className="notice" data-testid="n" text="You left" />);
    expect(ref.current).toBe(screen.getByTestId('n'));
    expect(ref.current).toHaveClass('notice');
    expect(ref.current).toHaveAttribute('data-kind', 'system-notice');
  });
});
