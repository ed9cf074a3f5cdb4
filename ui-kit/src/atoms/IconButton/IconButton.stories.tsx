import type { Meta, StoryObj } from '@storybook/react-vite';
import { SendIcon, BackIcon } from '../../utils/icons';
import { IconButton } from './IconButton';

const meta = {
  title: 'Atoms/IconButton',
  component: IconButton,
  args: { label: 'Back to chats', icon: <BackIcon /> },
} satisfies Meta<typeof IconButton>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Ghost: Story = {};
export const Primary: Story = { args: { label: 'Send', icon: <SendIcon />, variant: 'primary' } };
export const Disabled: Story = { args: { label: 'Send', icon: <SendIcon />, variant: 'primary', disabled: true } };
export const Dark: Story = { globals: { theme: 'dark' } };
