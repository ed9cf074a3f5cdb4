import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SearchField } from './SearchField';

describe('SearchField', () => {
  it('is a searchbox labelled as asked, reporting each change', async () => {
    const onValueChange = jest.fn();
    render(<SearchField label="Search people" onValueChange={onValueChange} />);
    const box = screen.getByRole('searchbox', { name: 'Search people' });
    await userEvent.type(box, 'ad');
    expect(onValueChange).toHaveBeenLastCalledWith('ad');
    expect(box).toHaveValue('ad');
  });

  it('clears with the clear button (focus returns) and with Escape', async () => {
    render(<SearchField label="Search chats" defaultValue="grace" />);
    const box = screen.getByRole('searchbox', { name: 'Search chats' });
    await userEvent.click(screen.getByRole('button', { name: 'Clear search' }));
    expect(box).toHaveValue('');
    expect(box).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Clear search' })).toBeNull();
    await userEvent.type(box, 'abc{Escape}');
    expect(box).toHaveValue('');
  });
});
