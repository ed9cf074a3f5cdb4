import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ReactionPicker } from './ReactionPicker';

describe('ReactionPicker "More emoji"', () => {
  it('offers "More emoji" after the frequent set, one Tab away, not as one of its items', async () => {
    render(<ReactionPicker onPick={() => {}} />);
    await userEvent.click(screen.getByRole('button', { name: 'Add reaction' }));
    await userEvent.tab();
    const more = screen.getByRole('button', { name: 'More emoji' });
    expect(more).toHaveFocus();
    expect(more).toHaveAttribute('aria-haspopup', 'dialog');
    expect(screen.getByRole('menu').contains(more)).toBe(false);
  });

  it('loads the full picker when pressed, with a loading state, and picks through onPick', async () => {
    const onPick = jest.fn();
    render(<ReactionPicker onPick={onPick} />);
    await userEvent.click(screen.getByRole('button', { name: 'Add reaction' }));
    await userEvent.click(screen.getByRole('button', { name: 'More emoji' }));
    expect(screen.queryByRole('menu')).toBeNull();
    const search = await screen.findByRole('searchbox', { name: 'Search emoji' });
    expect(screen.getByRole('dialog', { name: 'Emoji' })).not.toHaveAttribute('aria-busy');
    expect(search).toHaveFocus();
    await userEvent.type(search, 'thumbs up{Enter}');
    expect(onPick).toHaveBeenCalledWith('👍');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Add reaction' })).toHaveFocus();
  });

  it('closes the full picker on Escape, focus back on "Add reaction"', async () => {
    render(<ReactionPicker onPick={() => {}} defaultFull />);
    await screen.findByRole('searchbox', { name: 'Search emoji' });
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Add reaction' })).toHaveFocus();
  });

  it('can leave "More emoji" out', async () => {
    render(<ReactionPicker onPick={() => {}} moreEmoji={false} />);
    await userEvent.click(screen.getByRole('button', { name: 'Add reaction' }));
    expect(screen.queryByRole('button', { name: 'More emoji' })).toBeNull();
  });
});
