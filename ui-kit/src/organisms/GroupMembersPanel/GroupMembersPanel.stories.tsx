import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { SearchField } from '../../molecules/SearchField/SearchField';
import { ada, me, sampleGroupMembers } from '../../test/fixtures';
import type { GroupMember } from '../../types';
import { GroupMembersPanel, type GroupMembersPanelProps } from './GroupMembersPanel';

// The same members without presence (e.g. before presence is known).
const plainMembers: GroupMember[] = sampleGroupMembers.map(({ presence: _presence, ...member }) => member);
// The reader (`me`) as an admin.
const membersWithMeAdmin: GroupMember[] = sampleGroupMembers.map((m) => (m.id === me.id ? { ...m, role: 'admin' } : m));

const meta = {
  title: 'Organisms/GroupMembersPanel',
  component: GroupMembersPanel,
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 420 }}>
        <Story />
      </div>
    ),
  ],
  args: {
    groupName: 'Analytical Engine Club',
    members: plainMembers,
    currentUserId: me.id,
    creatorId: ada.id,
    onLeave: () => {},
    onClose: () => {},
  },
  argTypes: {
    onRemove: { action: 'remove' },
    onPromote: { action: 'promote' },
    onDemote: { action: 'demote' },
    onLeave: { action: 'leave' },
    onClose: { action: 'close' },
  },
} satisfies Meta<typeof GroupMembersPanel>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Opened by the person (the app's "Members" button): the panel takes focus, so Escape closes it.
 * "Remove <name>" asks first ("Remove Grace Hopper?" → Cancel / Remove, focus on Cancel).
 */
export const OpenedFromKeyboard: Story = {
  args: { members: membersWithMeAdmin, canManage: true, onRemove: () => {}, initialFocus: true },
};

/** A plain member: the list, "(you)", "Admin" badges, "Leave group"; no management buttons. */
export const AsMember: Story = {};

/** Two people chose the same display name: each shows their "@username" beside it. */
export const AlikeNames: Story = {
  args: {
    members: [
      { id: 'u:41', name: 'Sam', username: 'sam_k', role: 'admin' },
      { id: 'u:42', name: 'Sam', username: 'sam_r', role: 'member' },
      ...plainMembers,
    ],
  },
};

/**
 * An admin: "Rename group", remove and role buttons on everyone else ("Remove" not on Ada, the
 * creator), and the app's people search in the add-members slot.
 */
export const AsAdmin: Story = {
  args: {
    members: membersWithMeAdmin,
    canManage: true,
    onRemove: () => {},
    onPromote: () => {},
    onDemote: () => {},
    onRename: () => {},
    addMembersSlot: <SearchField label="Add members" />,
  },
};

/** Presence dots on the avatars (and the state in text for screen readers). */
export const WithPresence: Story = { args: { members: sampleGroupMembers } };

/** A removal running for Linus, and an error from an earlier request. */
export const PendingAndError: Story = {
  args: {
    ...AsAdmin.args,
    members: membersWithMeAdmin,
    pendingIds: ['u-linus'],
    error: 'Could not change Grace Hopper’s role. Try again.',
  },
};

/** After "Leave group" and "Leave": the question stays, "Leave" busy, until the app closes the panel. */
export const Leaving: Story = { args: { leaving: true } };

/**
 * An admin renaming the group: after "Rename group" and "Save" the form stays open, "Save" busy and
 * "Cancel" disabled, until the new name arrives (or the request ends).
 */
export const Renaming: Story = { args: { ...AsAdmin.args, renaming: true } };

/** Interactive: rename the group, promote, demote and remove members as an admin. */
function ManageDemo(args: GroupMembersPanelProps) {
  const [members, setMembers] = useState<readonly GroupMember[]>(args.members);
  const [groupName, setGroupName] = useState(args.groupName);
  const setRole = (id: GroupMember['id'], role: GroupMember['role']) => setMembers((all) => all.map((m) => (m.id === id ? { ...m, role } : m)));
  return (
    <GroupMembersPanel
      {...args}
      members={members}
      onPromote={(m) => setRole(m.id, 'admin')}
      onDemote={(m) => setRole(m.id, 'member')}
      onRemove={(m) => setMembers((all) => all.filter((x) => x.id !== m.id))}
      groupName={groupName}
      onRename={setGroupName}
    />
  );
}
export const Interactive: Story = {
  args: { members: membersWithMeAdmin, canManage: true },
  render: (args) => <ManageDemo {...args} />,
};

export const Dark: Story = {
  args: { ...AsAdmin.args, members: sampleGroupMembers.map((m) => (m.id === me.id ? { ...m, role: 'admin' } : m)) },
  globals: { theme: 'dark' },
};
