import { render, screen } from '@testing-library/react';
import { EmptyState } from './EmptyState';

describe('EmptyState', () => {
  it('shows title, description and action', () => {
    render(<EmptyState title="Nothing here" description="Start a chat." action={<button type="button">Find people</button>} />);
    expect(screen.getByText('Nothing here')).toBeInTheDocument();
    expect(screen.getByText('Start a chat.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Find people' })).toBeInTheDocument();
  });

  it('has a decorative default icon that can be removed', () => {
    const { container, rerender } = render(<EmptyState title="x" />);
    expect(container.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
    rerender(<EmptyState title="x" icon={null} />);
    expect(container.querySelector('svg')).toBeNull();
  });
});
