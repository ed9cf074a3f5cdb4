import type { Meta, StoryObj } from '@storybook/react-vite';
import { QuotedMessage } from './QuotedMessage';

const meta = {
  title: 'Molecules/QuotedMessage',
  component: QuotedMessage,
  args: { authorName: 'Ada Lovelace', excerpt: 'See you at the analytical engine demo!' },
} satisfies Meta<typeof QuotedMessage>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Above the composer: a plain preview. */
export const Preview: Story = {};
/** In a bubble: a button to the original. */
export const JumpToOriginal: Story = { args: { messageId: 'm-1', onJumpTo: () => {} } };
export const Deleted: Story = { args: { deleted: true, messageId: 'm-1', onJumpTo: () => {} } };
export const LongExcerpt: Story = {
  args: {
    messageId: 'm-1',
    onJumpTo: () => {},
    excerpt:
      'The engine might compose elaborate and scientific pieces of music of any degree of complexity or extent, if the fundamental relations of pitched sounds were expressed in its notation. '.repeat(
        3,
      ),
  },
};
export const Dark: Story = { args: { messageId: 'm-1', onJumpTo: () => {} }, globals: { theme: 'dark' } };
