import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import type { GroupMember } from '../../types';
import { GroupMembersPanel } from './GroupMembersPanel';

const alice: GroupMember = { id: 'u:1', name: 'Alice Smith', role: 'admin', presence: 'online' };
const bob: GroupMember = { id: 'u:2', name: 'Bob Jones', role: 'member' };
const carol: GroupMember = { id: 3, name: 'Carol King', role: 'admin', presence: 'away' };
const dan: GroupMember = { id: 4, name: 'Dan Brown', role: 'member', presence: 'offline' };
const members = [alice, bob, carol, dan];

/** The list item of the member with this name (their name appears in no other row). */
const rowOf = (name: string) => {
  const rows = screen.getAllByRole('listitem').filter((li) => li.textContent?.includes(name));
  expect(rows).toHaveLength(1);
  return rows[0]!;
};
const buttonsIn = (name: string) => within(rowOf(name)).queryAllByRole('button');

describe('GroupMembersPanel', () => {
  it('is a region named after the group, with the member count, "Admin" badges and "(you)"', () => {
    render(<GroupMembersPanel groupName="Team chat" members={members} currentUserId="u:2" />);
    const region = screen.getByRole('region', { name: 'Team chat' });
    expect(within(region).getByRole('heading', { level: 2, name: 'Team chat' })).toBeInTheDocument();
    expect(within(region).getByText('4 members')).toBeInTheDocument();
    const list = within(region).getByRole('list', { name: '4 members' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(4);
    expect(within(rowOf('Alice Smith')).getByText('Admin')).toBeInTheDocument();
    expect(within(rowOf('Bob Jones')).queryByText('Admin')).toBeNull();
    expect(within(rowOf('Bob Jones')).getByText('(you)')).toBeInTheDocument();
    expect(within(rowOf('Alice Smith')).queryByText('(you)')).toBeNull();
    expect(rowOf('Bob Jones')).toHaveAttribute('data-self', 'true');
    expect(rowOf('Carol King')).toHaveAttribute('data-role', 'admin');
  });

  it('shows presence when given: a dot on the avatar and the state in text', () => {
    render(<GroupMembersPanel groupName="Team chat" members={members} currentUserId="u:2" />);
    expect(rowOf('Alice Smith')).toHaveAttribute('data-presence', 'online');
    expect(within(rowOf('Alice Smith')).getByText('Online')).toBeInTheDocument();
    expect(rowOf('Alice Smith').querySelector('[data-status="online"]')).not.toBeNull();
    expect(within(rowOf('Carol King')).getByText('Away')).toBeInTheDocument();
    expect(rowOf('Bob Jones')).not.toHaveAttribute('data-presence');
    expect(rowOf('Bob Jones').querySelector('[data-status]')).toBeNull();
  });

  it('offers a plain member no management buttons, only "Leave group"', async () => {
    const onLeave = jest.fn();
    render(
      <GroupMembersPanel
        groupName="Team chat"
        members={members}
        currentUserId="u:2"
        onRemove={() => {}}
        onPromote={() => {}}
        onDemote={() => {}}
        onLeave={onLeave}
      />,
    );
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Leave group']);
    expect(screen.getByRole('button', { name: 'Leave group' })).toHaveAttribute('data-variant', 'danger');
    await userEvent.click(screen.getByRole('button', { name: 'Leave group' }));
    // It asks first; "Stay" takes focus (the safe answer) and goes back without leaving.
    expect(onLeave).not.toHaveBeenCalled();
    const question = /^Leave .+\? You will stop getting its messages\.$/;
    expect(screen.getByRole('group', { name: question })).toBeInTheDocument();
    expect(screen.getByRole('region')).toHaveAttribute('data-state', 'confirming-leave');
    expect(screen.getByRole('button', { name: 'Stay' })).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'Stay' }));
    expect(screen.queryByRole('group', { name: question })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Leave group' })).toHaveFocus();
    expect(onLeave).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Leave group' }));
    await userEvent.click(screen.getByRole('button', { name: 'Leave' }));
    expect(onLeave).toHaveBeenCalledTimes(1);
  });

  it('gives an admin remove and role buttons on the others, none on themselves, and no "Remove" on the creator', async () => {
    const onRemove = jest.fn();
    const onPromote = jest.fn();
    const onDemote = jest.fn();
    render(
      <GroupMembersPanel
        groupName="Team chat"
        members={members}
        currentUserId="u:1"
        canManage
        creatorId={3}
        onRemove={onRemove}
        onPromote={onPromote}
        onDemote={onDemote}
      />,
    );
    // Yourself: nothing.
    expect(buttonsIn('Alice Smith')).toEqual([]);
    // A member: promote and remove.
    expect(within(rowOf('Bob Jones')).getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Make Bob Jones admin',
      'Remove Bob Jones',
    ]);
    // The creator (an admin): demote, but not remove.
    expect(within(rowOf('Carol King')).getAllByRole('button')).toHaveLength(1);
    expect(screen.queryByRole('button', { name: 'Remove Carol King' })).toBeNull();
    expect(rowOf('Carol King')).toHaveAttribute('data-creator', 'true');

    await userEvent.click(screen.getByRole('button', { name: 'Make Bob Jones admin' }));
    expect(onPromote).toHaveBeenCalledWith(bob);
    await userEvent.click(screen.getByRole('button', { name: 'Remove Carol King as admin' }));
    expect(onDemote).toHaveBeenCalledWith(carol);
    await userEvent.click(screen.getByRole('button', { name: 'Remove Dan Brown' }));
    expect(onRemove).toHaveBeenCalledWith(dan);
    expect(onRemove).toHaveBeenCalledTimes(1);
    expect(onPromote).toHaveBeenCalledTimes(1);
    expect(onDemote).toHaveBeenCalledTimes(1);
  });

  it('shows only the buttons whose handlers are given, and none without canManage', () => {
    const { rerender } = render(
      <GroupMembersPanel groupName="Team chat" members={members} currentUserId="u:1" canManage onRemove={() => {}} />,
    );
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Remove Bob Jones',
      'Remove Carol King',
      'Remove Dan Brown',
    ]);
    rerender(<GroupMembersPanel groupName="Team chat" members={members} currentUserId="u:1" canManage onPromote={() => {}} />);
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Make Bob Jones admin', 'Make Dan Brown admin']);
    rerender(
      <GroupMembersPanel groupName="Team chat" members={members} currentUserId="u:1" onRemove={() => {}} onPromote={() => {}} />,
    );
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });

  it('disables a member’s buttons while a request for them runs, and shows errors as an alert', () => {
    render(
      <GroupMembersPanel
        groupName="Team chat"
        members={members}
        currentUserId="u:1"
        canManage
        onRemove={() => {}}
        onPromote={() => {}}
        pendingIds={[4]}
        error="Could not remove Dan Brown."
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Could not remove Dan Brown.');
    expect(rowOf('Dan Brown')).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('button', { name: 'Remove Dan Brown' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Remove Bob Jones' })).toBeEnabled();
  });

  it('renders the add-members slot, a close button and a busy leave button; forwards ref and native props', async () => {
    const onClose = jest.fn();
    const ref = createRef<HTMLElement>();
    render(
      <GroupMembersPanel
        ref={ref}
        className="panel"
        groupName="Team chat"
        members={[bob]}
        currentUserId="u:2"
        headingLevel={3}
        addMembersSlot={<input aria-label="Add members" />}
        onClose={onClose}
        onLeave={() => {}}
        leaving
      />,
    );
    expect(screen.getByRole('textbox', { name: 'Add members' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Team chat' })).toBeInTheDocument();
    expect(screen.getByText('1 member')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Close members' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    // While leaving runs, the question stays with a busy "Leave" and "Stay" disabled.
    expect(screen.getByRole('button', { name: 'Leave' })).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('button', { name: 'Stay' })).toBeDisabled();
    expect(ref.current).toBe(screen.getByRole('region'));
    expect(ref.current).toHaveClass('panel');
    expect(ref.current).toHaveAttribute('data-count', '1');
  });

  it('leaves at once when confirmLeave is false', async () => {
    const onLeave = jest.fn();
    render(<GroupMembersPanel groupName="Team chat" members={[bob]} currentUserId="u:2" onLeave={onLeave} confirmLeave={false} />);
    await userEvent.click(screen.getByRole('button', { name: 'Leave group' }));
    expect(onLeave).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('button', { name: 'Stay' })).not.toBeInTheDocument();
  });
});
