import { render, screen } from '@testing-library/react';
import { Badge } from './Badge';

describe('Badge', () => {
  it('shows the count with an accessible label', () => {
    render(<Badge count={5} />);
    const badge = screen.getByRole('img', { name: '5 unread messages' });
    expect(badge).toHaveTextContent('5');
  });

  it('caps at 99+ while the label keeps the real number', () => {
    render(<Badge count={250} />);
    const badge = screen.getByRole('img', { name: '250 unread messages' });
    expect(badge).toHaveTextContent('99+');
    expect(badge).toHaveAttribute('data-capped', 'true');
  });

  it('shows exactly 99 without a plus', () => {
    render(<Badge count={99} />);
    expect(screen.getByRole('img')).toHaveTextContent(/^99$/);
  });

  it('renders nothing for zero unless asked', () => {
    const { container, rerender } = render(<Badge count={0} />);
    expect(container).toBeEmptyDOMElement();
    rerender(<Badge count={0} showZero />);
    expect(screen.getByRole('img', { name: '0 unread messages' })).toHaveTextContent('0');
  });

  it('uses a custom max and label', () => {
    render(<Badge count={12} max={9} formatLabel={(n) => `${n} new`} />);
    expect(screen.getByRole('img', { name: '12 new' })).toHaveTextContent('9+');
  });
});
