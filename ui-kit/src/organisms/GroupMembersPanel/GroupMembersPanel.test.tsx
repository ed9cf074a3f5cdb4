import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import type { GroupMember } from '../../types';
import { GroupMembersPanel, type GroupMembersPanelProps } from './GroupMembersPanel';

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

  it('shows "@username" beside a display name, and nothing extra when the name is the username', () => {
    const twins: GroupMember[] = [
      { id: 1, name: 'Sam', username: 'sam_k', role: 'member' },
      { id: 2, name: 'Sam', username: 'sam_r', role: 'member' },
      { id: 3, name: 'erin', username: 'erin', role: 'member' },
    ];
    render(<GroupMembersPanel groupName="Team chat" members={twins} currentUserId={3} />);
    const rows = screen.getAllByRole('listitem');
    expect(within(rows[0]!).getByText('@sam_k')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('@sam_r')).toBeInTheDocument();
    expect(within(rows[2]!).queryByText('@erin')).toBeNull();
  });

  it('names an alike member with their @username in the admin buttons', () => {
    const twins: GroupMember[] = [
      { id: 1, name: 'Sam', username: 'sam_k', role: 'member' },
      { id: 2, name: 'Sam', username: 'sam_r', role: 'member' },
    ];
    render(<GroupMembersPanel groupName="Team chat" members={twins} currentUserId={3} canManage onRemove={() => {}} onPromote={() => {}} />);
    expect(screen.getByRole('button', { name: 'Remove Sam (@sam_k)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Make Sam (@sam_r) admin' })).toBeInTheDocument();
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
    expect(
      within(rowOf('Bob Jones'))
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Make Bob Jones admin', 'Remove Bob Jones']);
    // The creator (an admin): demote, but not remove.
    expect(within(rowOf('Carol King')).getAllByRole('button')).toHaveLength(1);
    expect(screen.queryByRole('button', { name: 'Remove Carol King' })).toBeNull();
    expect(rowOf('Carol King')).toHaveAttribute('data-creator', 'true');

    await userEvent.click(screen.getByRole('button', { name: 'Make Bob Jones admin' }));
    expect(onPromote).toHaveBeenCalledWith(bob);
    await userEvent.click(screen.getByRole('button', { name: 'Remove Carol King as admin' }));
    expect(onDemote).toHaveBeenCalledWith(carol);
    // Removing asks first (see GroupMembersPanelFocus.test.tsx for the answers and focus).
    await userEvent.click(screen.getByRole('button', { name: 'Remove Dan Brown' }));
    expect(onRemove).not.toHaveBeenCalled();
    await userEvent.click(within(screen.getByRole('group', { name: 'Remove Dan Brown?' })).getByRole('button', { name: 'Remove' }));
    expect(onRemove).toHaveBeenCalledWith(dan);
    expect(onRemove).toHaveBeenCalledTimes(1);
    expect(onPromote).toHaveBeenCalledTimes(1);
    expect(onDemote).toHaveBeenCalledTimes(1);
  });

  it('shows only the buttons whose handlers are given, and none without canManage', () => {
    const { rerender } = render(<GroupMembersPanel groupName="Team chat" members={members} currentUserId="u:1" canManage onRemove={() => {}} />);
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Remove Bob Jones', 'Remove Carol King', 'Remove Dan Brown']);
    rerender(<GroupMembersPanel groupName="Team chat" members={members} currentUserId="u:1" canManage onPromote={() => {}} />);
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Make Bob Jones admin', 'Make Dan Brown admin']);
    rerender(<GroupMembersPanel groupName="Team chat" members={members} currentUserId="u:1" onRemove={() => {}} onPromote={() => {}} />);
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

  describe('renaming', () => {
    const renderRename = (props: Partial<GroupMembersPanelProps> = {}) => {
      const onRename = jest.fn();
      const utils = render(
        <GroupMembersPanel groupName="Team chat" members={members} currentUserId="u:1" canManage onRename={onRename} {...props} />,
      );
      return { onRename, ...utils };
    };
    const open = () => userEvent.click(screen.getByRole('button', { name: 'Rename group' }));
    const field = () => screen.getByRole('textbox', { name: 'Group name' });
    const save = () => screen.getByRole('button', { name: 'Save' });

    it('offers "Rename group" only when onRename is given', () => {
      const { rerender } = render(<GroupMembersPanel groupName="Team chat" members={members} currentUserId="u:1" canManage />);
      expect(screen.queryByRole('button', { name: 'Rename group' })).toBeNull();
      rerender(<GroupMembersPanel groupName="Team chat" members={members} currentUserId="u:1" canManage onRename={() => {}} />);
      expect(screen.getByRole('button', { name: 'Rename group' })).toBeInTheDocument();
      expect(screen.getByRole('region')).not.toHaveAttribute('data-state');
    });

    it('opens an inline form in place of the heading, prefilled with the name, focused and selected', async () => {
      renderRename();
      await open();
      const region = screen.getByRole('region', { name: 'Team chat' });
      expect(region).toHaveAttribute('data-state', 'renaming');
      expect(screen.getByRole('form', { name: 'Rename group' })).toBeInTheDocument();
      const input = field() as HTMLInputElement;
      expect(input).toHaveValue('Team chat');
      expect(input).toHaveFocus();
      expect([input.selectionStart, input.selectionEnd]).toEqual([0, 'Team chat'.length]);
      // The heading is hidden from view but keeps naming the panel; "Rename group" is gone meanwhile.
      expect(screen.getByRole('heading', { level: 2, name: 'Team chat' })).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Rename group' })).toBeNull();
      expect(screen.getByRole('button', { name: 'Cancel' })).toBeEnabled();
    });

    it('saves the trimmed name with Save', async () => {
      const { onRename } = renderRename();
      await open();
      await userEvent.clear(field());
      await userEvent.type(field(), '  Team plans  ');
      expect(save()).toBeEnabled();
      await userEvent.click(save());
      expect(onRename).toHaveBeenCalledTimes(1);
      expect(onRename).toHaveBeenCalledWith('Team plans');
    });

    it('submits with Enter', async () => {
      const { onRename } = renderRename();
      await open();
      // The name is selected, so typing replaces it.
      await userEvent.keyboard('Team plans{Enter}');
      expect(onRename).toHaveBeenCalledWith('Team plans');
    });

    it('disables Save for a blank, too long or unchanged name, and Enter does nothing then', async () => {
      const { onRename } = renderRename();
      await open();
      // Unchanged (also after trimming).
      expect(save()).toBeDisabled();
      await userEvent.type(field(), '   ');
      expect(save()).toBeDisabled();
      // Blank.
      await userEvent.clear(field());
      await userEvent.type(field(), '   ');
      expect(save()).toBeDisabled();
      await userEvent.keyboard('{Enter}');
      // Too long: 65 characters, with the reason shown.
      await userEvent.clear(field());
      await userEvent.type(field(), 'x'.repeat(65));
      expect(save()).toBeDisabled();
      expect(field()).toHaveAttribute('aria-invalid', 'true');
      expect(field()).toHaveAccessibleDescription('At most 64 characters.');
      await userEvent.keyboard('{Enter}');
      expect(onRename).not.toHaveBeenCalled();
      // 64 is fine.
      await userEvent.keyboard('{Backspace}');
      expect(save()).toBeEnabled();
      expect(field()).not.toHaveAttribute('aria-invalid');
      await userEvent.keyboard('{Enter}');
      expect(onRename).toHaveBeenCalledWith('x'.repeat(64));
    });

    it('closes with Escape or Cancel without saving, focus back on "Rename group"', async () => {
      const { onRename } = renderRename();
      await open();
      await userEvent.keyboard('Other name{Escape}');
      expect(screen.queryByRole('textbox', { name: 'Group name' })).toBeNull();
      expect(screen.getByRole('heading', { level: 2, name: 'Team chat' })).toBeVisible();
      expect(screen.getByRole('button', { name: 'Rename group' })).toHaveFocus();
      expect(screen.getByRole('region')).not.toHaveAttribute('data-state');

      // Opening again starts from the current name, not the abandoned draft.
      await open();
      expect(field()).toHaveValue('Team chat');
      await userEvent.type(field(), 'Other name');
      await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
      expect(screen.queryByRole('form', { name: 'Rename group' })).toBeNull();
      expect(screen.getByRole('button', { name: 'Rename group' })).toHaveFocus();
      expect(onRename).not.toHaveBeenCalled();
    });

    it('stays open and busy while renaming runs, then closes when the new name arrives', async () => {
      const { onRename, rerender } = renderRename();
      const props = { groupName: 'Team chat', members, currentUserId: 'u:1', canManage: true, onRename };
      await open();
      await userEvent.keyboard('Team plans{Enter}');
      rerender(<GroupMembersPanel {...props} renaming />);
      expect(screen.getByRole('region')).toHaveAttribute('data-state', 'renaming');
      expect(screen.getByRole('form', { name: 'Rename group' })).toHaveAttribute('aria-busy', 'true');
      expect(save()).toHaveAttribute('aria-busy', 'true');
      expect(screen.getByRole('button', { name: 'Cancel' })).toBeDisabled();
      expect(field()).toHaveAttribute('readonly');
      expect(field()).toHaveValue('Team plans');
      // Neither Escape nor Enter do anything meanwhile.
      await userEvent.keyboard('{Escape}{Enter}');
      expect(screen.getByRole('form', { name: 'Rename group' })).toBeInTheDocument();
      expect(onRename).toHaveBeenCalledTimes(1);
      // The server's answer: the new name (still busy for a moment), then not busy.
      rerender(<GroupMembersPanel {...props} groupName="Team plans" renaming />);
      rerender(<GroupMembersPanel {...props} groupName="Team plans" />);
      expect(screen.queryByRole('form', { name: 'Rename group' })).toBeNull();
      expect(screen.getByRole('heading', { level: 2, name: 'Team plans' })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Rename group' })).toHaveFocus();
    });

    it('closes when renaming ends without an error, and stays open with the draft after an error', async () => {
      const { rerender } = renderRename();
      const props = { groupName: 'Team chat', members, currentUserId: 'u:1', canManage: true, onRename: () => {} };
      await open();
      await userEvent.keyboard('Team plans{Enter}');
      rerender(<GroupMembersPanel {...props} renaming />);
      rerender(<GroupMembersPanel {...props} error="Only admins can rename the group." />);
      expect(screen.getByRole('alert')).toHaveTextContent('Only admins can rename the group.');
      expect(field()).toHaveValue('Team plans');
      expect(field()).not.toHaveAttribute('readonly');
      expect(save()).toBeEnabled();
      // Tried again, and this time it worked (the name itself may come later, by the server's push).
      await userEvent.click(save());
      rerender(<GroupMembersPanel {...props} renaming />);
      rerender(<GroupMembersPanel {...props} />);
      expect(screen.queryByRole('form', { name: 'Rename group' })).toBeNull();
      expect(screen.getByRole('button', { name: 'Rename group' })).toHaveFocus();
    });

    it('closes when the name changes meanwhile (someone else renamed the group)', async () => {
      const { rerender } = renderRename();
      await open();
      await userEvent.type(field(), 'Mine');
      rerender(<GroupMembersPanel groupName="Theirs" members={members} currentUserId="u:1" canManage onRename={() => {}} />);
      expect(screen.queryByRole('form', { name: 'Rename group' })).toBeNull();
      expect(screen.getByRole('heading', { level: 2, name: 'Theirs' })).toBeInTheDocument();
    });
  });
});
