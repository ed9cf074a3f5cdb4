import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { BlockedMessage } from './BlockedMessage';

describe('BlockedMessage', () => {
  it('says the message is from a blocked person and offers Show', async () => {
    const onShow = jest.fn();
    render(<BlockedMessage onShow={onShow} />);
    expect(screen.getByText('Message from a blocked person')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Show' }));
    expect(onShow).toHaveBeenCalledTimes(1);
  });

  it('forwards ref and native attributes, and marks itself with data-kind', () => {
    const ref = createRef<HTMLDivElement>();
    render(<BlockedMessage ref={ref} data-testid="b" onShow={() => undefined} />);
    expect(ref.current).toBe(screen.getByTestId('b'));
    expect(ref.current).toHaveAttribute('data-kind', 'blocked-message');
  });
});
