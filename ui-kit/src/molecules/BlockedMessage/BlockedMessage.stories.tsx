import type { Meta, StoryObj } from '@storybook/react-vite';
import { BlockedMessage } from './BlockedMessage';

const meta = {
  title: 'Molecules/BlockedMessage',
  component: BlockedMessage,
  args: { onShow: () => {} },
  argTypes: { onShow: { action: 'show' } },
} satisfies Meta<typeof BlockedMessage>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Collapsed: Story = {};
export const Dark: Story = { globals: { theme: 'dark' } };
