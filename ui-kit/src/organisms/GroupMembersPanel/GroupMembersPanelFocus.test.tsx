import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { GroupMember } from '../../types';
import { GroupMembersPanel } from './GroupMembersPanel';

const alice: GroupMember = { id: 1, name: 'Alice Smith', role: 'admin' };
const bob: GroupMember = { id: 2, name: 'Bob Jones', role: 'member' };
const dan: GroupMember = { id: 4, name: 'Dan Brown', role: 'member' };

const panel = (props: Partial<Parameters<typeof GroupMembersPanel>[0]> = {}) => (
  <GroupMembersPanel groupName="Team chat" members={[alice, bob, dan]} currentUserId={1} canManage onRemove={jest.fn()} {...props} />
);

describe('GroupMembersPanel focus and keys', () => {
  it('asks before removing a member: "Remove <name>?" with focus on Cancel; Cancel and Escape return to "Remove <name>"', async () => {
    const onRemove = jest.fn();
    render(panel({ onRemove }));
    const removeDan = () => screen.getByRole('button', { name: 'Remove Dan Brown' });
    await userEvent.click(removeDan());
    const question = screen.getByRole('group', { name: 'Remove Dan Brown?' });
    expect(within(question).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await userEvent.click(within(question).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('group', { name: 'Remove Dan Brown?' })).toBeNull();
    expect(removeDan()).toHaveFocus();
    await userEvent.click(removeDan());
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Remove Dan Brown?' })).toBeNull();
    expect(removeDan()).toHaveFocus();
    expect(onRemove).not.toHaveBeenCalled();
  });

  it('removes on "Remove", focus on the row, then on the panel once the row is gone', async () => {
    const onRemove = jest.fn();
    const { rerender } = render(panel({ onRemove }));
    await userEvent.click(screen.getByRole('button', { name: 'Remove Dan Brown' }));
    await userEvent.click(screen.getByRole('button', { name: 'Remove' }));
    expect(onRemove).toHaveBeenCalledWith(dan);
    const row = screen.getAllByRole('listitem').find((li) => li.textContent?.includes('Dan Brown'));
    expect(row).toHaveFocus();
    rerender(panel({ onRemove, members: [alice, bob] }));
    expect(screen.getByRole('region', { name: 'Team chat' })).toHaveFocus();
  });

  it('takes focus as it opens with initialFocus, not without', () => {
    const { unmount } = render(panel({ initialFocus: true }));
    expect(screen.getByRole('region', { name: 'Team chat' })).toHaveFocus();
    unmount();
    render(panel());
    expect(screen.getByRole('region', { name: 'Team chat' })).not.toHaveFocus();
  });

  it('closes with Escape from anywhere inside; an open question or a search with text takes the first Escape', async () => {
    const onClose = jest.fn();
    render(panel({ onClose, onLeave: jest.fn(), addMembersSlot: <input type="search" aria-label="Add people" /> }));
    await userEvent.click(screen.getByRole('button', { name: 'Leave group' }));
    expect(screen.getByRole('button', { name: 'Stay' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('button', { name: 'Stay' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Leave group' })).toHaveFocus();
    expect(onClose).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Remove Bob Jones' }));
    await userEvent.keyboard('{Escape}');
    expect(onClose).not.toHaveBeenCalled();
    await userEvent.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
    await userEvent.click(screen.getByRole('searchbox', { name: 'Add people' }));
    await userEvent.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(2);
  });
});
