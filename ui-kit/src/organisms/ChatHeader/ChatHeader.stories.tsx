import type { Meta, StoryObj } from '@storybook/react-vite';
import { Button } from '../../atoms/Button/Button';
import { PinnedBar } from '../../molecules/PinnedBar/PinnedBar';
import { ada, grace, linus, NOW, samplePins } from '../../test/fixtures';
import { ChatHeader } from './ChatHeader';

const meta = {
  title: 'Organisms/ChatHeader',
  component: ChatHeader,
  parameters: { layout: 'fullscreen' },
  args: { partner: ada },
} satisfies Meta<typeof ChatHeader>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Online: Story = {};
export const Away: Story = { args: { partner: grace } };
export const WithBackAndActions: Story = {
  args: {
    onBack: () => {},
    actions: (
      <Button variant="ghost" size="sm">
        Profile
      </Button>
    ),
  },
};
export const Typing: Story = { args: { subtitle: 'typing…' } };
export const Dark: Story = { args: { onBack: () => {} }, globals: { theme: 'dark' } };
/** Offline with a last-seen time: "Last seen 3 hours ago". */
export const LastSeen: Story = {
  args: { partner: linus, lastSeen: new Date(NOW.getTime() - 3 * 3600_000), now: NOW, locale: 'en-GB', onBack: () => {} },
};
/** A group: square group avatar, member count instead of presence. */
export const Group: Story = {
  args: {
    kind: 'group',
    partner: { name: 'Analytical Engine Club' },
    memberCount: 4,
    onBack: () => {},
    actions: (
      <Button variant="ghost" size="sm">
        Members
      </Button>
    ),
  },
};
export const GroupTyping: Story = {
  args: { kind: 'group', partner: { name: 'Analytical Engine Club' }, memberCount: 4, subtitle: 'Grace Hopper is typing…' },
};
export const GroupDark: Story = { args: { kind: 'group', partner: { name: 'Analytical Engine Club' }, memberCount: 4 }, globals: { theme: 'dark' } };
/** A group's "Members" toggle, closed. */
export const GroupMembersClosed: Story = {
  args: { kind: 'group', partner: { name: 'Lab team' }, memberCount: 4, onToggleMembers: () => {}, membersOpen: false, membersPanelId: 'members' },
};
/** Open: pressed look, `aria-expanded` and `aria-controls` the panel. */
export const GroupMembersOpen: Story = {
  args: { kind: 'group', partner: { name: 'Lab team' }, memberCount: 4, onToggleMembers: () => {}, membersOpen: true, membersPanelId: 'members' },
  decorators: [
    (Story) => (
      <>
        <Story />
        <section id="members" aria-label="Group members">
          Members of Lab team
        </section>
      </>
    ),
  ],
};
/** With the pinned messages bar under the title row. */
export const WithPinned: Story = {
  args: {
    onBack: () => {},
    pinned: <PinnedBar pins={samplePins} onJumpTo={() => {}} onUnpin={() => {}} />,
  },
};
