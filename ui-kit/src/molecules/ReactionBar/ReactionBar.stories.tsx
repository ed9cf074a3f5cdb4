import type { Meta, StoryObj } from '@storybook/react-vite';
import { ReactionBar } from './ReactionBar';

const names: Record<string, string> = { 'u-ada': 'Ada Lovelace', 'u-grace': 'Grace Hopper', 'u-linus': 'Linus Pauling' };

const meta = {
  title: 'Molecules/ReactionBar',
  component: ReactionBar,
  args: {
    reactions: [
      { emoji: '👍', count: 3, me: true, userIds: ['u-ada', 'u-grace'] },
      { emoji: '❤️', count: 1, me: false, userIds: ['u-linus'] },
    ],
    getAuthorName: (id) => names[String(id)],
    onToggleReaction: () => {},
  },
} satisfies Meta<typeof ReactionBar>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Mine: Story = {};
export const NotMine: Story = { args: { reactions: [{ emoji: '😂', count: 2, me: false, userIds: ['u-ada', 'u-linus'] }] } };
export const Many: Story = {
  args: {
    reactions: ['👍', '❤️', '😂', '😮', '😢', '🙏', '🎉', '🔥', '👀', '💯'].map((emoji, i) => ({
      emoji,
      count: (i + 1) * 7,
      me: i % 3 === 0,
      userIds: ['u-ada', 'u-grace', 'u-linus'],
    })),
  },
};
export const ReadOnly: Story = { args: { onToggleReaction: undefined } };
export const Dark: Story = { globals: { theme: 'dark' } };
