import { render, screen } from '@testing-library/react';
import { Timestamp } from './Timestamp';

const now = new Date('2026-11-25T15:30:00Z');

describe('Timestamp', () => {
  it('renders a <time> with the machine-readable dateTime and a full title', () => {
    const { container } = render(<Timestamp value="2026-11-25T15:25:00Z" now={now} format="relative" locale="en" timeZone="UTC" />);
    const time = container.querySelector('time');
    expect(time).toHaveAttribute('dateTime', '2026-11-25T15:25:00.000Z');
    expect(time).toHaveTextContent('5 minutes ago');
    expect(time?.getAttribute('title')).toMatch(/Wednesday, November 25, 2026/);
  });

  it('formats relative times with Intl', () => {
    const { rerender } = render(<Timestamp value={now.getTime() - 10_000} now={now} format="relative" locale="en" />);
    expect(screen.getByText('now')).toBeInTheDocument();
    rerender(<Timestamp value={now.getTime() - 26 * 3600_000} now={now} format="relative" locale="en" />);
    expect(screen.getByText('yesterday')).toBeInTheDocument();
    rerender(<Timestamp value={now.getTime() + 2 * 3600_000} now={now} format="relative" locale="en" />);
    expect(screen.getByText('in 2 hours')).toBeInTheDocument();
  });

  it('formats absolute time, and auto picks time / weekday / date by age', () => {
    const { rerender } = render(<Timestamp value="2026-11-25T09:05:00Z" now={now} format="time" locale="en-GB" timeZone="UTC" />);
    expect(screen.getByText('9:05')).toBeInTheDocument();
    rerender(<Timestamp value="2026-11-25T09:05:00Z" now={now} format="auto" locale="en-GB" timeZone="UTC" />);
    expect(screen.getByText('9:05')).toBeInTheDocument();
    rerender(<Timestamp value="2026-11-23T09:05:00Z" now={now} format="auto" locale="en-GB" timeZone="UTC" />);
    expect(screen.getByText('Mon')).toBeInTheDocument();
    rerender(<Timestamp value="2026-10-02T09:05:00Z" now={now} format="auto" locale="en-GB" timeZone="UTC" />);
    expect(screen.getByText('2 Oct')).toBeInTheDocument();
  });

  it('writes hours and minutes as the locale does, without forcing a leading zero', () => {
    const { rerender } = render(<Timestamp value="2026-11-25T09:05:00Z" format="time" locale="en-US" timeZone="UTC" />);
    expect(screen.getByRole('time')).toHaveTextContent(/^9:05\sAM$/);
    rerender(<Timestamp value="2026-11-25T21:05:00Z" format="time" locale="en-US" timeZone="UTC" />);
    expect(screen.getByRole('time')).toHaveTextContent(/^9:05\sPM$/);
    rerender(<Timestamp value="2026-11-25T21:05:00Z" format="time" locale="en-GB" timeZone="UTC" />);
    expect(screen.getByRole('time')).toHaveTextContent(/^21:05$/);
    rerender(<Timestamp value="2026-11-25T09:05:00Z" format="time" locale="de-DE" timeZone="UTC" />);
    expect(screen.getByRole('time')).toHaveTextContent(/^9:05$/);
  });

  it('uses the browser locale when none is given', () => {
    const expected = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(
      new Date('2026-11-25T09:05:00Z'),
    );
    render(<Timestamp value="2026-11-25T09:05:00Z" format="time" timeZone="UTC" />);
    expect(screen.getByRole('time')).toHaveTextContent(expected);
    expect(expected).not.toMatch(/^0/);
  });

  it('renders nothing for an invalid date', () => {
    const { container } = render(<Timestamp value="not a date" />);
    expect(container).toBeEmptyDOMElement();
  });
});
