import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import type { ChatUser, UserId } from '../../types';
import { CreateGroupForm } from './CreateGroupForm';

const alice: ChatUser = { id: 'u:1', name: 'Alice Smith', presence: 'online' };
const bob: ChatUser = { id: 'u:2', name: 'Bob Jones' };
const carol: ChatUser = { id: 3, name: 'Carol King' };
const people = [alice, bob, carol];

const nameField = () => screen.getByRole('textbox', { name: 'Group name' });
const search = () => screen.getByRole('searchbox', { name: 'Add people' });
const createButton = () => screen.getByRole('button', { name: 'Create group' });
const checkbox = (name: string) => screen.getByRole('checkbox', { name });
const chips = () => screen.queryByRole('list', { name: 'Added people' });

describe('CreateGroupForm', () => {
  it('creates a group with the trimmed name and the chosen ids, in the order chosen', async () => {
    const onCreate = jest.fn();
    const { container } = render(<CreateGroupForm people={people} onCreate={onCreate} />);
    const form = container.querySelector('form')!;
    expect(form).toHaveAttribute('data-state', 'empty');
    expect(createButton()).toBeDisabled();

    await userEvent.type(nameField(), '  Team chat  ');
    expect(form).toHaveAttribute('data-state', 'incomplete');
    expect(createButton()).toBeDisabled(); // a name but nobody chosen

    await userEvent.click(checkbox('Carol King'));
    await userEvent.click(checkbox('Alice Smith'));
    expect(checkbox('Carol King')).toBeChecked();
    expect(checkbox('Bob Jones')).not.toBeChecked();
    expect(form).toHaveAttribute('data-state', 'ready');
    expect(form).toHaveAttribute('data-selected-count', '2');
    expect(screen.getByText('2 people added')).toBeInTheDocument();
    expect(createButton()).toBeEnabled();

    await userEvent.click(createButton());
    expect(onCreate).toHaveBeenCalledTimes(1);
    expect(onCreate).toHaveBeenCalledWith({ name: 'Team chat', memberIds: [3, 'u:1'] });
  });

  it('keeps "Create group" disabled for a blank name, even with people chosen; Enter in the name submits once ready', async () => {
    const onCreate = jest.fn();
    render(<CreateGroupForm people={people} onCreate={onCreate} />);
    await userEvent.click(checkbox('Bob Jones'));
    await userEvent.type(nameField(), '   {Enter}');
    expect(createButton()).toBeDisabled();
    expect(onCreate).not.toHaveBeenCalled();
    await userEvent.type(nameField(), 'Lab{Enter}');
    expect(onCreate).toHaveBeenCalledWith({ name: 'Lab', memberIds: ['u:2'] });
  });

  it('limits the name to 64 characters', async () => {
    render(<CreateGroupForm people={people} onCreate={() => {}} />);
    expect(nameField()).toHaveAttribute('maxLength', '64');
    expect(nameField()).toBeRequired();
    await userEvent.type(nameField(), 'x'.repeat(70));
    expect(nameField()).toHaveValue('x'.repeat(64));
  });

  it('shows the chosen people as chips that remove them', async () => {
    const onSelectedIdsChange = jest.fn();
    render(<CreateGroupForm people={people} onCreate={() => {}} onSelectedIdsChange={onSelectedIdsChange} />);
    expect(chips()).toBeNull();
    expect(screen.getByText('No one added yet')).toBeInTheDocument();
    await userEvent.click(checkbox('Alice Smith'));
    await userEvent.click(checkbox('Bob Jones'));
    expect(onSelectedIdsChange).toHaveBeenLastCalledWith(['u:1', 'u:2']);
    const list = chips()!;
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    expect(
      within(list)
        .getAllByRole('button')
        .map((b) => b.getAttribute('aria-label')),
    ).toEqual(['Remove Alice Smith', 'Remove Bob Jones']);

    await userEvent.click(within(list).getByRole('button', { name: 'Remove Alice Smith' }));
    expect(onSelectedIdsChange).toHaveBeenLastCalledWith(['u:2']);
    expect(checkbox('Alice Smith')).not.toBeChecked();
    expect(screen.queryByRole('button', { name: 'Remove Alice Smith' })).toBeNull();
    expect(search()).toHaveFocus(); // focus goes somewhere useful, not to the body
    // Unchecking removes the chip too.
    await userEvent.click(checkbox('Bob Jones'));
    expect(onSelectedIdsChange).toHaveBeenLastCalledWith([]);
    expect(chips()).toBeNull();
  });

  it('filters people locally by name when the app does not search', async () => {
    render(<CreateGroupForm people={people} onCreate={() => {}} />);
    await userEvent.type(search(), 'KING');
    expect(screen.getAllByRole('checkbox')).toHaveLength(1);
    expect(screen.getByRole('checkbox')).toHaveAccessibleName('Carol King');
    await userEvent.clear(search());
    await userEvent.type(search(), 'zed');
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
    expect(screen.getByRole('status')).toHaveTextContent('No people found.');
  });

  it('Enter in the search field does not submit the form', async () => {
    const onCreate = jest.fn();
    render(<CreateGroupForm people={people} onCreate={onCreate} defaultName="Lab" defaultSelectedIds={['u:1']} />);
    await userEvent.type(search(), 'bob{Enter}');
    expect(onCreate).not.toHaveBeenCalled();
  });

  it('hands the search to the app (onSearchChange) and keeps chosen people as chips when results no longer list them', async () => {
    const onSearchChange = jest.fn();
    const onCreate = jest.fn();
    function ServerSearch() {
      const [query, setQuery] = useState('');
      const results = query ? people.filter((p) => p.name.startsWith(query)) : people;
      return (
        <CreateGroupForm
          people={results}
          searchValue={query}
          onSearchChange={(value) => {
            onSearchChange(value);
            setQuery(value);
          }}
          onCreate={onCreate}
        />
      );
    }
    render(<ServerSearch />);
    await userEvent.click(checkbox('Alice Smith'));
    await userEvent.type(search(), 'Bo');
    expect(onSearchChange).toHaveBeenLastCalledWith('Bo');
    expect(screen.getAllByRole('checkbox')).toHaveLength(1);
    expect(screen.queryByRole('checkbox', { name: 'Alice Smith' })).toBeNull();
    // Alice is no longer in the results but is still chosen, with her name.
    expect(within(chips()!).getByText('Alice Smith')).toBeInTheDocument();
    await userEvent.click(checkbox('Bob Jones'));
    await userEvent.type(nameField(), 'Pair');
    await userEvent.click(createButton());
    expect(onCreate).toHaveBeenCalledWith({ name: 'Pair', memberIds: ['u:1', 'u:2'] });
  });

  it('shows the app’s list as given when it searches, without filtering it again', () => {
    render(<CreateGroupForm people={people} searchValue="zzz" onSearchChange={() => {}} onCreate={() => {}} searching />);
    expect(screen.getAllByRole('checkbox')).toHaveLength(3);
    expect(screen.getByRole('list', { name: 'People' })).toHaveAttribute('aria-busy', 'true');
  });

  it('can be controlled: shows selectedIds and reports changes without changing by itself', async () => {
    const onSelectedIdsChange = jest.fn();
    const { rerender } = render(
      <CreateGroupForm people={people} selectedIds={['u:2']} onSelectedIdsChange={onSelectedIdsChange} onCreate={() => {}} />,
    );
    expect(checkbox('Bob Jones')).toBeChecked();
    await userEvent.click(checkbox('Carol King'));
    expect(onSelectedIdsChange).toHaveBeenLastCalledWith(['u:2', 3]);
    expect(checkbox('Carol King')).not.toBeChecked(); // the parent did not accept it
    // Bob stays a chip with his name after the app drops him from `people`.
    rerender(<CreateGroupForm people={[carol]} selectedIds={['u:2']} onSelectedIdsChange={onSelectedIdsChange} onCreate={() => {}} />);
    expect(within(chips()!).getByRole('button', { name: 'Remove Bob Jones' })).toBeInTheDocument();
  });

  it('stops adding people at maxMembers', async () => {
    render(<CreateGroupForm people={people} onCreate={() => {}} maxMembers={2} />);
    expect(screen.getByText('0 of 2 added')).toBeInTheDocument();
    await userEvent.click(checkbox('Alice Smith'));
    await userEvent.click(checkbox('Bob Jones'));
    expect(screen.getByText('2 of 2 added')).toBeInTheDocument();
    expect(checkbox('Carol King')).toBeDisabled();
    expect(checkbox('Alice Smith')).toBeEnabled(); // chosen ones can still be removed
    await userEvent.click(checkbox('Alice Smith'));
    expect(checkbox('Carol King')).toBeEnabled();
  });

  it('shows the server error as an alert, and blocks a second submit while submitting', async () => {
    const onCreate = jest.fn();
    const props = { people, onCreate, defaultName: 'Lab', defaultSelectedIds: ['u:1'] as UserId[] };
    const { container, rerender } = render(<CreateGroupForm {...props} error="Name already used." />);
    const form = container.querySelector('form')!;
    expect(screen.getByRole('alert')).toHaveTextContent('Name already used.');
    expect(form).toHaveAttribute('data-error', 'true');
    rerender(<CreateGroupForm {...props} submitting error={null} />);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(form).toHaveAttribute('data-submitting', 'true');
    expect(form).toHaveAttribute('aria-busy', 'true');
    expect(createButton()).toHaveAttribute('aria-busy', 'true');
    await userEvent.click(createButton());
    expect(onCreate).not.toHaveBeenCalled();
  });

  it('says how to find people while nothing is typed, if told (else "No people to add.")', () => {
    const { rerender } = render(<CreateGroupForm people={[]} onCreate={() => {}} />);
    expect(screen.getByRole('status')).toHaveTextContent('No people to add.');
    rerender(<CreateGroupForm people={[]} onCreate={() => {}} idleText="Type a name to find people to add." />);
    expect(screen.getByRole('status')).toHaveTextContent('Type a name to find people to add.');
  });

  it('offers Cancel only with onCancel, and forwards ref and native form props', async () => {
    const onCancel = jest.fn();
    const ref = createRef<HTMLFormElement>();
    const { rerender } = render(<CreateGroupForm ref={ref} people={people} onCreate={() => {}} aria-label="New group" className="x" />);
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
    expect(screen.getByRole('form', { name: 'New group' })).toBe(ref.current);
    expect(ref.current).toHaveClass('x');
    rerender(<CreateGroupForm ref={ref} people={people} onCreate={() => {}} onCancel={onCancel} />);
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  it('keeps its own search text while reporting it to onSearchChange, and starts from defaultSelectedIds', async () => {
    const onSearchChange = jest.fn();
    const onSelectedIdsChange = jest.fn();
    render(
      <CreateGroupForm
        people={people}
        defaultSelectedIds={['u:2']}
        onSelectedIdsChange={onSelectedIdsChange}
        onSearchChange={onSearchChange}
        onCreate={() => {}}
      />,
    );
    await userEvent.type(search(), 'Al');
    expect(onSearchChange.mock.calls).toEqual([['A'], ['Al']]);
    expect(search()).toHaveValue('Al');
    expect(screen.getAllByRole('checkbox')).toHaveLength(3); // the app searches: the list is shown as given
    expect(checkbox('Bob Jones')).toBeChecked();
    await userEvent.click(checkbox('Alice Smith'));
    expect(onSelectedIdsChange).toHaveBeenLastCalledWith(['u:2', 'u:1']);
    await userEvent.click(within(chips()!).getByRole('button', { name: 'Remove Bob Jones' }));
    expect(onSelectedIdsChange).toHaveBeenLastCalledWith(['u:1']);
    expect(onSelectedIdsChange).toHaveBeenCalledTimes(2);
  });
});
