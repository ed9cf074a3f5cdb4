import { render, screen } from '@testing-library/react';
import { Spinner } from './Spinner';

describe('Spinner', () => {
  it('is a status with a hidden text label', () => {
    render(<Spinner label="Loading messages" />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading messages');
  });

  it('is silent when the label is null', () => {
    const { container } = render(<Spinner label={null} />);
    expect(screen.queryByRole('status')).toBeNull();
    expect(container.firstChild).toHaveAttribute('aria-hidden', 'true');
  });
});
