import { render, screen } from '@testing-library/react';
import { DateSeparator } from './DateSeparator';

const now = '2026-11-25T15:00:00Z';

describe('DateSeparator', () => {
  it('says Today / Yesterday / the date, in a <time> element', () => {
    const { rerender, container } = render(<DateSeparator date="2026-11-25T08:00:00Z" now={now} timeZone="UTC" locale="en-GB" />);
    expect(screen.getByText('Today')).toBeInTheDocument();
    expect(container.querySelector('time')).toHaveAttribute('dateTime', '2026-11-25');
    rerender(<DateSeparator date="2026-11-24T08:00:00Z" now={now} timeZone="UTC" locale="en-GB" />);
    expect(screen.getByText('Yesterday')).toBeInTheDocument();
    rerender(<DateSeparator date="2026-11-02T08:00:00Z" now={now} timeZone="UTC" locale="en-GB" />);
    expect(screen.getByText('Monday 2 November')).toBeInTheDocument();
    rerender(<DateSeparator date="2025-03-14T08:00:00Z" now={now} timeZone="UTC" locale="en-GB" />);
    expect(screen.getByText('Friday, 14 March 2025')).toBeInTheDocument();
  });
});
