import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { samplePeople } from '../../test/fixtures';
import { CreateGroupForm } from './CreateGroupForm';

const setup = (props: Partial<Parameters<typeof CreateGroupForm>[0]> = {}) => {
  const onCreate = jest.fn();
  render(<CreateGroupForm aria-label="New group" people={samplePeople} onCreate={onCreate} {...props} />);
  return { onCreate, search: screen.getByRole('searchbox', { name: 'Add people' }) };
};

describe('CreateGroupForm focus and keys', () => {
  it('focuses "Group name" as it appears with initialFocus, not without', () => {
    const { unmount } = render(<CreateGroupForm people={samplePeople} onCreate={jest.fn()} initialFocus />);
    expect(screen.getByRole('textbox', { name: 'Group name' })).toHaveFocus();
    unmount();
    render(<CreateGroupForm people={samplePeople} onCreate={jest.fn()} />);
    expect(screen.getByRole('textbox', { name: 'Group name' })).not.toHaveFocus();
  });

  it('says why "Create group" is disabled, in a visible hint it is described by', async () => {
    setup();
    const create = screen.getByRole('button', { name: 'Create group' });
    expect(create).toBeDisabled();
    expect(create).toHaveAccessibleDescription('Add a group name and at least one person.');
    await userEvent.type(screen.getByRole('textbox', { name: 'Group name' }), 'Lab');
    expect(create).toHaveAccessibleDescription('Add at least one person.');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Ada Lovelace' }));
    expect(create).toBeEnabled();
    expect(create).not.toHaveAccessibleDescription();
    expect(screen.queryByText('Add at least one person.')).toBeNull();
    await userEvent.clear(screen.getByRole('textbox', { name: 'Group name' }));
    expect(create).toHaveAccessibleDescription('Add a group name.');
  });

  it('adds the only match on Enter and clears the search; Enter with several matches adds nobody and does not submit', async () => {
    const { search, onCreate } = setup({ defaultName: 'Lab' });
    await userEvent.type(search, 'a{Enter}');
    expect(screen.queryByRole('list', { name: 'Added people' })).toBeNull();
    await userEvent.clear(search);
    await userEvent.type(search, 'grace{Enter}');
    expect(screen.getByRole('button', { name: 'Remove Grace Hopper' })).toBeInTheDocument();
    expect(search).toHaveValue('');
    expect(search).toHaveFocus();
    expect(onCreate).not.toHaveBeenCalled();
  });

  it('moves with the arrow keys from the search into the people and back', async () => {
    const { search } = setup();
    await userEvent.type(search, 'a');
    const boxes = screen.getAllByRole('checkbox');
    expect(boxes.length).toBeGreaterThan(1);
    await userEvent.keyboard('{ArrowDown}');
    expect(boxes[0]).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(boxes[1]).toHaveFocus();
    await userEvent.keyboard('{End}');
    expect(boxes[boxes.length - 1]).toHaveFocus();
    await userEvent.keyboard('{Home}');
    expect(boxes[0]).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}');
    expect(search).toHaveFocus();
    expect(search).toHaveValue('a');
  });
});
