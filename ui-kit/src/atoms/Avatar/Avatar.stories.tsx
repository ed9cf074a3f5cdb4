import type { Meta, StoryObj } from '@storybook/react-vite';
import { Avatar } from './Avatar';

const meta = {
  title: 'Atoms/Avatar',
  component: Avatar,
  args: { name: 'Ada Lovelace', size: 'md' },
} satisfies Meta<typeof Avatar>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Initials: Story = {};
export const WithPresence: Story = { args: { presence: 'online', size: 'lg' } };
export const Sizes: Story = {
  render: (args) => (
    <div style={{ display: 'flex', gap: 12, alignItems: 'center' }}>
      <Avatar {...args} size="xs" />
      <Avatar {...args} size="sm" />
      <Avatar {...args} size="md" presence="away" />
      <Avatar {...args} size="lg" presence="offline" />
    </div>
  ),
};
export const SingleName: Story = { args: { name: 'Grace' } };
/** A group: initials of the group name on a rounded square, so it stands apart from people. */
export const Group: Story = {
  args: { name: 'Team chat', kind: 'group' },
  render: (args) => (
    <div style={{ display: 'flex', gap: 12, alignItems: 'center' }}>
      <Avatar {...args} size="sm" />
      <Avatar {...args} />
      <Avatar {...args} size="lg" />
    </div>
  ),
};
export const GroupDark: Story = { args: { name: 'Team chat', kind: 'group' }, globals: { theme: 'dark' } };
export const Dark: Story = { args: { presence: 'online' }, globals: { theme: 'dark' } };
