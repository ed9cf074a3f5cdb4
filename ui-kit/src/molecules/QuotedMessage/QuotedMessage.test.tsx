import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QuotedMessage } from './QuotedMessage';

describe('QuotedMessage', () => {
  it('shows the author and excerpt as a plain preview without onJumpTo', () => {
    render(<QuotedMessage authorName="Ada" excerpt="See you there" />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByText('Ada')).toBeInTheDocument();
    expect(screen.getByText('See you there')).toHaveAttribute('dir', 'auto');
  });

  it('is a button named after the author that jumps to the original', async () => {
    const onJumpTo = jest.fn();
    render(<QuotedMessage authorName="Ada" excerpt="See you there" messageId={7} onJumpTo={onJumpTo} />);
    const button = screen.getByRole('button', { name: 'Go to message from Ada See you there' });
    await userEvent.click(button);
    expect(onJumpTo).toHaveBeenCalledWith(7);
    button.focus();
    await userEvent.keyboard('{Enter}');
    expect(onJumpTo).toHaveBeenCalledTimes(2);
  });

  it('says "Message deleted" instead of the excerpt of a deleted original', () => {
    const { container } = render(<QuotedMessage authorName="Ada" excerpt="secret" deleted />);
    expect(screen.getByText('Message deleted')).toBeInTheDocument();
    expect(screen.queryByText('secret')).toBeNull();
    expect(container.firstChild).toHaveAttribute('data-deleted', 'true');
  });
});
