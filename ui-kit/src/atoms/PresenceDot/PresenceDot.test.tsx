import { render, screen } from '@testing-library/react';
import { PresenceDot } from './PresenceDot';

describe('PresenceDot', () => {
  it('announces the status and exposes it as data-status', () => {
    render(<PresenceDot status="away" />);
    expect(screen.getByRole('img', { name: 'Away' })).toHaveAttribute('data-status', 'away');
  });

  it('accepts a custom label or none', () => {
    const { container, rerender } = render(<PresenceDot status="online" label="Available" />);
    expect(screen.getByRole('img', { name: 'Available' })).toBeInTheDocument();
    rerender(<PresenceDot status="online" label={null} />);
    expect(screen.queryByRole('img')).toBeNull();
    expect(container.firstChild).toHaveAttribute('aria-hidden', 'true');
  });
});
