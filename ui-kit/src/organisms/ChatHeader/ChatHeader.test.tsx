import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ChatHeader } from './ChatHeader';

describe('ChatHeader', () => {
  it('names the partner in a heading with presence', () => {
    render(<ChatHeader partner={{ name: 'Ada Lovelace', presence: 'away' }} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Ada Lovelace' })).toBeInTheDocument();
    expect(screen.getByText('Away')).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('offers a back button and an actions slot', async () => {
    const onBack = jest.fn();
    render(
      <ChatHeader
        partner={{ name: 'Ada' }}
        onBack={onBack}
        subtitle="typing…"
        headingLevel={1}
        actions={<button type="button">Call</button>}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Back to chats' }));
    expect(onBack).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Call' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Ada' })).toBeInTheDocument();
    expect(screen.getByText('typing…')).toBeInTheDocument();
  });
});
