import { render, screen } from '@testing-library/react';
import { Banner } from './Banner';

describe('Banner', () => {
  it('is a polite status by default and an alert for danger', () => {
    const { rerender } = render(
      <Banner tone="warning" busy>
        Reconnecting…
      </Banner>,
    );
    const status = screen.getByRole('status', { name: '' });
    expect(status).toHaveTextContent('Reconnecting…');
    expect(status).toHaveAttribute('data-tone', 'warning');
    expect(status).toHaveAttribute('data-busy', 'true');
    rerender(<Banner tone="danger">Offline</Banner>);
    expect(screen.getByRole('alert')).toHaveTextContent('Offline');
  });
});
