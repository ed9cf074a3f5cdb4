import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
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

  it('controlled: shows `value`, reports edits, clear and Escape, and keeps the owner’s value', async () => {
    const onValueChange = jest.fn();
    const { rerender } = render(<SearchField label="Search" value="ada" onValueChange={onValueChange} />);
    const box = screen.getByRole('searchbox', { name: 'Search' });
    await userEvent.type(box, 'm');
    expect(onValueChange).toHaveBeenLastCalledWith('adam');
    expect(box).toHaveValue('ada'); // the owner did not take it
    await userEvent.keyboard('{Escape}');
    expect(onValueChange).toHaveBeenLastCalledWith('');
    await userEvent.click(screen.getByRole('button', { name: 'Clear search' }));
    expect(onValueChange).toHaveBeenCalledTimes(3);
    rerender(<SearchField label="Search" value="" onValueChange={onValueChange} />);
    expect(box).toHaveValue('');
    // Escape on an empty box is no change: nothing to report.
    await userEvent.type(box, '{Escape}');
    expect(onValueChange).toHaveBeenCalledTimes(3);
  });

  it('uncontrolled with a default: reports every edit, clear included', async () => {
    const values: string[] = [];
    function Owner() {
      const [, setSeen] = useState('');
      return (
        <SearchField
          label="Search"
          defaultValue="x"
          onValueChange={(v) => {
            values.push(v);
            setSeen(v);
          }}
        />
      );
    }
    render(<Owner />);
    const box = screen.getByRole('searchbox', { name: 'Search' });
    await userEvent.type(box, 'y');
    await userEvent.click(screen.getByRole('button', { name: 'Clear search' }));
    expect(values).toEqual(['xy', '']);
    expect(box).toHaveValue('');
  });
});
